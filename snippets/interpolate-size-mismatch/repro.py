"""Reproduce: F.interpolate on one image of shape (C, H, W), without the batch dimension."""
import torch
import torch.nn.functional as F

image = torch.rand(3, 224, 224)  # one RGB image, e.g. from a Dataset: (C, H, W)

# --8<-- [start:cause]
resized = F.interpolate(image, size=(112, 112), mode="bilinear")  # read as (N=3, C=224, W=224): one spatial dim
# --8<-- [end:cause]
