"""Fix: choose the device at run time and move the model and every batch to it."""
import torch
from torch import nn

# --8<-- [start:fix]
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2)).to(device)
x = torch.randn(16, 4).to(device)
# --8<-- [end:fix]
out = model(x)

# Code that needs a particular GPU guards it the same way.
if torch.cuda.is_available():
    torch.cuda.set_device(0)

assert out.shape == (16, 2)
assert out.device.type == device.type
assert all(p.device.type == device.type for p in model.parameters())
# On this machine there is no CUDA: the same script ran on the CPU instead of failing.
assert torch.cuda.is_available() or device.type == "cpu"
print("output:", tuple(out.shape), "| model and batch on the same device:", out.device == next(model.parameters()).device)
