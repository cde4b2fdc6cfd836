"""Alternative: switch determinism off only around the one operation that has no deterministic version."""
import contextlib

import torch
from torch import nn


# --8<-- [start:fix]
@contextlib.contextmanager
def nondeterministic_allowed():
    """Temporarily allow nondeterministic algorithms, then restore the previous setting."""
    mode, warn_only = torch.are_deterministic_algorithms_enabled(), torch.is_deterministic_algorithms_warn_only_enabled()
    torch.use_deterministic_algorithms(False)
    try:
        yield
    finally:
        torch.use_deterministic_algorithms(mode, warn_only=warn_only)
# --8<-- [end:fix]


torch.use_deterministic_algorithms(True)
pool, unpool = nn.MaxPool2d(2, return_indices=True), nn.MaxUnpool2d(2)
x = torch.randn(2, 8, 8, 8, requires_grad=True)
pooled, indices = pool(x)
with nondeterministic_allowed():
    out = unpool(pooled, indices)
# The setting applies when an operation runs: if the nondeterministic part is a backward kernel
# (a CUDA-only case such as bilinear interpolation), call backward() inside the block as well.
out.sum().backward()

assert torch.are_deterministic_algorithms_enabled()  # restored for the rest of the program
assert out.shape == x.shape and x.grad.shape == x.shape
print("unpooled:", tuple(out.shape), "| deterministic mode restored:", torch.are_deterministic_algorithms_enabled())
