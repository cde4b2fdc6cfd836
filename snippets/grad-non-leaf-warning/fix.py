"""Fix: build the tensor first (scaled, on its device), then make it the leaf with requires_grad_()."""
import torch
import torch.nn.functional as F

x = torch.randn(64, 3)
y = (x.sum(dim=1, keepdim=True) > 0).float()
device = torch.device("cpu")  # the same code with torch.device("cuda") on a GPU

# --8<-- [start:fix]
w = (torch.randn(3, 1, device=device) * 0.01).requires_grad_()  # scaled first, then a leaf
b = torch.zeros(1, device=device, requires_grad=True)
# --8<-- [end:fix]
assert w.is_leaf and b.is_leaf

losses = []
for _ in range(50):
    loss = F.binary_cross_entropy_with_logits(x @ w + b, y)
    loss.backward()
    assert w.grad is not None and w.grad.shape == w.shape   # populated, and no warning
    with torch.no_grad():
        w -= 0.5 * w.grad
        b -= 0.5 * b.grad
    w.grad = None
    b.grad = None
    losses.append(loss.item())

assert losses[-1] < losses[0] / 2
print(f"w is a leaf: {w.is_leaf} | loss {losses[0]:.3f} -> {losses[-1]:.3f}")
