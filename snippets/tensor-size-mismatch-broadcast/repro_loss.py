"""Reproduce: MSELoss between class scores (N, C) and class indices (N,)."""
import torch
from torch import nn

model = nn.Linear(20, 10)                  # 10 classes
x = torch.randn(64, 20)
labels = torch.randint(0, 10, (64,))       # one class index per sample
out = model(x)                             # (64, 10)
print("output:", tuple(out.shape), "| target:", tuple(labels.shape))
loss = nn.MSELoss()(out, labels.float())
