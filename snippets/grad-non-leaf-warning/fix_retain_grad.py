"""Fix, when you do want the gradient of an intermediate tensor: call retain_grad() before backward()."""
import torch
import torch.nn.functional as F
from torch import nn

model = nn.Sequential(nn.Linear(3, 8), nn.Tanh(), nn.Linear(8, 1))
x = torch.randn(64, 3)
y = (x.sum(dim=1, keepdim=True) > 0).float()

hidden = model[1](model[0](x))          # an intermediate activation: not a leaf
# --8<-- [start:fix]
hidden.retain_grad()                    # ask autograd to keep this non-leaf's gradient
# --8<-- [end:fix]
logits = model[2](hidden)
loss = F.binary_cross_entropy_with_logits(logits, y)
loss.backward()

assert not hidden.is_leaf and hidden.grad is not None
# d loss / d hidden = d loss / d logits @ W2, and d loss / d logits = (sigmoid(logits) - y) / N
expected = ((torch.sigmoid(logits) - y) / len(x)).detach() @ model[2].weight.detach()
assert torch.allclose(hidden.grad, expected, atol=1e-6)
print("hidden.grad:", tuple(hidden.grad.shape), "| matches the analytic gradient")
