"""Fix: finish every backward() before optimizer.step(), e.g. sum the losses and step once."""
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(3, 3), nn.Tanh(), nn.Linear(3, 1))
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
x, y = torch.randn(4, 3), torch.randn(4, 1)

pred = net(x)
loss_a = nn.functional.mse_loss(pred, y)
loss_b = pred.abs().mean()

# Reference: each loss's gradient on the unchanged weights.
params = list(net.parameters())
grads_a = torch.autograd.grad(loss_a, params, retain_graph=True)
grads_b = torch.autograd.grad(loss_b, params, retain_graph=True)

optimizer.zero_grad()
(loss_a + loss_b).backward()  # one backward over both losses, before any weight changes
for p, ga, gb in zip(params, grads_a, grads_b):
    assert torch.allclose(p.grad, ga + gb)
before = [p.detach().clone() for p in params]
optimizer.step()
for p, b in zip(params, before):
    assert torch.allclose(p.detach(), b - 0.1 * p.grad)  # plain SGD update
print("one backward on loss_a + loss_b, then one optimizer.step(): OK")
