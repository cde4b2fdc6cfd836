"""Fix: non-reentrant activation checkpointing (use_reentrant=False) works with DDP, also with find_unused_parameters=True."""
import copy
import os

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP
from torch.utils.checkpoint import checkpoint

dist.init_process_group("gloo", init_method="file://" + os.path.abspath("rendezvous"), rank=0, world_size=1)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Linear(16, 16)
        self.block = nn.Sequential(nn.Linear(16, 16), nn.ReLU(), nn.Linear(16, 16))
        self.head = nn.Linear(16, 1)
        self.aux_head = nn.Linear(16, 4)  # not used in this training run: why find_unused_parameters=True is set

    # --8<-- [start:fix]
    def forward(self, x):
        x = checkpoint(self.block, self.stem(x), use_reentrant=False)  # recomputation without a nested backward
        return self.head(x)


model = DDP(Net(), find_unused_parameters=True)
    # --8<-- [end:fix]
reference = copy.deepcopy(model.module)  # the same model, trained without DDP and without checkpointing
opt = torch.optim.SGD(model.parameters(), lr=0.1)
ref_opt = torch.optim.SGD(reference.parameters(), lr=0.1)

x, y = torch.randn(8, 16), torch.randn(8, 1)
losses = []
for step in range(3):
    for net, optimizer in ((model, opt), (reference, ref_opt)):
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(net(x), y)
        loss.backward()
        optimizer.step()
    losses.append(loss.item())

# With one process DDP's averaged gradients are the local ones, so both models must stay identical.
assert losses[-1] < losses[0]
for (name, p), p_ref in zip(model.module.named_parameters(), reference.parameters()):
    assert torch.allclose(p, p_ref, atol=1e-6), name
dist.destroy_process_group()
print(f"3 DDP steps with checkpointing: parameters match the plain model; loss {losses[0]:.3f} -> {losses[-1]:.3f}")
