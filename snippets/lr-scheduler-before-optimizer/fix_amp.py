"""Fix for AMP: step the scheduler only when GradScaler really ran optimizer.step()."""
import torch
from torch import nn

model = nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)
scaler = torch.amp.GradScaler("cpu")
x, y = torch.randn(8, 4), 10 * torch.randn(8, 1)

lr_of_updates = []  # the LR of every step that really changed the weights
for it in range(6):
    with torch.autocast("cpu", dtype=torch.float16):
        loss = nn.functional.mse_loss(model(x).float(), y)
    optimizer.zero_grad()
    scaler.scale(loss).backward()
    before = model.weight.detach().clone()
    lr = optimizer.param_groups[0]["lr"]
    # --8<-- [start:fix]
    scale_before = scaler.get_scale()
    scaler.step(optimizer)
    scaler.update()
    if scaler.get_scale() >= scale_before:  # the scale shrinks only when the step was skipped
        scheduler.step()
    # --8<-- [end:fix]
    if not torch.equal(before, model.weight):
        lr_of_updates.append(lr)

assert lr_of_updates[:2] == [0.1, 0.05], lr_of_updates  # the schedule starts with the first real update
assert scheduler.last_epoch == len(lr_of_updates)  # one scheduler step per optimizer step
print(f"{6 - len(lr_of_updates)} steps skipped by GradScaler; LR of the real updates: {lr_of_updates}")
