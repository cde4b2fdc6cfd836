"""Reproduce: HuberLoss accepts int64 targets in the forward pass; backward() raises."""
import torch
from torch import nn

model = nn.Linear(3, 1)
x = torch.randn(4, 3)
y = torch.tensor([[3], [1], [4], [1]])  # integer counts as regression targets: int64
loss = nn.HuberLoss()(model(x), y)
print("loss:", loss.dtype)  # the forward pass works
loss.backward()
