"""Reproduce: a DDP model with a branch that this training loop never uses."""
import os

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP

# One process on CPU (gloo backend); the processes meet through a file instead of a network port.
dist.init_process_group("gloo", init_method="file://" + os.path.abspath("rendezvous"), rank=0, world_size=1)


class MultiTaskNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(16, 32), nn.ReLU())
        self.classifier = nn.Linear(32, 3)
        self.decoder = nn.Linear(32, 16)  # only used for the "reconstruct" task

    def forward(self, x, task="classify"):
        h = self.encoder(x)
        return self.classifier(h) if task == "classify" else self.decoder(h)


net = MultiTaskNet()
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
# --8<-- [start:cause]
model = DDP(net)  # find_unused_parameters=False (the default)
for step in range(2):  # the error comes when the second iteration starts
    loss = nn.functional.cross_entropy(model(torch.randn(8, 16)), torch.randint(0, 3, (8,)))
    loss.backward()  # the decoder gets no gradient, so DDP's gradient reduction never completes
    optimizer.step()
    optimizer.zero_grad()
# --8<-- [end:cause]
