"""Reproduce: torch.stack needs every tensor to have exactly the same shape."""
import torch

a = torch.randn(3, 4)
b = torch.randn(3, 5)  # one column more
# --8<-- [start:cause]
torch.stack([a, b], dim=0)
# --8<-- [end:cause]
