"""Fix: convert to float before averaging, and compute accuracy as total correct / total samples."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
model = nn.Linear(4, 3)
data = TensorDataset(torch.randn(10, 4), torch.randint(0, 3, (10,)))
correct, total = [], 0
with torch.no_grad():
    for x, y in DataLoader(data, batch_size=4):  # batches of 4, 4 and 2
        preds = model(x).argmax(dim=1)
        correct.append((preds == y).sum())
        total += y.numel()

# --8<-- [start:fix]
counts = torch.stack(correct)  # int64 correct count per batch
mean_count = counts.float().mean()  # or counts.mean(dtype=torch.float32)
accuracy = counts.sum().item() / total  # total correct / total samples
# --8<-- [end:fix]

assert mean_count.dtype == torch.float32
assert torch.equal(counts.mean(dtype=torch.float32), mean_count)
x_all, y_all = data.tensors
with torch.no_grad():
    reference = (model(x_all).argmax(dim=1) == y_all).float().mean().item()  # bool -> float -> mean
assert abs(accuracy - reference) < 1e-6
# Averaging per-batch accuracies would weight the last batch (2 samples) like the others (4).

ratings = torch.tensor([4, 5, 3, 5, 1])
assert torch.isclose(ratings.float().std(), torch.tensor(1.6733), atol=1e-4)
print(f"counts: {counts.tolist()} | mean: {mean_count:.4f} | accuracy: {counts.sum().item()}/{total} = {accuracy:.2f}")
