"""Reproduce: grayscale images (1 channel) fed to a model whose first conv expects RGB (3 channels)."""
import torch
from torch import nn

# The stem of a ResNet-style image model: built for RGB input, in_channels=3.
model = nn.Sequential(
    nn.Conv2d(3, 64, kernel_size=7, stride=2, padding=3, bias=False),
    nn.BatchNorm2d(64),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(64, 10),
)

# --8<-- [start:cause]
# A batch from a grayscale dataset (MNIST, X-rays, ...): (N, 1, H, W).
images = torch.rand(8, 1, 64, 64)
logits = model(images)  # the first conv's weight is (64, 3, 7, 7): it needs 3 input channels
# --8<-- [end:cause]
