"""Reproduce: a NumPy scalar (a metric computed with NumPy) in the checkpoint is refused as well."""
import numpy as np
import torch
from torch import nn

model = nn.Linear(4, 2)
val_accuracies = np.array([0.71, 0.74, 0.78])
# --8<-- [start:cause]
best_acc = val_accuracies.max()  # numpy.float64, not a Python float
torch.save({"model": model.state_dict(), "best_acc": best_acc}, "best.pt")
checkpoint = torch.load("best.pt")
# --8<-- [end:cause]
