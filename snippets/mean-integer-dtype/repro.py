"""Reproduce: evaluation loop averages per-batch correct counts (int64) with .mean()."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

model = nn.Linear(4, 3)
data = TensorDataset(torch.randn(10, 4), torch.randint(0, 3, (10,)))
correct = []
with torch.no_grad():
    for x, y in DataLoader(data, batch_size=4):
        preds = model(x).argmax(dim=1)  # int64 class indices
        correct.append((preds == y).sum())  # int64 count per batch
# --8<-- [start:cause]
counts = torch.stack(correct)
print("counts:", counts.tolist(), counts.dtype)
avg = counts.mean()
# --8<-- [end:cause]
