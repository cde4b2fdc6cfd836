"""Reproduce: 5 classes, but the labels are numbered 1..5 (1-based), so label 5 has no logit."""
import torch
from torch import nn

num_classes = 5
model = nn.Linear(8, num_classes)               # logits for classes 0, 1, 2, 3, 4
x = torch.randn(4, 8)
# --8<-- [start:cause]
labels = torch.tensor([1, 3, 5, 2])              # e.g. read from a CSV that counts from 1
# --8<-- [end:cause]
print("logits:", tuple(model(x).shape), "| labels:", labels.tolist())
loss = nn.CrossEntropyLoss()(model(x), labels)
