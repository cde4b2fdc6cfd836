"""Fix for nn.DataParallel: average the per-GPU losses, loss.mean().backward() (simulated gather, as in repro_dataparallel.py)."""
import torch
import torch.nn.functional as F
from torch import nn


class WithLoss(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 1)

    def forward(self, x, target):
        return F.mse_loss(self.fc(x), target)


model = WithLoss()
x, target = torch.randn(8, 3), torch.randn(8, 1)
n_gpus = 2
per_gpu = [model(xb, tb) for xb, tb in zip(x.chunk(n_gpus), target.chunk(n_gpus))]
loss = torch.cat([l.view(1) for l in per_gpu])   # what DataParallel's gather returns: shape [2]

if loss.dim() > 0:      # several GPUs: one loss per replica (one GPU gives a scalar already)
    loss = loss.mean()
loss.backward()
grad_dp = model.fc.weight.grad.clone()

# With equal chunks, the mean of the per-GPU mean losses is the mean loss of the whole batch:
# the same gradient as one device computing the whole batch.
model.zero_grad()
model(x, target).backward()
assert torch.allclose(grad_dp, model.fc.weight.grad, atol=1e-6)
print("per-GPU losses averaged: loss.shape", tuple(loss.shape), "| gradient == single-device gradient")
