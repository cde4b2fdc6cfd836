"""Fix: reduce the tensor to the one number the condition is about (mean loss), then compare."""
import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
model = nn.Linear(4, 1)
x_val, y_val = torch.randn(16, 4), torch.randn(16, 1)
best_loss = float("inf")

with torch.no_grad():
    per_sample = F.mse_loss(model(x_val), y_val, reduction="none")
# --8<-- [start:fix]
val_loss = per_sample.mean().item()       # one Python float
if val_loss < best_loss:
    best_loss = val_loss
# --8<-- [end:fix]
assert best_loss == val_loss and isinstance(best_loss, float)

# When the question really is about all elements or any element, say so:
scores = torch.tensor([0.2, 0.7, 0.9])
assert (scores > 0.1).all() and (scores > 0.8).any() and not (scores > 0.95).any()

# Element-wise logic: & | ~ instead of and / or / not, and no chained comparisons.
in_range = (scores > 0.1) & (scores < 0.8)          # not 0.1 < scores < 0.8
assert in_range.tolist() == [True, True, False]

# Python's max() compares elements with > and calls bool(); use torch.max / amax.
rows = torch.tensor([[1.0, 5.0], [3.0, 2.0]])
assert torch.equal(rows.amax(dim=0), torch.tensor([3.0, 5.0]))

# "Is there a tensor?" is a None test, not a truth test.
attention = torch.ones(2, 2)
assert attention is not None

# An empty tensor is ambiguous too in torch 2.13 (old releases returned False for it).
try:
    bool(torch.tensor([]))
    raise AssertionError("expected a RuntimeError")
except RuntimeError as exc:
    assert "with no values is ambiguous" in str(exc)
print(f"best validation loss: {best_loss:.4f}")
