"""Fix: reduce the loss to a scalar (mean or sum) before backward(), or pass an explicit gradient."""
import torch
import torch.nn.functional as F

model = torch.nn.Linear(3, 1)
x, target = torch.randn(4, 3), torch.randn(4, 1)

# 1. Reduce to a scalar. mean() is what the default reduction="mean" of every loss does.
# --8<-- [start:fix]
loss = F.mse_loss(model(x), target, reduction="none")
loss.mean().backward()
# --8<-- [end:fix]
grad_mean = model.weight.grad.clone()

model.zero_grad()
F.mse_loss(model(x), target).backward()  # built-in reduction: same gradient
assert torch.allclose(grad_mean, model.weight.grad)

# 2. Keep the vector and say how to weight each element: backward(gradient=...).
#    A gradient of ones is the same as loss.sum().backward().
model.zero_grad()
loss = F.mse_loss(model(x), target, reduction="none")
loss.backward(gradient=torch.ones_like(loss))
assert torch.allclose(model.weight.grad, grad_mean * loss.numel())
print("weight.grad after loss.mean().backward():", grad_mean)
