"""Alternative: for debugging or a notebook, create a process group of one process yourself."""
import os
import tempfile

import torch
import torch.distributed as dist
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset

# --8<-- [start:fix]
if not dist.is_initialized():
    rendezvous_file = os.path.join(tempfile.mkdtemp(), "rendezvous")  # a file instead of MASTER_ADDR/PORT
    dist.init_process_group("gloo", init_method=f"file://{rendezvous_file}", rank=0, world_size=1)
# --8<-- [end:fix]

dataset = TensorDataset(torch.arange(10))
sampler = DistributedSampler(dataset)  # the unchanged torchrun-style code now works
loader = DataLoader(dataset, batch_size=2, sampler=sampler)
seen = sorted(int(i) for (batch,) in loader for i in batch)
assert (dist.get_rank(), dist.get_world_size()) == (0, 1)
assert seen == list(range(10))  # one process of one: it gets the whole dataset
dist.destroy_process_group()
assert not dist.is_initialized()
print("world size 1, rank 0: all", len(seen), "samples; process group destroyed")
