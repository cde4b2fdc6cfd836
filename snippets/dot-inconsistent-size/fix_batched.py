"""Fix: dot products for a batch of vectors with (a * b).sum(-1), torch.linalg.vecdot or a matrix product."""
import torch

hidden = torch.randn(4, 16)
keys = torch.randn(4, 16)

# --8<-- [start:fix]
scores = (hidden * keys).sum(dim=-1)          # one dot product per row: shape (4,)
all_pairs = hidden @ keys.T                   # every row of hidden with every row of keys: (4, 4)
# --8<-- [end:fix]

reference = torch.stack([torch.dot(h, k) for h, k in zip(hidden, keys)])  # torch.dot row by row
assert scores.shape == (4,)
assert torch.allclose(scores, reference, atol=1e-6)
assert torch.allclose(torch.linalg.vecdot(hidden, keys), reference, atol=1e-6)
assert torch.allclose(torch.einsum("bd,bd->b", hidden, keys), reference, atol=1e-6)
assert all_pairs.shape == (4, 4)
assert torch.allclose(all_pairs.diagonal(), reference, atol=1e-6)  # the diagonal pairs row i with row i
print("per-row scores:", tuple(scores.shape), "| all pairs:", tuple(all_pairs.shape))
