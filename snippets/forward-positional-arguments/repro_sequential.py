"""Reproduce: nn.Sequential with a block that needs two inputs (features and a mask)."""
import torch
from torch import nn


class MaskedBlock(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.fc = nn.Linear(dim, dim)

    def forward(self, x, mask):
        return self.fc(x) * mask


model = nn.Sequential(nn.Linear(8, 16), MaskedBlock(16), nn.ReLU())
x, mask = torch.randn(4, 8), torch.ones(4, 16)

# --8<-- [start:cause]
out = model(x, mask)               # Sequential.forward(self, input) takes one input
# --8<-- [end:cause]
