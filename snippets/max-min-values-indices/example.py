"""max / min over the whole tensor, over one dim (values and indices), and argmax."""
import torch

x = torch.tensor([[1.0, 5.0, 5.0],
                  [7.0, 2.0, 7.0]])

# %% x.max() / x.min(): one number, as a 0-d tensor
m = x.max()
assert m.shape == () and m.dim() == 0 and m.item() == 7.0
assert x.min().item() == 1.0
print("x.max():", m, "->", m.item())

# %% x.max(dim): a named tuple (values, indices)
values, indices = x.max(dim=1)  # unpacks like a tuple ...
r = x.max(dim=1)
assert torch.equal(r.values, values) and torch.equal(r.indices, indices)  # ... or by name
assert values.tolist() == [5.0, 7.0]
assert indices.tolist() == [1, 0]  # ties: the index of the first maximum
assert indices.dtype == torch.int64
print(r)

# %% keepdim=True keeps the reduced dim with size 1 (handy for broadcasting)
kv, ki = x.max(dim=1, keepdim=True)
assert kv.shape == (2, 1) and ki.shape == (2, 1)
assert torch.equal(x / kv, x / values[:, None])  # row-wise normalisation
print("keepdim shapes:", tuple(kv.shape), tuple(ki.shape))

# %% argmax / argmin: only the indices
assert x.argmax().item() == 3  # no dim: an index into x.flatten()
assert x.flatten()[x.argmax()] == x.max()
assert torch.equal(x.argmax(dim=1), indices)
assert x.argmin(dim=0).tolist() == [0, 1, 0]
print("argmax():", x.argmax().item(), "| argmax(dim=1):", x.argmax(dim=1).tolist())

# %% Pitfall: torch.max(x, 0) reduces dim 0; it is not max(x, 0) elementwise
r0 = torch.max(x - 4, 0)
assert isinstance(r0, tuple) and r0.values.tolist() == [3.0, 1.0, 3.0]
relu = torch.clamp(x - 4, min=0)  # elementwise max with 0
assert torch.equal(relu, torch.maximum(x - 4, torch.tensor(0.0)))
print("torch.max(x - 4, 0).values:", r0.values.tolist(), "| clamp(x - 4, min=0):", relu.tolist())
try:
    torch.max(x, 0.0)  # a float is neither a dim nor a tensor
except TypeError as e:
    print("torch.max(x, 0.0):", type(e).__name__)
else:
    raise AssertionError("torch.max(x, 0.0) should raise TypeError")

# %% Pitfall: max(dim) is a tuple, take .values before doing arithmetic
try:
    x.max(1) + 1
except TypeError as e:
    print("x.max(1) + 1:", type(e).__name__)
else:
    raise AssertionError("a tuple plus an int should raise TypeError")
assert torch.equal(x.max(1).values + 1, torch.tensor([6.0, 8.0]))

# %% Pitfall: an empty tensor has no max unless you reduce along a dim
try:
    torch.tensor([]).max()
except RuntimeError as e:
    print("torch.tensor([]).max():", e)
else:
    raise AssertionError("max of an empty tensor should raise")
assert torch.empty(0, 3).max(dim=1).values.shape == (0,)  # along a dim: an empty result
