"""Reproduce: YOLO-style grid indices (int64) clamped in place with a bound taken from a float tensor."""
import torch

gain = torch.tensor([1.0, 1.0, 20.0, 20.0, 1.0, 1.0, 1.0])  # grid width/height stored as floats
gij = torch.tensor([[3, 7], [19, 22]])  # int64 grid cell indices
gi, gj = gij.T
gj.clamp_(0, gain[3] - 1)  # keep indices inside the grid
