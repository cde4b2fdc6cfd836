"""Fix: keep token ids integer (int64) from the start, and check before converting floats you cannot avoid."""
import numpy as np
import torch
from torch import nn

embedding = nn.Embedding(num_embeddings=10, embedding_dim=8)

# --8<-- [start:fix]
batch = np.zeros((2, 4), dtype=np.int64)      # integer ids from the start
# --8<-- [end:fix]
batch[0, :3] = [5, 2, 9]
batch[1, :2] = [3, 1]
ids = torch.from_numpy(batch)
assert ids.dtype == torch.int64
vectors = embedding(ids)
assert vectors.shape == (2, 4, 8)



# Ids that arrive as floats (a CSV column with NaN, a float tensor): convert only whole numbers,
# because .long() truncates silently (2.7 becomes 2).
def to_ids(x: torch.Tensor) -> torch.Tensor:
    if x.is_floating_point():
        if not torch.equal(x, x.round()):
            raise ValueError("token ids must be whole numbers")
        x = x.long()
    return x


assert torch.equal(embedding(to_ids(torch.from_numpy(batch.astype(np.float64)))), vectors)
try:
    to_ids(torch.tensor([2.7]))
    raise AssertionError("expected a ValueError")
except ValueError:
    pass
print("ids dtype:", ids.dtype, "| output:", tuple(vectors.shape))
