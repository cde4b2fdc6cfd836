"""Reproduce: one grayscale image (H, W) goes into Conv2d with neither a batch nor a channel dimension."""
import torch
from torch import nn

conv = nn.Conv2d(1, 8, kernel_size=3, padding=1)
# --8<-- [start:cause]
image = torch.rand(28, 28)  # a single gray image, e.g. one MNIST digit: (H, W)
conv(image)                 # Conv2d needs (C, H, W) or (N, C, H, W)
# --8<-- [end:cause]
