"""Fix: convert the image to RGB when loading it, so it has the 3 channels the statistics describe."""
import numpy as np
import torch
from PIL import Image

Image.new("RGBA", (8, 6), (255, 0, 0, 128)).save("photo.png")
mean = torch.tensor([0.485, 0.456, 0.406])
std = torch.tensor([0.229, 0.224, 0.225])

# --8<-- [start:fix]
img = Image.open("photo.png").convert("RGB")       # drops alpha; also turns grayscale ("L") into 3 channels
x = torch.from_numpy(np.array(img)).permute(2, 0, 1).float() / 255
if x.shape[0] != mean.numel():
    raise ValueError(f"expected {mean.numel()} channels, got image of shape {tuple(x.shape)}")
x = (x - mean[:, None, None]) / std[:, None, None]
# --8<-- [end:fix]

assert x.shape == (3, 6, 8)
# A pure red pixel: red channel (1 - 0.485) / 0.229, green and blue (0 - mean) / std.
expected = (torch.tensor([1.0, 0.0, 0.0]) - mean) / std
assert torch.allclose(x[:, 0, 0], expected)

# Reading the message: shapes are aligned from the right, then compared dimension by dimension;
# sizes that are equal or 1 broadcast. (4, 6, 8) against mean[:, None, None] of shape (3, 1, 1):
# 8 vs 1 and 6 vs 1 are fine, 4 vs 3 is not -> "tensor a (4) ... tensor b (3) at ... dimension 0".
assert torch.broadcast_shapes((3, 6, 8), (3, 1, 1)) == (3, 6, 8)
try:
    torch.zeros(4, 6, 8) - mean[:, None, None]
    raise AssertionError("expected a RuntimeError")
except RuntimeError as exc:
    assert "tensor a (4)" in str(exc) and "tensor b (3)" in str(exc) and "dimension 0" in str(exc)
print("normalized image:", tuple(x.shape))
