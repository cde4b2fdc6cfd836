"""Fix: make the value's shape equal to the slot's shape: squeeze the size-1 dim, or assign to a (N, 1) slice."""
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Linear(32, 1)
inputs = torch.randn(5, 32)
scores = torch.zeros(5, 3)
with torch.no_grad():
    out = net(inputs)                           # (5, 1)

scores[:, 0] = out.squeeze(1)                   # (5,) into a (5,) slot
scores[:, 1:2] = out                            # or (5, 1) into a (5, 1) slot
assert torch.equal(scores[:, 0], scores[:, 1]) and torch.equal(scores[:, 0], out[:, 0])
assert torch.equal(scores[:, 2], torch.zeros(5))
print("scores:", tuple(scores.shape))
