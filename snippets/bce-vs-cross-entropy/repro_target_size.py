"""Reproduce: BCEWithLogitsLoss with one logit per sample, shape (N, 1), and labels of shape (N,)."""
import torch
from torch import nn

logits = torch.randn(16, 1)
labels = torch.randint(0, 2, (16,)).float()
nn.BCEWithLogitsLoss()(logits, labels)
