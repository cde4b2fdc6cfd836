"""Reproduce: an integer index table registered with nn.Parameter (requires_grad=True by default)."""
import torch
from torch import nn


class PositionalEmbedding(nn.Module):
    def __init__(self, max_len: int, dim: int):
        super().__init__()
        self.table = nn.Embedding(max_len, dim)
        # --8<-- [start:cause]
        self.positions = nn.Parameter(torch.arange(max_len))  # int64 positions 0..max_len-1
        # --8<-- [end:cause]

    def forward(self, x):  # x: (batch, seq, dim)
        return x + self.table(self.positions[: x.shape[1]])


PositionalEmbedding(max_len=16, dim=8)
