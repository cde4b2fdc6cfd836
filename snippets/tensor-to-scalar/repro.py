"""Reproduce: an accuracy counter calls .item() on the element-wise comparison, before summing it."""
import torch
from torch import nn

model = nn.Linear(10, 3)
x, labels = torch.randn(8, 10), torch.randint(0, 3, (8,))

with torch.no_grad():
    preds = model(x).argmax(dim=1)
print("preds == labels:", tuple((preds == labels).shape))
# --8<-- [start:cause]
correct = (preds == labels).item()        # 8 True/False values, not one number
# --8<-- [end:cause]
