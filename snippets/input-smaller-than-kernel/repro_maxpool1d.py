"""Reproduce: a 1-D CNN over time series; a sequence of 4 steps is too short for three MaxPool1d(2)."""
import torch
from torch import nn

model = nn.Sequential(
    nn.Conv1d(6, 16, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool1d(2),
    nn.Conv1d(16, 32, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool1d(2),
    nn.Conv1d(32, 64, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool1d(2),
)
# --8<-- [start:cause]
short = torch.rand(8, 6, 4)  # (N, channels, steps): 4 -> 2 -> 1 -> the 3rd pool would give 0
model(short)
# --8<-- [end:cause]
