"""Fix without bias: torch.linalg.vector_norm, or a "double where" safe sqrt. Both give exactly 0
at the origin with gradient 0 there, and the analytic gradient g / |g| everywhere else."""
import torch
import torch.nn.functional as F


def norm_vector_norm(gx, gy):
    return torch.linalg.vector_norm(torch.stack([gx, gy]), dim=0)


def norm_safe_sqrt(gx, gy):
    sq = gx**2 + gy**2
    pos = sq > 0
    # Inner where: sqrt never sees 0, so its backward never computes 1 / 0.
    # Outer where: put the exact 0 back where the input was 0.
    safe = torch.sqrt(torch.where(pos, sq, torch.ones_like(sq)))
    return torch.where(pos, safe, torch.zeros_like(sq))


# 1. The analytic gradient on points that include the origin: d|g|/dgx = gx / |g|, and 0 at 0.
gx0 = torch.tensor([0.0, 3.0, -1.0, 0.0])
gy0 = torch.tensor([0.0, 4.0, 0.0, 2.0])
r = torch.sqrt(gx0**2 + gy0**2)
want_x = torch.where(r > 0, gx0 / r, 0.0)  # plain tensors, no autograd: the 0/0 is discarded
want_y = torch.where(r > 0, gy0 / r, 0.0)
for norm in (norm_vector_norm, norm_safe_sqrt):
    gx, gy = gx0.clone().requires_grad_(), gy0.clone().requires_grad_()
    m = norm(gx, gy)
    m.sum().backward()
    assert torch.equal(m.detach(), r)  # exact value, 0 at the origin (no epsilon bias)
    assert torch.allclose(gx.grad, want_x) and torch.allclose(gy.grad, want_y)

# 2. The reproducers' pipeline, thresholded and plain: finite gradients, exact zeros.
pred = torch.zeros(1, 1, 6, 6)
pred[..., 3:] = 1.0
pred.requires_grad_()
sobel_x = torch.tensor([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]]).view(1, 1, 3, 3)
grad_x = F.conv2d(pred, sobel_x, padding=1)
grad_y = F.conv2d(pred, sobel_x.transpose(2, 3), padding=1)
grads = []
for norm in (norm_vector_norm, norm_safe_sqrt):
    grad_mag = norm(grad_x, grad_y)
    edges = torch.where(grad_mag > 1.0, grad_mag, torch.zeros_like(grad_mag))
    for loss in (edges.mean(), grad_mag.mean()):
        (g,) = torch.autograd.grad(loss, pred, retain_graph=True)
        assert torch.isfinite(g).all()
        grads.append(g)
    assert int((grad_mag == 0).sum()) == 16
assert torch.allclose(grads[0], grads[2]) and torch.allclose(grads[1], grads[3])  # both agree

# 3. Not a fix: torch.hypot's gradient at (0, 0) is nan too. (And a single where after sqrt,
#    as in repro.py, still lets sqrt's backward compute 0 / (2 * sqrt(0)) = nan.)
x = torch.zeros(1, requires_grad=True)
torch.hypot(x, torch.zeros(1)).sum().backward()
assert torch.isnan(x.grad).all()
print("vector_norm and double-where sqrt: exact value, finite gradient, d|g|/dg = g/|g|; hypot at 0: nan")
