"""Debugging: rerun the failing step with PyTorch's own ops on the CPU, where a bad index raises a clear error."""
import torch
import torch.nn.functional as F

table = torch.randn(100, 64)                       # the tensors of the failing step, moved with .cpu()
ids = torch.tensor([3, 17, 1_000_000_000, 42])

# The custom kernel computed table[ids]; PyTorch's reference implementations check every index.
for name, reference in [("indexing", lambda: table[ids]), ("F.embedding", lambda: F.embedding(ids, table))]:
    try:
        reference()
    except IndexError as exc:
        print(f"{name}: IndexError: {exc}")
        assert "1000000000" in str(exc) or str(exc) == "index out of range in self"
    else:
        raise AssertionError(f"{name}: expected an IndexError")

bad = ids[(ids < 0) | (ids >= table.shape[0])]     # the values to look for in the data
assert bad.tolist() == [1_000_000_000]
print("out-of-range ids:", bad.tolist())
