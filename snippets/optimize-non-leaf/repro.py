"""Reproduce: a learnable tensor is scaled right after creation, then handed to the optimizer."""
import torch

# Learnable synthetic inputs (dataset distillation, input optimisation), initialised small.
# --8<-- [start:cause]
inputs = torch.randn(10, 3, 8, 8, requires_grad=True) * 0.01  # the product is a new, non-leaf tensor
optimizer = torch.optim.SGD([inputs], lr=0.1)
# --8<-- [end:cause]
