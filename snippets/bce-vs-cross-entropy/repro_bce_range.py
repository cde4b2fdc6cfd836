"""Reproduce: BCELoss fed raw scores (logits) from a Linear layer, which are not probabilities."""
import torch
from torch import nn

model = nn.Linear(8, 1)
logits = model(torch.randn(16, 8) * 3)  # any real number
target = torch.randint(0, 2, (16, 1)).float()
print("logits range:", round(logits.min().item(), 2), "to", round(logits.max().item(), 2))
nn.BCELoss()(logits, target)
