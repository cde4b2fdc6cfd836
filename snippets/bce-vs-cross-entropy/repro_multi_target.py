"""Reproduce: class-index labels kept as a column, shape (N, 1) instead of (N,)."""
import torch
from torch import nn

logits = torch.randn(4, 3)
labels = torch.tensor([[0], [2], [1], [0]])  # int64, but one column per sample
nn.CrossEntropyLoss()(logits, labels)
