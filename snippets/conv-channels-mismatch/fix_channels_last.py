"""Fix: move the channels of an (H, W, C) image to the front with permute before batching."""
import numpy as np
import torch
from PIL import Image
from torch import nn

conv = nn.Conv2d(3, 16, kernel_size=3, padding=1)
img = Image.new("RGB", (48, 32), color=(200, 120, 40))

array = np.array(img)                                     # (H, W, C) = (32, 48, 3)
# --8<-- [start:fix]
x = torch.from_numpy(array).permute(2, 0, 1)              # (C, H, W) = (3, 32, 48)
x = x.float().div(255).unsqueeze(0)                       # (1, 3, 32, 48)
# --8<-- [end:fix]
out = conv(x)
assert x.shape == (1, 3, 32, 48) and out.shape == (1, 16, 32, 48)
# The red channel really is channel 0: the pixel value 200/255 moved to dim 1, index 0.
assert torch.allclose(x[0, 0], torch.full((32, 48), 200 / 255))

# A whole batch stored channels-last (N, H, W, C), e.g. from a NumPy dataset:
batch = torch.rand(4, 32, 48, 3)
assert conv(batch.permute(0, 3, 1, 2)).shape == (4, 16, 32, 48)
print("input:", tuple(x.shape), "| output:", tuple(out.shape))
