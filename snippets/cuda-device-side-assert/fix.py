"""Fix: check class labels and token ids against their valid range before they reach the GPU.

A device-side assert names no value; the same check on the host raises a ValueError that does.
"""
import torch
import torch.nn.functional as F
from torch import nn


# --8<-- [start:fix]
def check_indices(name: str, indices: torch.Tensor, size: int) -> None:
    """Raise a clear error if any index is outside 0..size-1 (class labels, embedding ids, gather indices)."""
    bad = indices[(indices < 0) | (indices >= size)]
    if bad.numel():
        raise ValueError(f"{name} must be in 0..{size - 1}, found {sorted(set(bad.tolist()))}")
# --8<-- [end:fix]


device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
num_classes = 10
model = nn.Linear(16, num_classes).to(device)
x = torch.randn(8, 16)
labels = torch.tensor([1, 4, 10, 10, 3, 6, 2, 8])  # a dataset that numbers its classes 1..10

try:
    check_indices("labels", labels, num_classes)
    raise AssertionError("expected a ValueError")
except ValueError as exc:
    assert str(exc) == "labels must be in 0..9, found [10]"
    print("caught before the GPU:", exc)

labels = labels - 1  # the real fix for this data: classes 1..10 become 0..9
check_indices("labels", labels, num_classes)
loss = F.cross_entropy(model(x.to(device)), labels.to(device))
loss.backward()
assert torch.isfinite(loss) and model.weight.grad is not None
print("after remapping the labels: loss is finite, gradients computed")
