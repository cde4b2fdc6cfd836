"""Reproduce: a Conv1d feature extractor outputs (N, C, T); the batch_first LSTM expects (N, T, C)."""
import torch
from torch import nn

conv = nn.Conv1d(in_channels=12, out_channels=64, kernel_size=3, padding=1)  # 64 features per step
lstm = nn.LSTM(input_size=64, hidden_size=32, batch_first=True)              # expects (N, T, 64)

signals = torch.rand(8, 12, 50)   # 8 recordings, 12 sensors, 50 time steps
features = conv(signals)          # (8, 64, 50): channels first, as every Conv1d returns
# --8<-- [start:cause]
output, (h, c) = lstm(features)   # the LSTM reads the last dim (50 steps) as the 64 features
# --8<-- [end:cause]
