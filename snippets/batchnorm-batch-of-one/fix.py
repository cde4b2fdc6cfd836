"""Fix: drop_last=True drops the incomplete last batch, whatever the dataset size."""
import torch
from torch import nn
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset

dataset = TensorDataset(torch.randn(9, 8), torch.randn(9, 1))
# --8<-- [start:fix]
loader = DataLoader(dataset, batch_size=4, shuffle=True, drop_last=True)
# --8<-- [end:fix]
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

# Multi-GPU: DistributedSampler gives every rank the same number of samples, ceil(N / world_size)
# (it repeats a few samples to get there), and each rank batches its own share. 18 samples leave
# a last batch of 2 on one process, but on 2 ranks each rank has 9: batches of 4, 4, 1.
dataset18 = TensorDataset(torch.randn(18, 8), torch.randn(18, 1))
for rank in range(2):   # num_replicas and rank given by hand: no process group needed for the sampler
    sampler = DistributedSampler(dataset18, num_replicas=2, rank=rank, shuffle=False)
    assert len(sampler) == 9
    assert [len(x) for x, _ in DataLoader(dataset18, batch_size=4, sampler=sampler)] == [4, 4, 1]
    assert [len(x) for x, _ in DataLoader(dataset18, batch_size=4, sampler=sampler, drop_last=True)] == [4, 4]
print("training batch sizes:", sizes, "| eval output shape:", tuple(out.shape))
