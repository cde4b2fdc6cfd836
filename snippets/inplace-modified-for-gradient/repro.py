"""Reproduce: a residual connection added in place (+=) to the output of ReLU."""
import torch
from torch import nn

fc = nn.Linear(4, 4)
x = torch.randn(2, 4)

out = torch.relu(fc(x))  # ReLU's backward needs its own output (where it is > 0)
# --8<-- [start:cause]
out += x                 # in-place: overwrites that output and bumps its version counter
# --8<-- [end:cause]
out.sum().backward()
