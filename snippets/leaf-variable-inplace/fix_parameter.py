"""Alternatives: assign a new frozen nn.Parameter, or keep the kernel as a buffer and call F.conv2d."""
import numpy as np
import torch
import torch.nn.functional as F
from torch import nn


def get_gaussian_kernel(k, mu=0.0, sigma=1.0):
    ax = np.linspace(-(k // 2), k // 2, k)
    g = np.exp(-((ax - mu) ** 2) / (2 * sigma**2))
    kernel = np.outer(g, g)
    return kernel / kernel.sum()


kernel = torch.from_numpy(get_gaussian_kernel(5)).float().view(1, 1, 5, 5)
x = torch.randn(2, 1, 16, 16)
reference = F.conv2d(x, kernel, padding=2)


# 1. Replace the weight Parameter: assignment creates a new object, nothing is modified in place.
class BlurParam(nn.Module):
    def __init__(self):
        super().__init__()
        self.gaussian_filter = nn.Conv2d(1, 1, kernel_size=5, padding=2, bias=False)
        self.gaussian_filter.weight = nn.Parameter(kernel.clone(), requires_grad=False)

    def forward(self, x):
        return self.gaussian_filter(x)


# 2. A buffer: saved in state_dict and moved by .to(), but never a parameter, so never trained.
class BlurBuffer(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("kernel", kernel.clone())

    def forward(self, x):
        return F.conv2d(x, self.kernel, padding=self.kernel.shape[-1] // 2)


p, b = BlurParam(), BlurBuffer()
assert torch.allclose(p(x), reference, atol=1e-6) and torch.allclose(b(x), reference, atol=1e-6)
assert not p.gaussian_filter.weight.requires_grad
assert list(b.parameters()) == [] and "kernel" in b.state_dict()
torch.save(b.state_dict(), "blur.pt")  # round-trip through a checkpoint
restored = BlurBuffer()
restored.kernel.zero_()
restored.load_state_dict(torch.load("blur.pt"))
assert torch.equal(restored.kernel, kernel)
print("frozen Parameter and buffer both match F.conv2d(x, kernel); buffer in state_dict:", "kernel" in b.state_dict())
