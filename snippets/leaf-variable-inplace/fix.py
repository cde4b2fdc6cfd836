"""Fix: write the kernel under torch.no_grad(), then freeze it: a Gaussian blur must stay fixed."""
import numpy as np
import torch
import torch.nn.functional as F
from torch import nn


def get_gaussian_kernel(k, mu=0.0, sigma=1.0):
    ax = np.linspace(-(k // 2), k // 2, k)
    g = np.exp(-((ax - mu) ** 2) / (2 * sigma**2))
    kernel = np.outer(g, g)
    return kernel / kernel.sum()


class BlurNet(nn.Module):
    def __init__(self, k_gaussian=5, mu=0.0, sigma=1.0):
        super().__init__()
        gaussian_2D = get_gaussian_kernel(k_gaussian, mu, sigma)
        self.gaussian_filter = nn.Conv2d(in_channels=1, out_channels=1, kernel_size=k_gaussian,
                                         padding=k_gaussian // 2, bias=False)
        # --8<-- [start:fix]
        with torch.no_grad():  # not part of the graph: autograd has nothing to protect
            self.gaussian_filter.weight.copy_(torch.from_numpy(gaussian_2D))  # (k,k) -> (1,1,k,k), float64 -> float32
        self.gaussian_filter.weight.requires_grad_(False)  # fixed filter, not trained
        # --8<-- [end:fix]
        self.head = nn.Conv2d(1, 1, kernel_size=3, padding=1)  # a layer that is trained

    def forward(self, x):
        return self.head(self.gaussian_filter(x))


model = BlurNet()
kernel = torch.from_numpy(get_gaussian_kernel(5)).float().view(1, 1, 5, 5)
weight = model.gaussian_filter.weight
assert torch.equal(weight, kernel)  # the kernel really is in the layer

# The blog post's "fix" (commenting the line out) keeps the random initial weights instead:
assert not torch.allclose(nn.Conv2d(1, 1, 5, padding=2, bias=False).weight, kernel)

x = torch.randn(2, 1, 16, 16)
assert torch.allclose(model.gaussian_filter(x), F.conv2d(x, kernel, padding=2), atol=1e-6)

# Train the model: the head changes, the blur does not.
before_head = model.head.weight.detach().clone()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
loss = F.mse_loss(model(x), torch.randn(2, 1, 16, 16))
loss.backward()
opt.step()
assert weight.grad is None and torch.equal(weight, kernel)
assert not torch.equal(model.head.weight, before_head)
print("kernel sum:", round(weight.sum().item(), 6), "| blur unchanged after opt.step():", torch.equal(weight, kernel))
