"""Fix: optimizer.step() for every batch, then scheduler.step() once at the end of the epoch."""
import torch
from torch import nn

model = nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)

used = []
for epoch in range(3):
    used.append(optimizer.param_groups[0]["lr"])
    for _ in range(2):  # two batches per epoch
        optimizer.zero_grad()
        model(torch.randn(8, 4)).pow(2).mean().backward()
        # --8<-- [start:fix]
        optimizer.step()
    scheduler.step()  # after the epoch's optimizer steps
    # --8<-- [end:fix]

assert used == [0.1, 0.05, 0.025], used  # the schedule starts at its first value
assert scheduler.get_last_lr() == [0.0125]
print("LR used per epoch:", used)
