"""Fix: convert to a tensor first, then flip or reorder channels with torch (which copies)."""
import numpy as np
import torch

rng = np.random.default_rng(0)
bgr = rng.integers(0, 256, (8, 8, 3), dtype=np.uint8)  # HWC, as cv2.imread returns it

# --8<-- [start:fix]
t = torch.from_numpy(bgr).permute(2, 0, 1)  # CHW view of the original, positive strides
rgb = t.flip(0)  # BGR -> RGB along the channel axis
mirrored = rgb.flip(2)  # horizontal flip
# --8<-- [end:fix]
assert torch.equal(rgb, torch.from_numpy(bgr[:, :, ::-1].copy()).permute(2, 0, 1))
assert torch.equal(mirrored, torch.from_numpy(bgr[:, ::-1, ::-1].copy()).permute(2, 0, 1))
assert rgb.data_ptr() != t.data_ptr()  # torch.flip returns a new tensor, not a view
print("rgb:", tuple(rgb.shape), "| mirrored:", tuple(mirrored.shape))
