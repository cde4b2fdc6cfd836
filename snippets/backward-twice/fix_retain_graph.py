"""When a second backward through the same graph is really needed: retain_graph=True on the first one."""
import torch
from torch import nn

torch.manual_seed(0)
trunk, head_a, head_b = nn.Linear(4, 4), nn.Linear(4, 1), nn.Linear(4, 1)
x = torch.randn(6, 4)

# Two losses share the trunk's part of the graph. Keep it alive for the second backward().
features = torch.tanh(trunk(x))
loss_a, loss_b = head_a(features).pow(2).mean(), head_b(features).abs().mean()
loss_a.backward(retain_graph=True)
loss_b.backward()  # would raise without retain_graph=True above
grad_two_calls = trunk.weight.grad.clone()

# Same gradients with one backward() on the sum, which needs no retained graph at all.
trunk.zero_grad()
features = torch.tanh(trunk(x))
(head_a(features).pow(2).mean() + head_b(features).abs().mean()).backward()
assert torch.allclose(trunk.weight.grad, grad_two_calls)

# backward() twice on the very same loss accumulates: the gradient doubles.
trunk.zero_grad()
loss = torch.tanh(trunk(x)).sum()
loss.backward(retain_graph=True)
once = trunk.weight.grad.clone()
loss.backward()
assert torch.allclose(trunk.weight.grad, 2 * once)
print("two backward() calls == one backward() of the sum; same loss twice -> 2x gradient")
