"""Reproduce: NumPy arrays are float64 by default; nn.Linear's weights are float32."""
import numpy as np
import torch
from torch import nn

features = np.random.rand(4, 3)                 # dtype float64
# --8<-- [start:cause]
x = torch.from_numpy(features)                  # keeps float64 -> torch.float64 ("Double")
# --8<-- [end:cause]
model = nn.Linear(3, 2)                         # parameters are torch.float32 ("Float")
print("input:", x.dtype, "| weight:", model.weight.dtype)
model(x)
