"""Fix: drop_last=True drops the incomplete last batch, whatever the dataset size."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

dataset = TensorDataset(torch.randn(9, 8), torch.randn(9, 1))
loader = DataLoader(dataset, batch_size=4, shuffle=True, drop_last=True)
model = nn.Sequential(nn.Linear(8, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 1))
model.train()

sizes = []
for x, y in loader:
    sizes.append(len(x))
    nn.functional.mse_loss(model(x), y).backward()
assert sizes == [4, 4], sizes          # the batch of one is gone
assert len(loader) == len(dataset) // 4

# In eval mode BatchNorm uses its running statistics, so a single sample is fine at inference.
model.eval()
with torch.no_grad():
    out = model(torch.randn(1, 8))
assert out.shape == (1, 1)
print("training batch sizes:", sizes, "| eval output shape:", tuple(out.shape))
