"""Reproduce: a hand-written training loop zeroes the gradients before the first backward()."""
import torch

x = torch.randn(64, 3)
y = x @ torch.tensor([[2.0], [-1.0], [0.5]]) + 0.3
w = torch.zeros(3, 1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
print("w.grad before the first backward():", w.grad)

for step in range(100):
    # --8<-- [start:cause]
    w.grad.zero_()   # "reset the gradients first", but .grad is None until a backward() fills it
    b.grad.zero_()
    # --8<-- [end:cause]
    loss = ((x @ w + b - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
        b -= 0.1 * b.grad
