"""repeat tiles the whole tensor; repeat_interleave repeats each element in place."""
import numpy as np
import torch

t = torch.tensor([[1, 2],
                  [3, 4]])

# %% Along rows: repeat -> 1 2 / 3 4 / 1 2 / 3 4; repeat_interleave -> 1 2 / 1 2 / 3 4 / 3 4
assert t.repeat(2, 1).tolist() == [[1, 2], [3, 4], [1, 2], [3, 4]]
assert t.repeat_interleave(2, dim=0).tolist() == [[1, 2], [1, 2], [3, 4], [3, 4]]
print("repeat(2, 1):")
print(t.repeat(2, 1))
print("repeat_interleave(2, dim=0):")
print(t.repeat_interleave(2, dim=0))

# %% Along columns
assert t.repeat(1, 2).tolist() == [[1, 2, 1, 2], [3, 4, 3, 4]]
assert t.repeat_interleave(2, dim=1).tolist() == [[1, 1, 2, 2], [3, 3, 4, 4]]

# %% Without dim, repeat_interleave flattens; with a tensor, each row gets its own count
assert t.repeat_interleave(2).tolist() == [1, 1, 2, 2, 3, 3, 4, 4]
assert t.repeat_interleave(torch.tensor([1, 3]), dim=0).tolist() == [[1, 2], [3, 4], [3, 4], [3, 4]]

# %% repeat needs at least one count per dim; extra counts add leading dims
assert t.repeat(3, 1, 1).shape == (3, 2, 2)
try:
    t.repeat(2)
except RuntimeError as err:
    print("t.repeat(2):", err)
else:
    raise AssertionError("repeat with fewer counts than dims should fail")

# %% NumPy names: torch.repeat_interleave is np.repeat, Tensor.repeat is np.tile
assert np.array_equal(np.repeat(t.numpy(), 2, axis=0), t.repeat_interleave(2, dim=0).numpy())
assert np.array_equal(np.tile(t.numpy(), (2, 1)), t.repeat(2, 1).numpy())
