"""Reproduce (needs a CUDA GPU): a checkpoint saved from GPU N loaded on a machine with only N GPUs.

Simulated: only the save side, as in repro.py. The file is tagged "cuda:<N>" (N = the number of GPUs
here, one more than the last index), as if it had been saved from that GPU of a bigger machine.
"""
import contextlib

import torch
from torch import nn


@contextlib.contextmanager
def saved_as_if_on_gpu(index):
    active = True
    torch.serialization.register_package(
        0, lambda storage: f"cuda:{index}" if active else None, lambda storage, location: None)
    try:
        yield
    finally:
        active = False


missing_gpu = torch.cuda.device_count()  # e.g. 1 on a one-GPU machine: cuda:1 does not exist
with saved_as_if_on_gpu(missing_gpu):
    torch.save(nn.Linear(4, 2).state_dict(), "checkpoint.pt")

# --8<-- [start:cause]
state = torch.load("checkpoint.pt")  # wants cuda:<N>, which this machine does not have
# --8<-- [end:cause]
