"""Fix: pad short inputs (silence, zero steps) up to the minimum length the network needs."""
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
encoder = nn.Sequential(
    nn.Conv2d(1, 16, kernel_size=3, stride=2), nn.ReLU(),
    nn.Conv2d(16, 32, kernel_size=3, stride=2), nn.ReLU(),
    nn.Conv2d(32, 64, kernel_size=3, stride=2), nn.ReLU(),
)
MIN_FRAMES = 15  # (15-3)//2+1 = 7 -> 3 -> 1: the smallest length that survives the three convs

spectrogram = torch.rand(1, 1, 64, 10)
# --8<-- [start:fix]
missing = MIN_FRAMES - spectrogram.shape[-1]
if missing > 0:  # F.pad's last pair pads the last dimension: (left, right)
    spectrogram = F.pad(spectrogram, (0, missing), value=0.0)
out = encoder(spectrogram)
# --8<-- [end:fix]
assert spectrogram.shape == (1, 1, 64, 15) and out.shape == (1, 64, 7, 1)
assert torch.equal(spectrogram[..., 10:], torch.zeros(1, 1, 64, 5))  # the added frames are silence

# The same for 1-D sequences that are too short for a stack of MaxPool1d(2): need 2**3 = 8 steps.
pools = nn.Sequential(nn.MaxPool1d(2), nn.MaxPool1d(2), nn.MaxPool1d(2))
short = torch.rand(8, 6, 4)
padded = F.pad(short, (0, 8 - short.shape[-1]))
assert pools(padded).shape == (8, 6, 1)
print("padded to", spectrogram.shape[-1], "frames | encoder output:", tuple(out.shape))
