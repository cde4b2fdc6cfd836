"""Reproduce: a Dice score with torch.dot on flattened tensors, but the mask was loaded as RGB (3 channels)."""
import torch

pred = torch.rand(2, 1, 8, 8)                  # model output: 1 probability map per image
mask = torch.rand(2, 8, 8, 3).round()          # the mask PNG was read as RGB: (N, H, W, 3)
mask = mask.permute(0, 3, 1, 2)                # -> (N, 3, H, W), three copies of the mask

# --8<-- [start:cause]
intersection = torch.dot(pred.reshape(-1), mask.reshape(-1))  # 2*1*8*8 = 128 vs 2*3*8*8 = 384 elements
# --8<-- [end:cause]
