"""Reproduce: the same branch written with .item(): under fullgraph=True it fails on the `if`."""
import torch
from torch import nn


class ClippedHead(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 4)

    def forward(self, x):
        h = self.fc(x)
        norm = h.norm().item()  # a Python float... whose value is unknown while tracing
        if norm > 1.0:
            h = h / norm
        return h


compiled = torch.compile(ClippedHead(), fullgraph=True, backend="eager")
compiled(torch.randn(2, 8))
