"""The blog post's unsqueeze(0).repeat(3, 1, 1), and expand: same values, no copy."""
import torch


def same_storage(a, b):
    return a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr()


# %% The blog post: add a leading dim, then copy it 3 times (e.g. gray -> 3 channels)
x = torch.randn(366, 400)
u = x.unsqueeze(0)
assert u.shape == (1, 366, 400) and same_storage(u, x)  # unsqueeze is a view
r = u.repeat(3, 1, 1)
assert r.shape == (3, 366, 400)
print("unsqueeze:", tuple(u.shape), "| repeat(3, 1, 1):", tuple(r.shape))

# %% expand gives the same values without copying: the new dim has stride 0
e = u.expand(3, -1, -1)  # -1 keeps that dim's size
assert e.shape == (3, 366, 400) and torch.equal(e, r)
assert e.stride() == (0, 400, 1) and r.stride() == (146400, 400, 1)
assert same_storage(e, x) and e.data_ptr() == x.data_ptr()  # a view of x
assert not same_storage(r, x)  # a new tensor
print("strides: expand", e.stride(), "| repeat", r.stride())

# %% Memory: expand adds nothing, repeat stores every copy
x_bytes = x.untyped_storage().nbytes()
assert x_bytes == 366 * 400 * 4
assert e.untyped_storage().nbytes() == x_bytes  # it is x's storage
assert r.untyped_storage().nbytes() == 3 * x_bytes
print("bytes: x", x_bytes, "| expand", e.untyped_storage().nbytes(),
      "| repeat", r.untyped_storage().nbytes())

# %% Writing to the repeated tensor leaves x alone
before = x.clone()
r[0, 0, 0] = 100.0
assert torch.equal(x, before) and r[1, 0, 0] == x[0, 0]
print("after r[0, 0, 0] = 100: x[0, 0] unchanged:", bool(x[0, 0] == before[0, 0]))

# %% expand_as, and expand straight from 2-D: new dims go in front
assert x.expand(3, 366, 400).shape == (3, 366, 400)  # no unsqueeze needed
target = torch.empty(3, 366, 400)
assert x.expand_as(target).shape == target.shape
bias = torch.tensor([1.0, 2.0, 3.0])
assert bias.expand(2, -1).tolist() == [[1.0, 2.0, 3.0], [1.0, 2.0, 3.0]]
print(bias.expand(2, -1))

# %% expand only stretches dims of size 1; repeat tiles any dim
try:
    torch.zeros(2, 3).expand(4, 3)
except RuntimeError as err:
    print("expand(4, 3) on (2, 3):", err)
else:
    raise AssertionError("expand of a size-2 dim should fail")
assert torch.zeros(2, 3).repeat(2, 1).shape == (4, 3)

# %% Often you need neither: arithmetic broadcasts a size-1 dim by itself
weights = torch.tensor([0.299, 0.587, 0.114])  # one factor per channel
scaled = x.unsqueeze(0) * weights[:, None, None]  # (1, 366, 400) * (3, 1, 1)
assert scaled.shape == (3, 366, 400)
assert torch.equal(scaled, x.unsqueeze(0).repeat(3, 1, 1) * weights[:, None, None])  # same result, no copy
print("broadcast:", tuple(x.unsqueeze(0).shape), "*", tuple(weights[:, None, None].shape),
      "->", tuple(scaled.shape))
