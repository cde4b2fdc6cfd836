"""Fix: know the network's minimum input size and resize smaller images up to it."""
import torch
import torch.nn.functional as F
from torch import nn


def block(c_in, c_out):
    return nn.Sequential(nn.Conv2d(c_in, c_out, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool2d(2))


features = nn.Sequential(block(3, 64), block(64, 128), block(128, 256), block(256, 512), block(512, 512))


def out_size(size: int, kernel: int, stride: int, padding: int = 0, dilation: int = 1) -> int:
    """Output length of a conv or pooling layer (the formula in the Conv2d/MaxPool2d docs)."""
    return (size + 2 * padding - dilation * (kernel - 1) - 1) // stride + 1


def final_size(size: int) -> int:
    for _ in range(5):
        size = out_size(size, kernel=3, stride=1, padding=1)  # the conv keeps the size
        size = out_size(size, kernel=2, stride=2)             # the pool halves it, rounding down
    return size


MIN_SIZE = next(s for s in range(1, 1024) if final_size(s) >= 1)
assert MIN_SIZE == 32 and final_size(16) == 0 and final_size(224) == 7

thumbnails = torch.rand(2, 3, 16, 16)
# --8<-- [start:fix]
h, w = thumbnails.shape[-2:]
if min(h, w) < MIN_SIZE:  # upsample only what is too small, keeping the aspect ratio
    scale = MIN_SIZE / min(h, w)
    thumbnails = F.interpolate(thumbnails, scale_factor=scale, mode="bilinear", align_corners=False)
out = features(thumbnails)
# --8<-- [end:fix]
assert thumbnails.shape == (2, 3, 32, 32) and out.shape == (2, 512, 1, 1)
print("minimum input size:", MIN_SIZE, "| resized to:", tuple(thumbnails.shape[-2:]), "| features:", tuple(out.shape))
