"""Reproduce: 9 samples with batch_size=4 leave a last batch of 1, which BatchNorm cannot normalise."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

dataset = TensorDataset(torch.randn(9, 8), torch.randn(9, 1))
# --8<-- [start:cause]
loader = DataLoader(dataset, batch_size=4)  # batches of 4, 4, 1
# --8<-- [end:cause]
model = nn.Sequential(nn.Linear(8, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 1))
model.train()

for x, y in loader:
    print("batch of", len(x))
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
