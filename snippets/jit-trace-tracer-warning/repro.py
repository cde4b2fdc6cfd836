"""Reproduce: torch.jit.trace turns an `if` on tensor sizes into a constant (TracerWarning)."""
import torch
import torch.nn.functional as F
from torch import nn


class Fuse(nn.Module):
    """The blog post's pattern: resize `att` to `c` only when their sizes differ."""

    def forward(self, c, att):
        # --8<-- [start:cause]
        if c.size()[2:] != att.size()[2:]:  # a Python bool computed from traced sizes: TracerWarning
            att = F.interpolate(att, c.size()[2:], mode="bilinear", align_corners=False)
        # --8<-- [end:cause]
        return c * att


model = Fuse().eval()
# Traced with equal sizes, so the trace records "no interpolate" and nothing else.
traced = torch.jit.trace(model, (torch.randn(1, 4, 16, 16), torch.randn(1, 4, 16, 16)))

c, att = torch.randn(1, 4, 32, 32), torch.randn(1, 4, 16, 16)
print("eager output:", tuple(model(c, att).shape))
try:
    traced(c, att)
except RuntimeError as exc:
    print("traced output:", str(exc).strip().splitlines()[-1])  # last line of the TorchScript error
