"""Reproduce: scale the queries in place after splitting a fused qkv projection with chunk()."""
import torch
from torch import nn


class Attention(nn.Module):
    def __init__(self, dim: int):
        super().__init__()
        self.qkv = nn.Linear(dim, 3 * dim)
        self.scale = dim ** -0.5

    def forward(self, x):  # x: (batch, seq, dim)
        # --8<-- [start:cause]
        q, k, v = self.qkv(x).chunk(3, dim=-1)  # three views of one tensor
        q *= self.scale                          # in place on one of them
        # --8<-- [end:cause]
        attn = (q @ k.transpose(-2, -1)).softmax(dim=-1)
        return attn @ v


Attention(8)(torch.randn(2, 5, 8))
