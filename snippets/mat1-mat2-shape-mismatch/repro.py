"""Reproduce: nn.Linear's in_features was computed from the input size, not the conv output size."""
import torch
from torch import nn

model = nn.Sequential(
    nn.Conv2d(1, 4, kernel_size=3),  # (N, 1, 8, 8) -> (N, 4, 6, 6): a 3x3 conv without padding shrinks 8 to 6
    nn.Flatten(),                    # -> (N, 4 * 6 * 6) = (N, 144)
    # --8<-- [start:cause]
    nn.Linear(4 * 8 * 8, 10),        # wrong: expects 256 features
    # --8<-- [end:cause]
)
x = torch.randn(2, 1, 8, 8)
model(x)
