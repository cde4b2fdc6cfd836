"""Reproduce: the model outputs (N, 1), the targets are (N,): MSELoss broadcasts them to (N, N)."""
import torch
from torch import nn

model = nn.Linear(3, 1)  # a regression head: one output per sample
x = torch.randn(4, 3)
y = torch.randn(4)  # the targets as a Dataset/DataLoader usually delivers them: shape (N,)

pred = model(x)  # shape (4, 1)
# --8<-- [start:cause]
loss = nn.MSELoss()(pred, y)  # (4, 1) against (4,) broadcasts to (4, 4)
# --8<-- [end:cause]
correct = ((pred.squeeze(1) - y) ** 2).mean()
print(f"MSELoss with mismatched shapes: {loss.item():.4f}")
print(f"the mean squared error it should be: {correct.item():.4f}")
