"""Reproduce: an image loaded with PIL/NumPy is (H, W, C); adding a batch dim gives (1, H, W, C), not (1, C, H, W)."""
import numpy as np
import torch
from PIL import Image
from torch import nn

conv = nn.Conv2d(3, 16, kernel_size=3, padding=1)

img = Image.new("RGB", (48, 32), color=(200, 120, 40))  # a 48x32 RGB picture (width x height)
# --8<-- [start:cause]
array = np.array(img)                                   # (32, 48, 3): height, width, channels
x = torch.from_numpy(array).float().unsqueeze(0) / 255  # (1, 32, 48, 3): channels still last
print("input shape:", tuple(x.shape))
conv(x)  # Conv2d reads dim 1 as the channels: 32 instead of 3
# --8<-- [end:cause]
