"""Reproduce: the same with DistributedDataParallel (one CPU process with the gloo backend)."""
import os

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP

# A one-process "cluster" so that DDP can be built without GPUs or a launcher.
dist.init_process_group("gloo", init_method="file://" + os.path.abspath("ddp_store"), rank=0, world_size=1)


class Classifier(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.num_classes = num_classes
        self.head = nn.Linear(16, num_classes)

    def forward(self, x):
        return self.head(x)


model = DDP(Classifier())
try:
    print("classes:", model.num_classes)
finally:
    dist.destroy_process_group()
