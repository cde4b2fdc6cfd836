"""Reproduce: the same shape mistake with BCELoss (on probabilities) has its own wording."""
import torch
from torch import nn

probs = torch.sigmoid(torch.randn(16, 1))
labels = torch.randint(0, 2, (16,)).float()
nn.BCELoss()(probs, labels)
