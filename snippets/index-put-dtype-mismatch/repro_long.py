"""Reproduce: remapping label ids through an int64 lookup table, inside a mask stored as float32."""
import torch

mask = torch.tensor([[0.0, 7.0], [7.0, 3.0]])  # a label map read as float32
lut = torch.zeros(256, dtype=torch.long)  # old id -> new id
lut[7], lut[3] = 1, 2
valid = mask > 0
mask[valid] = lut[mask[valid].long()]  # int64 values into a float32 tensor
