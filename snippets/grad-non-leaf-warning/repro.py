"""Reproduce: weights created with requires_grad=True and then scaled have no .grad after backward()."""
import torch
import torch.nn.functional as F

x = torch.randn(64, 3)
y = (x.sum(dim=1, keepdim=True) > 0).float()

# --8<-- [start:cause]
w = torch.randn(3, 1, requires_grad=True) * 0.01  # small init; w is the product, not a leaf
b = torch.zeros(1, requires_grad=True)
# --8<-- [end:cause]
loss = F.binary_cross_entropy_with_logits(x @ w + b, y)
loss.backward()
print("b.grad:", b.grad)
print("w.grad:", w.grad)
