"""Reproduce (needs a CUDA GPU): the model was moved to the GPU, the batch is still on the CPU."""
import torch
from torch import nn

# --8<-- [start:cause]
model = nn.Linear(3, 2).to("cuda")
x = torch.randn(4, 3)                 # a DataLoader yields CPU tensors
# --8<-- [end:cause]
print("weight on", model.weight.device, "| input on", x.device)
model(x)
