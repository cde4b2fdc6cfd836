"""Reproduce: the order is right, but GradScaler skips the first optimizer.step() calls (inf gradients)."""
import torch
from torch import nn

model = nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)
scaler = torch.amp.GradScaler("cpu")  # starts with a scale of 2**16 = 65536
x, y = torch.randn(8, 4), 10 * torch.randn(8, 1)  # unnormalised targets: large loss gradients

for it in range(5):
    with torch.autocast("cpu", dtype=torch.float16):  # the same mechanism as CUDA autocast with float16
        loss = nn.functional.mse_loss(model(x).float(), y)
    optimizer.zero_grad()
    scaler.scale(loss).backward()  # scale * loss gradient overflows float16 (max 65504) into inf
    before = model.weight.detach().clone()
    scaler.step(optimizer)  # inf found in the gradients: optimizer.step() is not called
    scaler.update()  # ...and the scale is halved for the next iteration
    # --8<-- [start:cause]
    scheduler.step()  # runs even when scaler.step() skipped optimizer.step()
    # --8<-- [end:cause]
    updated = not torch.equal(before, model.weight)
    print(f"iteration {it}: weights updated {updated}, next scale {scaler.get_scale():g}, "
          f"lr now {optimizer.param_groups[0]['lr']:g}")
