"""Reproduce: a weight-init function zeroes every bias, but some layers were built with bias=False."""
import torch
from torch import nn

model = nn.Sequential(
    nn.Conv2d(3, 8, 3, bias=False),  # followed by BatchNorm, so no bias
    nn.BatchNorm2d(8),
    nn.ReLU(),
)


def init_weights(m):
    if isinstance(m, nn.Conv2d):
        nn.init.kaiming_normal_(m.weight)
        # --8<-- [start:cause]
        nn.init.zeros_(m.bias)  # m.bias is None for bias=False
        # --8<-- [end:cause]


model.apply(init_weights)
