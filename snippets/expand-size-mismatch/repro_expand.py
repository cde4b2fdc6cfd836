"""Reproduce: expand_as() on a per-row norm computed without keepdim."""
import torch

x = torch.randn(96, 64)                 # 96 embeddings of size 64
norm = x.norm(p=2, dim=1)               # (96,): one norm per row, the reduced dim is gone
print("x:", tuple(x.shape), "| norm:", tuple(norm.shape))
x_unit = x / norm.expand_as(x)
