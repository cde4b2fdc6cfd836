"""Fix: advance the write position by the real batch size, and size the buffer by the dataset."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
encoder = nn.Linear(16, 8)
data = TensorDataset(torch.randn(10, 16))
loader = DataLoader(data, batch_size=4)

features = torch.zeros(len(data), 8)                     # one row per sample, not per full batch
start = 0
with torch.no_grad():
    for (x,) in loader:
        out = encoder(x)
        # --8<-- [start:fix]
        n = out.size(0)                                  # 4, 4, then 2
        features[start:start + n] = out
        start += n
        # --8<-- [end:fix]

assert start == len(data) == features.shape[0]
with torch.no_grad():
    reference = encoder(data.tensors[0])                 # all samples in one call
    collected = torch.cat([encoder(x) for (x,) in loader])   # the list + cat variant
assert torch.allclose(features, reference) and torch.allclose(collected, reference)
print("features:", tuple(features.shape))
