"""Reproduce: every parameter is frozen, then only trainable ones are passed to the optimizer."""
import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
for p in model.parameters():  # meant to freeze the backbone only, but freezes the whole model
    p.requires_grad = False

trainable = [p for p in model.parameters() if p.requires_grad]
print("trainable parameters:", len(trainable))
optimizer = torch.optim.Adam(trainable, lr=1e-3)
