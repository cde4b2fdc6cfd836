"""Fix (the one the blog post used): add a small epsilon under the square root, so sqrt never sees exactly 0."""
import torch
import torch.nn.functional as F

pred = torch.zeros(1, 1, 6, 6)
pred[..., 3:] = 1.0
pred.requires_grad_()
sobel_x = torch.tensor([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]]).view(1, 1, 3, 3)
grad_x = F.conv2d(pred, sobel_x, padding=1)
grad_y = F.conv2d(pred, sobel_x.transpose(2, 3), padding=1)
flat = (grad_x == 0) & (grad_y == 0)

# --8<-- [start:fix]
eps = 1e-8
grad_mag = torch.sqrt(grad_x**2 + grad_y**2 + eps)
# --8<-- [end:fix]

# Both losses from the reproducers now have finite gradients (no anomaly mode needed to check that).
edges = torch.where(grad_mag > 1.0, grad_mag, torch.zeros_like(grad_mag))
(g_edges,) = torch.autograd.grad(edges.mean(), pred, retain_graph=True)
(g_plain,) = torch.autograd.grad(grad_mag.mean(), pred)
assert torch.isfinite(g_edges).all() and torch.isfinite(g_plain).all()

# The price: the value is biased. Flat pixels get sqrt(eps) = 1e-4 instead of 0,
# elsewhere the error is about eps / (2 * |g|), far below float32 resolution here.
exact = torch.sqrt(grad_x**2 + grad_y**2).detach()
assert torch.allclose(grad_mag[flat], torch.tensor(eps**0.5))
assert torch.allclose(grad_mag[~flat], exact[~flat], rtol=1e-6)
# The gradient is damped near 0 too: at |g| = 1e-4 it is g / sqrt(g**2 + eps) = 0.71, not 1.
g = torch.tensor(1e-4, requires_grad=True)
torch.sqrt(g**2 + eps).backward()
assert abs(g.grad.item() - 2**-0.5) < 1e-3
# And 1e-8 is below float16's smallest number: under fp16 it rounds to 0 and the nan comes back.
h = torch.zeros(1, dtype=torch.float16, requires_grad=True)
torch.sqrt(h**2 + eps).sum().backward()
assert torch.isnan(h.grad).all()
print(f"gradients finite: True | grad_mag on flat pixels: {grad_mag[flat].max().item():.1e} (exact: 0)")
