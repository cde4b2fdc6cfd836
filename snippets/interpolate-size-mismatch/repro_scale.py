"""Reproduce: the same 3-D image with scale_factor instead of size."""
import torch
import torch.nn.functional as F

image = torch.rand(3, 224, 224)  # (C, H, W)

# --8<-- [start:cause]
resized = F.interpolate(image, scale_factor=0.5, mode="bilinear")  # a 3-D tensor counts as (N, C, L)
# --8<-- [end:cause]
