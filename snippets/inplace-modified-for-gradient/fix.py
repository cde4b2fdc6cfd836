"""Fix: make the operation out of place (out = out + x), then check the gradient against a reference."""
import torch
from torch import nn

fc = nn.Linear(4, 4)
x = torch.randn(2, 4)

out = torch.relu(fc(x))
# --8<-- [start:fix]
out = out + x  # a new tensor; ReLU's saved output stays untouched
# --8<-- [end:fix]
out.sum().backward()
grad_fixed = fc.weight.grad.clone()

# Reference by hand: d sum(relu(z) + x) / dz = (z > 0), and z = x W^T + b, so dW = (z > 0)^T x.
with torch.no_grad():
    mask = (fc(x) > 0).float()
assert torch.allclose(grad_fixed, mask.T @ x)

# Cloning first also works: the in-place add then hits the copy, not ReLU's output.
fc.zero_grad()
out = torch.relu(fc(x)).clone()
out += x
out.sum().backward()
assert torch.allclose(fc.weight.grad, grad_fixed)

# In-place is fine where nothing saved the tensor: BatchNorm's backward does not need its output,
# so a ResNet-style `out += identity` after it, then ReLU(inplace=True), gives correct gradients.
bn = nn.BatchNorm1d(4)
grads = []
for inplace in (True, False):
    fc.zero_grad()
    out = bn(fc(x))
    if inplace:
        out += x
        out = nn.ReLU(inplace=True)(out)
    else:
        out = torch.relu(out + x)
    out.pow(2).sum().backward()
    grads.append(fc.weight.grad.clone())
assert torch.allclose(grads[0], grads[1])
print("weight.grad matches the reference:", tuple(grad_fixed.shape))
