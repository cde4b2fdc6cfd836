"""Reproduce: a parameter is assigned before super().__init__() is called."""
import torch
from torch import nn


class Scale(nn.Module):
    def __init__(self, channels):
        # --8<-- [start:cause]
        self.gamma = nn.Parameter(torch.ones(channels))  # too early
        super().__init__()
        # --8<-- [end:cause]

    def forward(self, x):
        return x * self.gamma


Scale(8)
