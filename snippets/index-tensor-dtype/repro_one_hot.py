"""Reproduce: one_hot() on labels stored as int32 (or float)."""
import torch
import torch.nn.functional as F

labels = torch.tensor([0, 2, 1], dtype=torch.int32)  # e.g. from np.int32 data
F.one_hot(labels, num_classes=3)
