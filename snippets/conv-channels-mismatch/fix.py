"""Fix: give the RGB model 3 channels: replicate the gray channel (tensors) or convert("RGB") (PIL images)."""
import numpy as np
import torch
from PIL import Image
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(3, 64, kernel_size=7, stride=2, padding=3, bias=False),
    nn.BatchNorm2d(64),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(64, 10),
).eval()

gray = torch.rand(8, 1, 64, 64)                  # (N, 1, H, W)
# --8<-- [start:fix]
if gray.shape[1] != 1:
    raise ValueError(f"expected 1 gray channel, got shape {tuple(gray.shape)}")
rgb = gray.expand(-1, 3, -1, -1)                 # (N, 3, H, W): a view, no copy
logits = model(rgb)
# --8<-- [end:fix]
assert rgb.shape == (8, 3, 64, 64) and logits.shape == (8, 10)
assert torch.equal(rgb[:, 0], rgb[:, 2])         # the three channels are the same gray image

# In a PIL pipeline, convert every image to RGB before turning it into a tensor:
# it handles grayscale ("L"), palette ("P") and RGBA (4 channels) files alike.
for mode, color in (("L", 128), ("RGBA", (10, 20, 30, 255)), ("P", 3)):
    img = Image.new(mode, (64, 64), color=color).convert("RGB")
    x = torch.from_numpy(np.array(img)).permute(2, 0, 1).float() / 255  # (3, H, W)
    assert x.shape == (3, 64, 64), (mode, x.shape)
    assert model(x.unsqueeze(0)).shape == (1, 10)
print("input:", tuple(rgb.shape), "| output:", tuple(logits.shape))
