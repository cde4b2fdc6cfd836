"""Reproduce: diffusion timesteps drawn as floats are used to index the noise schedule."""
import torch

T = 1000
alpha_bar = torch.cumprod(1 - torch.linspace(1e-4, 0.02, T), dim=0)  # one value per timestep

x0 = torch.randn(4, 3, 8, 8)
# --8<-- [start:cause]
t = (torch.rand(4) * T).floor()  # whole numbers, but floor() keeps float32
print("t:", t.tolist(), t.dtype)
a = alpha_bar[t]  # a float tensor as an index
# --8<-- [end:cause]
