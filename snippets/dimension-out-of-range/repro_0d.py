"""Reproduce: counting samples with size(0) on labels that are 0-dim tensors (one sample, no batch)."""
import torch
from torch import nn
from torch.utils.data import TensorDataset

model = nn.Linear(8, 3)
dataset = TensorDataset(torch.randn(5, 8), torch.tensor([0, 2, 1, 1, 0]))

correct = total = 0
with torch.no_grad():
    for x, y in dataset:                     # iterating the Dataset itself: no batch dimension
        pred = model(x).argmax()
        correct += (pred == y).sum().item()
        total += y.size(0)                   # y is tensor(0): shape (), it has no dimension 0
