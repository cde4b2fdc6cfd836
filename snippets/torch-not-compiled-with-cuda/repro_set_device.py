"""Reproduce: torch.cuda.set_device() on a build without CUDA fails with an AttributeError instead."""
import torch

gpu = 0  # e.g. from a --gpu command-line option
# --8<-- [start:cause]
torch.cuda.set_device(gpu)  # the CUDA bindings it calls do not exist in a CPU-only build
# --8<-- [end:cause]
