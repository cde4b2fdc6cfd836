"""Reproduce: class indices stored as floats (as they come from numpy, pandas or a CSV) go to CrossEntropyLoss."""
import torch
from torch import nn

logits = torch.randn(4, 3)  # 4 samples, 3 classes, raw scores
# --8<-- [start:cause]
labels = torch.tensor([0.0, 2.0, 1.0, 0.0])  # class indices, but float32
# --8<-- [end:cause]
print("labels.dtype:", labels.dtype)
nn.CrossEntropyLoss()(logits, labels)
