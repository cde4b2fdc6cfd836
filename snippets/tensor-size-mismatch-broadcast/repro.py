"""Reproduce: a PNG with an alpha channel (RGBA, 4 channels) normalized with 3-channel RGB statistics."""
import numpy as np
import torch
from PIL import Image

# A small RGBA image, as saved by many tools (screenshots, images with transparency).
Image.new("RGBA", (8, 6), (255, 0, 0, 128)).save("photo.png")

img = Image.open("photo.png")                      # no .convert("RGB"): the alpha channel stays
x = torch.from_numpy(np.array(img)).permute(2, 0, 1).float() / 255   # (C, H, W)
mean = torch.tensor([0.485, 0.456, 0.406])         # ImageNet statistics: one value per RGB channel
std = torch.tensor([0.229, 0.224, 0.225])
print("image:", tuple(x.shape), "| mean:", tuple(mean[:, None, None].shape))
# --8<-- [start:cause]
x = (x - mean[:, None, None]) / std[:, None, None]  # what torchvision's Normalize does
# --8<-- [end:cause]
