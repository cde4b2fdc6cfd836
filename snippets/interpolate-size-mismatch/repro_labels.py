"""Reproduce: segmentation logits resized to labels.shape[1:], but the labels were loaded as RGB (N, H, W, 3)."""
import torch
import torch.nn.functional as F

logits = torch.randn(2, 5, 56, 56)               # model output at 1/4 resolution: (N, classes, h, w)
labels = torch.randint(0, 5, (2, 224, 224, 3))   # label PNGs read as RGB: (N, H, W, 3) instead of (N, H, W)

# --8<-- [start:cause]
logits = F.interpolate(logits, size=labels.shape[1:], mode="bilinear")  # size has 3 numbers: (224, 224, 3)
# --8<-- [end:cause]
