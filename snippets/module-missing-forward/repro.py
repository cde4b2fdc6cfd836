"""Reproduce: a ModuleList is called like an nn.Sequential; it holds layers but has no forward()."""
import torch
from torch import nn


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 2)])

    def forward(self, x):
        # --8<-- [start:cause]
        return self.layers(x)  # a ModuleList is only a list of modules: it cannot be called
        # --8<-- [end:cause]


MLP()(torch.rand(4, 8))
