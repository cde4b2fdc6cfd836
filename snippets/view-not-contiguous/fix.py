"""Fix: reshape() (copies only when it must) or contiguous().view() (an explicit copy)."""
import numpy as np
import torch

images = torch.arange(2 * 3 * 4 * 4, dtype=torch.float32).reshape(2, 3, 4, 4)  # N, C, H, W
nhwc = images.permute(0, 2, 3, 1)

# --8<-- [start:fix]
pixels = nhwc.reshape(-1, 3)
pixels_cv = nhwc.contiguous().view(-1, 3)
# --8<-- [end:fix]

# Same values as NumPy's transpose + reshape, and row k is the pixel's 3 channel values.
reference = torch.from_numpy(images.numpy().transpose(0, 2, 3, 1).reshape(-1, 3))
assert torch.equal(pixels, reference) and torch.equal(pixels_cv, reference)
assert torch.equal(pixels[5], images[0, :, 1, 1])  # pixel 5 = image 0, row 1, column 1

# Here both had to copy: the result no longer shares memory with `images` ...
assert pixels.data_ptr() != images.data_ptr() and pixels_cv.data_ptr() != images.data_ptr()
pixels[0] = -1.0
assert images[0, 0, 0, 0] == 0.0  # ... so writing into it does not change the images.

# On a tensor whose layout allows it, reshape() returns a view: no copy, shared memory.
flat = images.reshape(2, -1)
assert flat.data_ptr() == images.data_ptr() and torch.equal(flat, images.view(2, -1))

# view() itself works after permute when the merged dimensions are still adjacent in memory:
# H and W keep strides (4, 1), so they can be merged; W and C (strides 1, 16) cannot.
hw = nhwc.view(2, 16, 3)
assert hw.data_ptr() == images.data_ptr() and torch.equal(hw, pixels_cv.view(2, 16, 3))
print("pixels:", tuple(pixels.shape), "| copy made:", pixels.data_ptr() != images.data_ptr())
