"""Reproduce: torch.compile(fullgraph=True) on a forward() with an `if` on a tensor value."""
import torch
from torch import nn


class ClippedHead(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 4)

    def forward(self, x):
        h = self.fc(x)
        norm = h.norm()
        # --8<-- [start:cause]
        # A Python branch on a value that exists only once the tensor is computed:
        if norm > 1.0:
            h = h / norm
        # --8<-- [end:cause]
        return h


model = ClippedHead()
compiled = torch.compile(model, fullgraph=True, backend="eager")  # "eager": no C++ compiler needed
compiled(torch.randn(2, 8))
