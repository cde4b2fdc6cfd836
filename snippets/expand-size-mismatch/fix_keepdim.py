"""Fix: keep the reduced dimension (keepdim=True) and let broadcasting do the expansion, or use F.normalize."""
import torch
import torch.nn.functional as F

x = torch.randn(96, 64)
norm = torch.linalg.vector_norm(x, dim=1, keepdim=True)   # (96, 1): size 1 where rows were reduced
x_unit = x / norm                               # (96, 64) / (96, 1) broadcasts along dim 1
assert norm.shape == (96, 1) and x_unit.shape == (96, 64)
assert torch.allclose(torch.linalg.vector_norm(x_unit, dim=1), torch.ones(96))

# expand_as works too once the size-1 dimension exists; it only ever stretches sizes of 1.
assert torch.equal(x / norm.expand_as(x), x_unit)
assert torch.equal(x / torch.linalg.vector_norm(x, dim=1).unsqueeze(1).expand_as(x), x_unit)

# The library function does the same (and guards against division by zero with eps).
assert torch.allclose(F.normalize(x, p=2, dim=1), x_unit)
print("unit rows:", tuple(x_unit.shape))
