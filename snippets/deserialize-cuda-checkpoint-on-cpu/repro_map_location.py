"""Reproduce: a loading script hard-codes map_location="cuda" and runs on a machine without CUDA."""
import torch
from torch import nn

torch.save(nn.Linear(4, 2).state_dict(), "checkpoint.pt")  # a plain CPU checkpoint

# --8<-- [start:cause]
state = torch.load("checkpoint.pt", map_location="cuda")  # asks for CUDA whatever the file says
# --8<-- [end:cause]
