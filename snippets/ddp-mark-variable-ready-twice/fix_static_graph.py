"""Alternative: keep reentrant checkpointing, and tell DDP that the graph is the same every iteration (static_graph=True)."""
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

    def forward(self, x):
        x = checkpoint(self.block, self.stem(x), use_reentrant=True)
        return self.head(x)


# --8<-- [start:fix]
model = DDP(Net(), static_graph=True)  # instead of find_unused_parameters=True
# --8<-- [end:fix]
reference = copy.deepcopy(model.module)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
ref_opt = torch.optim.SGD(reference.parameters(), lr=0.1)

for step in range(3):
    x, y = torch.randn(8, 16), torch.randn(8, 1)
    for net, optimizer in ((model, opt), (reference, ref_opt)):
        optimizer.zero_grad()
        nn.functional.mse_loss(net(x), y).backward()
        optimizer.step()

for (name, p), p_ref in zip(model.module.named_parameters(), reference.parameters()):
    assert torch.allclose(p, p_ref, atol=1e-6), name
dist.destroy_process_group()
print("3 DDP steps with static_graph=True and reentrant checkpointing: parameters match the plain model")
