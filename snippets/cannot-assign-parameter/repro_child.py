"""Reproduce: forward() stores an activation under the name of a submodule."""
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, padding=1)

    def forward(self, x):
        # --8<-- [start:cause]
        self.conv = self.conv(x)  # replaces the Conv2d submodule with its output tensor
        # --8<-- [end:cause]
        return self.conv


Net()(torch.rand(1, 3, 8, 8))
