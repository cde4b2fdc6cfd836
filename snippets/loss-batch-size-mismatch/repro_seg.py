"""Reproduce: a segmentation model predicts at 1/4 resolution; the masks are full size."""
import torch
import torch.nn.functional as F
from torch import nn

model = nn.Sequential(  # stride 4 overall, no upsampling at the end
    nn.Conv2d(3, 16, 3, stride=2, padding=1), nn.ReLU(),
    nn.Conv2d(16, 4, 3, stride=2, padding=1),
)
images = torch.rand(2, 3, 64, 64)
masks = torch.randint(0, 4, (2, 64, 64))  # one class id per pixel
# --8<-- [start:cause]
logits = model(images)                    # (2, 4, 16, 16)
loss = F.cross_entropy(logits, masks)     # the masks are (2, 64, 64)
# --8<-- [end:cause]
