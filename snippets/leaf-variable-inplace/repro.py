"""Reproduce (the code from the blog post this page cites): write a Gaussian kernel into a Conv2d's weight in __init__."""
import numpy as np
import torch
from torch import nn


def get_gaussian_kernel(k, mu=0.0, sigma=1.0):
    ax = np.linspace(-(k // 2), k // 2, k)
    g = np.exp(-((ax - mu) ** 2) / (2 * sigma**2))
    kernel = np.outer(g, g)
    return kernel / kernel.sum()  # (k, k), sums to 1


class Blur(nn.Module):
    def __init__(self, k_gaussian=5, mu=0.0, sigma=1.0):
        super().__init__()
        gaussian_2D = get_gaussian_kernel(k_gaussian, mu, sigma)
        self.gaussian_filter = nn.Conv2d(in_channels=1, out_channels=1, kernel_size=k_gaussian,
                                         padding=k_gaussian // 2, bias=False)
        print("weight is a leaf:", self.gaussian_filter.weight.is_leaf,
              "| requires_grad:", self.gaussian_filter.weight.requires_grad)
        # --8<-- [start:cause]
        self.gaussian_filter.weight[:] = torch.from_numpy(gaussian_2D)
        # --8<-- [end:cause]


Blur()
