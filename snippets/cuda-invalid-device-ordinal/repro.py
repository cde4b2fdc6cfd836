"""Reproduce (needs a CUDA GPU): the code asks for a GPU index this machine does not have."""
import torch
from torch import nn

# A script written for a bigger machine uses "cuda:1". To fail the same way on any machine, this
# example asks for one past the last GPU here: cuda:1 on a one-GPU machine.
gpu_id = torch.cuda.device_count()
print("GPUs visible:", torch.cuda.device_count(), "| requested: cuda:%d" % gpu_id)

# --8<-- [start:cause]
device = torch.device(f"cuda:{gpu_id}")  # GPUs are numbered 0..device_count()-1
model = nn.Linear(16, 4).to(device)
# --8<-- [end:cause]
