"""Reproduce: early stopping compares a per-sample loss tensor with the best value in an if."""
import torch
from torch import nn
import torch.nn.functional as F

model = nn.Linear(4, 1)
x_val, y_val = torch.randn(16, 4), torch.randn(16, 1)
best_loss = float("inf")

with torch.no_grad():
    val_loss = F.mse_loss(model(x_val), y_val, reduction="none")   # (16, 1): one loss per sample
print("val_loss:", tuple(val_loss.shape))
# --8<-- [start:cause]
if val_loss < best_loss:                  # a (16, 1) tensor of True/False, not one bool
    best_loss = val_loss
# --8<-- [end:cause]
