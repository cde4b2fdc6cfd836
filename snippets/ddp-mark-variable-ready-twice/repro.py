"""Reproduce: reentrant activation checkpointing inside a DDP model built with find_unused_parameters=True."""
import os

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP
from torch.utils.checkpoint import checkpoint

# One process on CPU (gloo backend); the processes meet through a file instead of a network port.
dist.init_process_group("gloo", init_method="file://" + os.path.abspath("rendezvous"), rank=0, world_size=1)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Linear(16, 16)
        self.block = nn.Sequential(nn.Linear(16, 16), nn.ReLU(), nn.Linear(16, 16))
        self.head = nn.Linear(16, 1)
        self.aux_head = nn.Linear(16, 4)  # not used in this training run: why find_unused_parameters=True is set

    # --8<-- [start:cause]
    def forward(self, x):
        x = checkpoint(self.block, self.stem(x), use_reentrant=True)  # self.block runs again in backward
        return self.head(x)


model = DDP(Net(), find_unused_parameters=True)
    # --8<-- [end:cause]
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(8, 16), torch.randn(8, 1)
loss = nn.functional.mse_loss(model(x), y)
loss.backward()
