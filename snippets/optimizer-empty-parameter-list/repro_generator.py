"""Reproduce: model.parameters() is a generator; once consumed, it yields nothing."""
import torch
from torch import nn

model = nn.Linear(4, 2)
params = filter(lambda p: p.requires_grad, model.parameters())
print("tensors to train:", sum(p.numel() for p in params))  # this loop consumes the generator
optimizer = torch.optim.SGD(params, lr=0.1)  # ...so the optimizer receives an empty iterator
