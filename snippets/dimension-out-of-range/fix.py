"""Fix: never squeeze the batch dimension away; address the class dimension as dim=-1."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(8, 3)


def predict(batch):
    if batch.dim() != 2:
        raise ValueError(f"expected a batch of shape (N, 8), got {tuple(batch.shape)}")
    # --8<-- [start:fix]
    logits = model(batch)                    # (N, 3) for every N, including N == 1
    return logits.softmax(dim=-1).argmax(dim=-1)
    # --8<-- [end:fix]


x = torch.randn(4, 8)
assert predict(x).shape == (4,)
assert predict(x[:1]).shape == (1,)          # a batch of one stays a batch
assert torch.equal(predict(x[:1]), predict(x)[:1])

# A single sample without a batch dimension: add one with unsqueeze(0) (or x[None]).
assert predict(x[0].unsqueeze(0)).shape == (1,)

# If a size-1 dimension must go, name it: squeeze(-1) removes only the last one.
scores = torch.randn(1, 1)                   # e.g. a regression head on a batch of one
assert scores.squeeze(-1).shape == (1,) and scores.squeeze().shape == ()
print("batch of 1 ->", tuple(predict(x[:1]).shape))
