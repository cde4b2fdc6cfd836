"""Slicing with and without keeping the dimension (blog post Pytorch中知识点03, point 14)."""
import torch

a = torch.randn(16, 3, 320, 320)

# %% An integer index removes the dim; a slice or None keeps it
a1 = a[0]
a2 = a[0:1]
a3 = a[None, 0]  # index 0 drops dim 0, None inserts a new size-1 dim in front
assert a1.shape == (3, 320, 320)
assert a2.shape == a3.shape == (1, 3, 320, 320)
assert torch.equal(a2, a3) and torch.equal(a2[0], a1)
print("a[0]:", tuple(a1.shape), "| a[0:1]:", tuple(a2.shape), "| a[None, 0]:", tuple(a3.shape))

# %% squeeze / unsqueeze on a (1, 1, 320, 320) tensor
b = torch.randn(1, 1, 320, 320)
b1 = b[0]
b2 = b[0].squeeze(0)
b3 = b[0].unsqueeze(0)
assert b1.shape == (1, 320, 320)
assert b2.shape == (320, 320)
assert b3.shape == (1, 1, 320, 320)
print("b[0]:", tuple(b1.shape), "| b[0].squeeze(0):", tuple(b2.shape), "| b[0].unsqueeze(0):", tuple(b3.shape))

# %% squeeze only removes size-1 dims; squeeze() without a dim removes all of them
assert a[0].squeeze(0).shape == (3, 320, 320)  # dim 0 has size 3: nothing happens
assert b.squeeze().shape == (320, 320)  # the batch dim is gone too
assert b.squeeze(1).shape == (1, 320, 320)  # name the dim to keep the batch
print("a[0].squeeze(0):", tuple(a[0].squeeze(0).shape), "| b.squeeze():", tuple(b.squeeze().shape))

# %% Other ways to keep the dim: a list index, index_select, narrow
assert a[[0]].shape == (1, 3, 320, 320)  # advanced indexing
assert a.index_select(0, torch.tensor([0])).shape == (1, 3, 320, 320)
assert a.narrow(0, 0, 1).shape == (1, 3, 320, 320)  # narrow(dim, start, length) == a[0:1]
assert a[[0, 5, 9]].shape == (3, 3, 320, 320)  # picks any rows, in any order
print("a[[0]], index_select, narrow:", tuple(a[[0]].shape))

# %% Ellipsis (...) stands for "all the remaining dims"
assert a[0, ...].shape == a[0].shape == (3, 320, 320)
assert a[..., 0].shape == (16, 3, 320)  # last dim indexed away
assert a[..., 0:1].shape == (16, 3, 320, 1)  # last dim kept
assert a[:, None].shape == (16, 1, 3, 320, 320)
print("a[..., 0]:", tuple(a[..., 0].shape), "| a[..., 0:1]:", tuple(a[..., 0:1].shape))

# %% Reductions: keepdim=True keeps the reduced dim with size 1
assert a.sum(dim=1).shape == (16, 320, 320)
assert a.sum(dim=1, keepdim=True).shape == (16, 1, 320, 320)
mean = a.mean(dim=(2, 3), keepdim=True)
assert mean.shape == (16, 3, 1, 1) and (a - mean).shape == a.shape  # broadcasts back
print("sum(dim=1, keepdim=True):", tuple(a.sum(dim=1, keepdim=True).shape))
