"""Reproduce: a segmentation mask loaded as uint8 (as image files are), with (N, C, H, W) logits."""
import torch
from torch import nn

logits = torch.randn(2, 3, 4, 4)                               # N, C, H, W: 3 classes per pixel
mask = torch.randint(0, 3, (2, 4, 4), dtype=torch.uint8)       # N, H, W, e.g. from a PNG via numpy
print("mask.dtype:", mask.dtype)
nn.CrossEntropyLoss()(logits, mask)
