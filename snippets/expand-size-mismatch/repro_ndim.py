"""Reproduce: assigning a column-shaped output (N, 1) into one column x[:, i] of shape (N,)."""
import torch
from torch import nn

net = nn.Linear(32, 1)                   # returns (N, 1)
scores = torch.zeros(5, 3)               # one column per model run
with torch.no_grad():
    out = net(torch.randn(5, 32))
print("slot:", tuple(scores[:, 0].shape), "| value:", tuple(out.shape))
scores[:, 0] = out
