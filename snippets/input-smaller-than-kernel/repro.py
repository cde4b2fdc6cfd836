"""Reproduce: a VGG-style network halves the image 5 times; a 16x16 image is 1x1 before the last pooling."""
import torch
from torch import nn


def block(c_in, c_out):
    return nn.Sequential(nn.Conv2d(c_in, c_out, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool2d(2))


# 5 blocks, each halving height and width: designed for 224x224 (-> 7x7) or at least 32x32 (-> 1x1).
features = nn.Sequential(block(3, 64), block(64, 128), block(128, 256), block(256, 512), block(512, 512))

# --8<-- [start:cause]
thumbnails = torch.rand(2, 3, 16, 16)  # 16 -> 8 -> 4 -> 2 -> 1 -> the 5th pool would give 0
features(thumbnails)
# --8<-- [end:cause]
