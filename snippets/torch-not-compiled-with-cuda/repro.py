"""Reproduce: a script written for a GPU machine calls .cuda() on a PyTorch build without CUDA."""
import torch
from torch import nn

# This build has no CUDA support at all: torch.version.cuda is None (a CUDA build shows e.g. "12.8").
print("torch.version.cuda:", torch.version.cuda, "| CUDA built in:", torch.backends.cuda.is_built())

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
x = torch.randn(16, 4)
# --8<-- [start:cause]
model = model.cuda()  # hard-coded GPU: fine on a machine with a CUDA build, fails everywhere else
x = x.cuda()
# --8<-- [end:cause]
print(model(x).shape)
