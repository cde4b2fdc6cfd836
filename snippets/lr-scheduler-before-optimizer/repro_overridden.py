"""Reproduce: optimizer.step is replaced after the scheduler was created (what apex's amp.initialize did)."""
import torch
from torch import nn

model = nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)

# Simulated: a library wraps optimizer.step *after* the scheduler has hooked into it.
original_step = optimizer.step


def step_with_clipping(*args, **kwargs):
    nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    return original_step(*args, **kwargs)


optimizer.step = step_with_clipping

for epoch in range(2):
    optimizer.zero_grad()
    model(torch.randn(8, 4)).pow(2).mean().backward()
    optimizer.step()
    scheduler.step()  # the scheduler can no longer see optimizer.step() calls
print("lr:", optimizer.param_groups[0]["lr"])
