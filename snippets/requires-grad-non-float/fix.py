"""Fix: create the learnable tensor with a floating-point dtype (float literals or dtype=)."""
import torch

# --8<-- [start:fix]
params = torch.tensor([1.0, 0.0], requires_grad=True)  # float literals -> torch.float32
# or: torch.tensor([1, 0], dtype=torch.float32, requires_grad=True)
# or, from an existing integer tensor: int_tensor.float().requires_grad_()
# --8<-- [end:fix]
assert params.dtype == torch.float32 and params.is_leaf
# Converting to an integer dtype later does not raise: it silently drops requires_grad.
assert not params.to(torch.long).requires_grad

# Fit y = scale * x + offset to data generated with scale 2, offset 1.
x = torch.linspace(-1, 1, 32)
y = 2 * x + 1
optimizer = torch.optim.SGD([params], lr=0.5)
for _ in range(100):
    optimizer.zero_grad()
    loss = ((params[0] * x + params[1] - y) ** 2).mean()
    loss.backward()
    optimizer.step()

assert params.grad is not None and params.grad.dtype == torch.float32
assert torch.allclose(params.detach(), torch.tensor([2.0, 1.0]), atol=1e-3), params
print("dtype:", params.dtype, "| fitted scale and offset:", [round(v, 3) for v in params.tolist()])
