"""Reproduce: "unfreeze everything" on a model that holds int8 (quantized) weights."""
import torch
from torch import nn


class Int8Linear(nn.Module):
    """A weight-only quantized linear layer: int8 weight plus one float scale, both frozen."""

    def __init__(self, weight: torch.Tensor):
        super().__init__()
        scale = weight.abs().amax() / 127
        self.qweight = nn.Parameter(torch.round(weight / scale).to(torch.int8), requires_grad=False)
        self.scale = nn.Parameter(scale, requires_grad=False)

    def forward(self, x):
        return x @ (self.qweight.float() * self.scale).T


model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), Int8Linear(torch.randn(2, 4)))
print({name: str(p.dtype) for name, p in model.named_parameters()})
# --8<-- [start:cause]
model.requires_grad_(True)  # calls p.requires_grad_(True) on every parameter, int8 included
# --8<-- [end:cause]
