"""Reproduce: frames of a video as (N, T, C, F) go into an LSTM, which takes (T, F) or (N, T, F)."""
import torch
from torch import nn

lstm = nn.LSTM(input_size=16, hidden_size=32, batch_first=True)
# --8<-- [start:cause]
clips = torch.rand(2, 5, 4, 16)  # 2 clips, 5 frames, 4 regions per frame, 16 features per region
lstm(clips)
# --8<-- [end:cause]
