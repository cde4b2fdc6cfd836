"""The blog post's per-sample loop in forward() vs one batched call vs torch.func.vmap."""
import torch
from torch import nn
from torch.func import vmap

net = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.ReLU(), nn.Conv2d(8, 2, 3, padding=1))
x = torch.randn(5, 3, 16, 16)  # B, C, H, W


# %% The blog post's pattern: loop over the batch, one sample (kept 4-D) at a time
class LoopNet(nn.Module):
    def __init__(self, net):
        super().__init__()
        self.net = net

    def forward(self, x):
        B, C, H, W = x.shape
        outs = []
        for i in range(B):
            xi = x[i, ...][None, ...]  # (1, C, H, W)
            outs.append(self.net(xi))
        return torch.cat(outs, dim=0)  # collect the results, or they are lost


with torch.no_grad():
    looped = LoopNet(net)(x)
    batched = net(x)  # the same layers, one call for the whole batch
assert looped.shape == batched.shape == (5, 2, 16, 16)
# Equal up to float rounding (the batched kernels may sum in another order): allclose, not equal
assert torch.allclose(looped, batched, rtol=1e-5, atol=1e-6)
print("loop vs batch:", tuple(looped.shape), "allclose:", torch.allclose(looped, batched, rtol=1e-5, atol=1e-6))


# %% vmap: write the function for ONE sample, let torch.func.vmap batch it
def per_sample(xi):  # xi: (C, H, W)
    return net(xi[None])[0]


with torch.no_grad():
    vmapped = vmap(per_sample)(x)  # maps over dim 0 of x
assert vmapped.shape == batched.shape
assert torch.allclose(vmapped, batched, rtol=1e-5, atol=1e-6)
print("vmap vs batch:", tuple(vmapped.shape), "allclose:", torch.allclose(vmapped, batched, rtol=1e-5, atol=1e-6))
