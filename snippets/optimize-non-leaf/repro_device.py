"""Reproduce: a learnable tensor is created on the CPU, then moved to the GPU with .to(device).

Simulated here: this machine has no GPU, so the "meta" device stands in for "cuda". Any copy to
another device is an operation that autograd records, on "meta" exactly as on "cuda".
"""
import torch

device = torch.device("meta")  # stands in for torch.device("cuda")

# --8<-- [start:cause]
scaling = torch.ones(2, requires_grad=True).to(device)  # the copy on the device is a non-leaf
optimizer = torch.optim.Adam([scaling], lr=1e-3)
# --8<-- [end:cause]
