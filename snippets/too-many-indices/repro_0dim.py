"""Reproduce: pre-0.4 code reads the loss with loss.data[0]; the loss is a 0-dim tensor now."""
import torch
from torch import nn

model = nn.Linear(4, 1)
loss = nn.functional.mse_loss(model(torch.randn(8, 4)), torch.randn(8, 1))
print("loss shape:", tuple(loss.shape), "| dim:", loss.dim())
running_loss = 0.0
running_loss += loss.data[0]
