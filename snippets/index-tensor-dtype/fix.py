"""Fix: create index tensors as int64, and convert ids loaded as floats only after checking them."""
import numpy as np
import torch
import torch.nn.functional as F

T = 1000
alpha_bar = torch.cumprod(1 - torch.linspace(1e-4, 0.02, T), dim=0)

# --8<-- [start:fix]
t = torch.randint(0, T, (4,))  # int64 timesteps, uniform over 0..T-1
a = alpha_bar[t]
# --8<-- [end:fix]
assert t.dtype == torch.int64 and a.shape == (4,)
assert torch.equal(a, torch.stack([alpha_bar[i] for i in t.tolist()]))


def as_index(x: torch.Tensor) -> torch.Tensor:
    """Ids or labels that arrived as floats -> int64, refusing values that are not whole numbers."""
    if x.is_floating_point() and not torch.equal(x, x.round()):
        raise ValueError("index tensor holds non-integer values; cannot use it as indices")
    return x.long()  # int64 is accepted by every indexing op (int32 is not: one_hot refuses it)


# The same conversion serves gather() and one_hot().
actions = as_index(torch.tensor([0.0, 1.0, 1.0]))
q_values = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
assert q_values.gather(1, actions.unsqueeze(1)).squeeze(1).tolist() == [1.0, 4.0, 6.0]

ids = as_index(torch.from_numpy(np.array([5.0, 2.0, 9.0])))  # float64 from numpy
assert ids.dtype == torch.int64 and torch.arange(10)[ids].tolist() == [5, 2, 9]

labels = as_index(torch.tensor([0, 2, 1], dtype=torch.int32))
assert F.one_hot(labels, num_classes=3).tolist() == [[1, 0, 0], [0, 0, 1], [0, 1, 0]]

try:
    as_index(torch.tensor([0.5, 1.0]))
    raise AssertionError("expected a ValueError")
except ValueError:
    pass
print("t:", t.dtype, "| alpha_bar[t]:", tuple(a.shape), "| gather, indexing, one_hot: ok")
