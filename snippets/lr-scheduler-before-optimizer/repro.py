"""Reproduce: scheduler.step() at the start of each epoch (the pre-1.1 order) skips the first LR."""
import torch
from torch import nn

model = nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)  # 0.1, 0.05, 0.025, ...

used = []
for epoch in range(3):
    # --8<-- [start:cause]
    scheduler.step()  # called before any optimizer.step() of the epoch
    # --8<-- [end:cause]
    used.append(optimizer.param_groups[0]["lr"])
    for _ in range(2):  # two batches per epoch
        optimizer.zero_grad()
        model(torch.randn(8, 4)).pow(2).mean().backward()
        optimizer.step()

print("LR used per epoch:", used)  # the first value of the schedule, 0.1, was never used
