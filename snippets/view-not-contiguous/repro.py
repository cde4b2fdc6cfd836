"""Reproduce: view() on a permuted tensor, to get one row of channels per pixel."""
import torch

images = torch.arange(2 * 3 * 4 * 4, dtype=torch.float32).reshape(2, 3, 4, 4)  # N, C, H, W
nhwc = images.permute(0, 2, 3, 1)  # N, H, W, C: same memory, only the strides change
print("shape:", tuple(nhwc.shape), "stride:", nhwc.stride(), "contiguous:", nhwc.is_contiguous())
# --8<-- [start:cause]
pixels = nhwc.view(-1, 3)  # (N*H*W, C)
# --8<-- [end:cause]
