"""Reproduce: one-hot labels of dtype int64 passed to CrossEntropyLoss."""
import torch
import torch.nn.functional as F
from torch import nn

logits = torch.randn(4, 3)
onehot = F.one_hot(torch.tensor([0, 2, 1, 0]), num_classes=3)  # (4, 3), int64
nn.CrossEntropyLoss()(logits, onehot)
