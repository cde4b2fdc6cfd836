"""Reproduce: a training script written for torchrun, started with plain `python train.py`."""
import torch
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset

dataset = TensorDataset(torch.arange(10))
# Written for `torchrun --nproc_per_node=N train.py`: each process should get its share of the data.
# --8<-- [start:cause]
sampler = DistributedSampler(dataset)  # asks torch.distributed for the world size and this rank
loader = DataLoader(dataset, batch_size=2, sampler=sampler)
# --8<-- [end:cause]
