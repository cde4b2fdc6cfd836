"""Fix: a 2-D CNN over clips or multi-crop batches (N, T, C, H, W): fold T into the batch, then unfold."""
import torch
from torch import nn

torch.manual_seed(0)
cnn = nn.Sequential(nn.Conv2d(3, 8, kernel_size=3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten())

clips = torch.rand(2, 5, 3, 32, 32)                  # 2 videos of 5 frames each
n, t = clips.shape[:2]
# --8<-- [start:fix]
frames = clips.flatten(0, 1)                         # (N*T, C, H, W) = (10, 3, 32, 32)
features = cnn(frames).unflatten(0, (n, t))          # (N, T, 8): back to one row per frame
# --8<-- [end:fix]
assert frames.shape == (10, 3, 32, 32) and features.shape == (2, 5, 8)
# Each frame was processed on its own: the same as running the CNN frame by frame.
assert torch.allclose(features[1, 3], cnn(clips[1, 3].unsqueeze(0))[0], atol=1e-6)
print("clips:", tuple(clips.shape), "| per-frame features:", tuple(features.shape))
