"""Fix: read a 0-dim tensor's value with .item(), not with [0]."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
loss = nn.functional.mse_loss(model(torch.randn(8, 4)), torch.randn(8, 1))

running_loss = 0.0
running_loss += loss.item()                   # a Python float; no graph is kept alive
assert isinstance(running_loss, float) and running_loss == loss.item() > 0
assert loss.dim() == 0 and loss.shape == ()
assert torch.equal(loss[()], loss)            # the one valid index of a 0-dim tensor is ()
print(f"running loss: {running_loss:.4f}")
