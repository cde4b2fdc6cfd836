"""Reproduce: a Dataset turns a PIL image into a tensor through np.asarray (a read-only view)."""
import numpy as np
import torch
from PIL import Image

img = Image.new("RGB", (4, 4), color=(255, 0, 0))  # stands for Image.open(path).convert("RGB")
# --8<-- [start:cause]
arr = np.asarray(img)  # shares the image's buffer: read-only
print("writeable:", arr.flags.writeable)
x = torch.from_numpy(arr).permute(2, 0, 1)
# --8<-- [end:cause]
print("tensor:", tuple(x.shape), x.dtype)
