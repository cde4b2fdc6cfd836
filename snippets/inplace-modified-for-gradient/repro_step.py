"""Reproduce: optimizer.step() runs between two backward() calls that share one forward pass."""
import torch
from torch import nn

net = nn.Sequential(nn.Linear(3, 3), nn.Tanh(), nn.Linear(3, 1))
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
x, y = torch.randn(4, 3), torch.randn(4, 1)

pred = net(x)
loss_a = nn.functional.mse_loss(pred, y)
loss_b = pred.abs().mean()

optimizer.zero_grad()
loss_a.backward(retain_graph=True)
optimizer.step()  # updates the weights in place; the graph saved them for loss_b
optimizer.zero_grad()
loss_b.backward()
