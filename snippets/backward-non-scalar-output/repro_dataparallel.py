"""Reproduce (simulated on the CPU): nn.DataParallel on 2 GPUs turns a model's scalar loss into a vector.

A model that computes its own loss (as Hugging Face models do with labels=...) returns a 0-dim
tensor from each replica, and DataParallel's gather concatenates them: shape [number of GPUs].
DataParallel needs GPUs (without them it simply calls the module), so its scatter and gather are
written out below with the same tensor operations, on the CPU.
"""
import torch
import torch.nn.functional as F
from torch import nn


class WithLoss(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 1)

    def forward(self, x, target):
        return F.mse_loss(self.fc(x), target)   # a scalar, like outputs.loss


model = WithLoss()
x, target = torch.randn(8, 3), torch.randn(8, 1)
n_gpus = 2
# scatter: split the batch along dim 0; each replica runs on its chunk and returns a 0-dim loss
per_gpu = [model(xb, tb) for xb, tb in zip(x.chunk(n_gpus), target.chunk(n_gpus))]
# gather: DataParallel views each 0-dim output as shape [1] and concatenates them on GPU 0
loss = torch.cat([l.view(1) for l in per_gpu])
print("loss.shape:", tuple(loss.shape))
loss.backward()
