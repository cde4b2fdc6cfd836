"""Reproduce: a short audio clip; its spectrogram has too few frames for the CNN's stride-2 convolutions."""
import torch
from torch import nn

encoder = nn.Sequential(
    nn.Conv2d(1, 16, kernel_size=3, stride=2), nn.ReLU(),   # no padding: each conv also trims the border
    nn.Conv2d(16, 32, kernel_size=3, stride=2), nn.ReLU(),
    nn.Conv2d(32, 64, kernel_size=3, stride=2), nn.ReLU(),
)
# --8<-- [start:cause]
spectrogram = torch.rand(1, 1, 64, 10)  # (N, 1, mel bins, frames): 64 bins, but only 10 frames
encoder(spectrogram)                    # frames: 10 -> 4 -> 1, and the 3rd conv needs at least 3
# --8<-- [end:cause]
