"""Reproduce: a U-Net style skip connection on an image with an odd side length."""
import torch
from torch import nn
import torch.nn.functional as F


class TinyUNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.Conv2d(3, 8, 3, padding=1)
        self.mid = nn.Conv2d(8, 8, 3, padding=1)

    def forward(self, x):
        skip = self.enc(x)                                      # (N, 8, H, W)
        down = F.max_pool2d(skip, 2)                            # H // 2: 245 -> 122
        up = F.interpolate(self.mid(down), scale_factor=2)      # 122 -> 244, not 245
        return skip + up


TinyUNet()(torch.randn(1, 3, 245, 245))
