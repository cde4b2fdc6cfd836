"""Reproduce: pretrained weights from a NumPy array are assigned to a layer's weight attribute."""
import numpy as np
import torch
from torch import nn

layer = nn.Linear(4, 3)
pretrained = np.random.default_rng(0).standard_normal((3, 4)).astype(np.float32)  # e.g. from a .npz
# --8<-- [start:cause]
layer.weight = torch.from_numpy(pretrained)  # a plain Tensor where a Parameter lives
# --8<-- [end:cause]
