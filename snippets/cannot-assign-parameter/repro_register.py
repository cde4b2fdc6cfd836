"""Reproduce: register_parameter() with a plain tensor instead of an nn.Parameter."""
import torch
from torch import nn


class Scale(nn.Module):
    def __init__(self, channels):
        super().__init__()
        # --8<-- [start:cause]
        self.register_parameter("gamma", torch.ones(channels))  # must be an nn.Parameter
        # --8<-- [end:cause]

    def forward(self, x):
        return x * self.gamma


Scale(8)
