"""Reproduce: the same mismatch in a convolution reports the input and bias types."""
import numpy as np
import torch
from torch import nn

image = torch.from_numpy(np.random.rand(1, 1, 5, 5))   # float64 image
conv = nn.Conv2d(1, 2, kernel_size=3)                   # float32 weight and bias
conv(image)
