"""Reproduce: int64 0/1 labels passed to BCEWithLogitsLoss."""
import torch
from torch import nn

logits = torch.randn(4)
labels = torch.tensor([0, 1, 1, 0])  # int64
nn.BCEWithLogitsLoss()(logits, labels)
