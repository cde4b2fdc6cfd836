"""Reproduce: soft targets computed in numpy (float64) go into BCELoss with a float32 model."""
import numpy as np
import torch
from torch import nn

model = nn.Sequential(nn.Linear(3, 1), nn.Sigmoid())
x = torch.randn(4, 3)
y = np.array([[0.9], [0.1], [0.8], [0.2]])  # float64, numpy's default
loss = nn.BCELoss()(model(x), torch.from_numpy(y))
