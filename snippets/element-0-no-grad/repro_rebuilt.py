"""Reproduce: a loss rebuilt from a Python number (.item()) has lost its link to the model."""
import torch
import torch.nn.functional as F

model = torch.nn.Linear(3, 1)
x, target = torch.randn(4, 3), torch.randn(4, 1)

losses = [F.mse_loss(model(x), target), F.l1_loss(model(x), target)]
loss = torch.tensor(sum(l.item() for l in losses))  # a new leaf tensor, no history
loss.backward()
