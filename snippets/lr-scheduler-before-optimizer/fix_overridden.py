"""Fix: do the extra work (here gradient clipping) in the loop instead of replacing optimizer.step."""
import torch
from torch import nn

model = nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)

for epoch in range(2):
    optimizer.zero_grad()
    model(torch.randn(8, 4)).pow(2).mean().backward()
    # --8<-- [start:fix]
    nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    optimizer.step()  # the method the scheduler hooked into, not a replacement
    scheduler.step()
    # --8<-- [end:fix]
    assert model.weight.grad.norm() <= 1.0 + 1e-6

assert optimizer.param_groups[0]["lr"] == 0.025
print("lr:", optimizer.param_groups[0]["lr"])
