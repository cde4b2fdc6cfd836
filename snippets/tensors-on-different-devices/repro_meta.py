"""Reproduce on the CPU: the same device check, with the meta device standing in for the GPU.

A model built on the meta device (no memory, no values: what `with torch.device("meta")` and
accelerate's init_empty_weights do) whose checkpoint was never loaded meets a CPU batch.
"""
import torch
from torch import nn

with torch.device("meta"):
    model = nn.Linear(3, 2)           # parameters on "meta": shapes only
x = torch.randn(4, 3)                 # a DataLoader yields CPU tensors
print("weight on", model.weight.device, "| input on", x.device)
model(x)
