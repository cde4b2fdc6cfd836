"""Reproduce: torch.load on a CPU-only machine, of a checkpoint that was saved from a GPU.

Simulated here, because this machine has no GPU: only the save side. torch.save stores, with each
tensor, the device it was on as a location tag ("cuda:0" for the first GPU). A tagger registered
with torch.serialization.register_package writes that tag for our CPU tensors, so the file is what
a GPU machine would have written. The loading below is PyTorch's real code path.
"""
import contextlib

import torch
from torch import nn


@contextlib.contextmanager
def saved_as_if_on_gpu(index=0):
    """While active, torch.save tags every tensor "cuda:<index>", as it does for tensors on that GPU."""
    active = True
    torch.serialization.register_package(
        0,                                                  # runs before PyTorch's own taggers
        lambda storage: f"cuda:{index}" if active else None,  # tagger used by torch.save
        lambda storage, location: None)                     # loading: left to PyTorch
    try:
        yield
    finally:
        active = False


model = nn.Linear(4, 2)
with saved_as_if_on_gpu():
    torch.save(model.state_dict(), "checkpoint.pt")  # the training machine: model on cuda:0, then save

# On a machine without CUDA:
# --8<-- [start:cause]
state = torch.load("checkpoint.pt")  # restores each tensor onto the device it was saved from
# --8<-- [end:cause]
