"""Fix (the one the blog post used): interpolate unconditionally, so the trace records the op for every input."""
import warnings

import torch
import torch.nn.functional as F
from torch import nn


class Fuse(nn.Module):
    def forward(self, c, att):
        # No Python `if`: interpolate is recorded with its size read from `c` at run time.
        # --8<-- [start:fix]
        att = F.interpolate(att, c.size()[2:], mode="bilinear", align_corners=False)
        # --8<-- [end:fix]
        return c * att


# Resizing to the size a tensor already has changes nothing, so dropping the `if` is free.
att = torch.randn(1, 4, 16, 16)
assert torch.equal(F.interpolate(att, att.size()[2:], mode="bilinear", align_corners=False), att)

model = Fuse().eval()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    traced = torch.jit.trace(model, (torch.randn(1, 4, 16, 16), torch.randn(1, 4, 16, 16)))
categories = sorted({w.category.__name__ for w in caught})
assert "TracerWarning" not in categories, categories
print("warnings while tracing:", categories)

for c_size, att_size in [(16, 16), (32, 16)]:  # the traced sizes, and sizes that need resizing
    c, att = torch.randn(1, 4, c_size, c_size), torch.randn(1, 4, att_size, att_size)
    out = traced(c, att)
    assert torch.allclose(out, model(c, att)), (c_size, att_size)
    print(f"c {c_size}x{c_size}, att {att_size}x{att_size}: traced {tuple(out.shape)} == eager")
