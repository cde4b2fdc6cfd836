"""Reproduce: undo Normalize channel by channel, in place, on an image that is still part of a graph."""
import torch
from torch import nn

mean, std = [0.485, 0.456, 0.406], [0.229, 0.224, 0.225]
generator = nn.Conv2d(8, 3, kernel_size=1)
image = generator(torch.randn(1, 8, 4, 4))[0]  # (3, H, W), computed by a model: requires grad

# --8<-- [start:cause]
for channel, m, s in zip(image, mean, std):     # iterating over a tensor calls image.unbind(0)
    channel.mul_(s).add_(m)                     # in place on one of the views unbind returned
# --8<-- [end:cause]
