"""Reproduce: num_workers is larger than the number of CPUs this process may use."""
import os

import torch
from torch.utils.data import DataLoader, TensorDataset

# SIMULATED: allow this process only one CPU, as a container CPU limit (cpuset), a cluster job
# with one core, or `taskset -c 0 python train.py` would. Linux only.
os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
print("CPUs this process may use:", len(os.sched_getaffinity(0)))

dataset = TensorDataset(torch.arange(8.0))
# --8<-- [start:cause]
loader = DataLoader(dataset, batch_size=4, num_workers=2)  # a fixed number, copied from a bigger machine
# --8<-- [end:cause]
