"""Reproduce: writing into part of a parameter (one channel of a depthwise RGB blur) gives the
"view of a leaf Variable" wording: weight[c, 0] is a view of the weight."""
import torch
from torch import nn

kernel = torch.tensor([[1.0, 2.0, 1.0], [2.0, 4.0, 2.0], [1.0, 2.0, 1.0]]) / 16
blur_rgb = nn.Conv2d(3, 3, kernel_size=3, padding=1, groups=3, bias=False)  # weight: (3, 1, 3, 3)
for c in range(3):
    blur_rgb.weight[c, 0] = kernel
