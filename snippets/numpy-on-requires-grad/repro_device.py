"""Reproduce the device variant: numpy() on a tensor that is not in CPU memory.

The build machine has no GPU. A tensor on the "meta" device (a shape without data) fails the
same check as one on "cuda:0", so the message is the CUDA one with "meta" in place of "cuda:0".
"""
import torch

pred = torch.ones(4, 2, device="meta")  # on a GPU machine: device="cuda"
array = pred.numpy()
