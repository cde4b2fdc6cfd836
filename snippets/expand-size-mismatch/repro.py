"""Reproduce: filling a preallocated tensor with batch outputs, assuming every batch is full."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

encoder = nn.Linear(16, 8)
data = TensorDataset(torch.randn(10, 16))
loader = DataLoader(data, batch_size=4)                  # batches of 4, 4 and 2 samples

features = torch.zeros(len(loader) * 4, 8)               # room for 3 full batches
with torch.no_grad():
    for i, (x,) in enumerate(loader):
        out = encoder(x)
        print(f"batch {i}: rows {i * 4}:{(i + 1) * 4} <- output {tuple(out.shape)}")
        # --8<-- [start:cause]
        features[i * 4:(i + 1) * 4] = out                # the last batch has 2 rows, the slot 4
        # --8<-- [end:cause]
