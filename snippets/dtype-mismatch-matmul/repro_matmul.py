"""Reproduce: a plain matrix product of float64 and float32 tensors."""
import numpy as np
import torch

x = torch.tensor(np.random.rand(4, 3))    # torch.tensor also keeps NumPy's float64
w = torch.randn(3, 2)                      # float32, torch's default
x @ w
