"""Fix: let a DataLoader add the batch dimension (or count with numel())."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
model = nn.Linear(8, 3)
dataset = TensorDataset(torch.randn(5, 8), torch.tensor([0, 2, 1, 1, 0]))

correct = total = 0
with torch.no_grad():
    for x, y in DataLoader(dataset, batch_size=2):   # x: (N, 8), y: (N,)
        pred = model(x).argmax(dim=-1)
        correct += (pred == y).sum().item()
        total += y.size(0)                   # the batch dimension exists now

assert total == len(dataset) == 5

# Single samples (shape ()) can still be counted: numel() is 1 for a 0-dim tensor.
single_total = sum(y.numel() for _, y in dataset)
assert single_total == 5 and dataset[0][1].dim() == 0
print(f"counted {total} samples in batches")
