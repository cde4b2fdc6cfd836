"""Fix: class indices must lie in 0..C-1. Shift 1-based labels, or size the output to the real class count."""
import torch
from torch import nn


def check_targets(labels: torch.Tensor, num_classes: int, ignore_index: int = -100) -> None:
    """Fail early, with the offending values, instead of inside the loss (or a CUDA kernel)."""
    used = labels[labels != ignore_index]
    if used.numel() and (used.min() < 0 or used.max() >= num_classes):
        bad = used[(used < 0) | (used >= num_classes)].unique().tolist()
        raise ValueError(f"class labels must be in [0, {num_classes - 1}] (or ignore_index={ignore_index}), "
                         f"got {bad}")


x = torch.randn(4, 8)
criterion = nn.CrossEntropyLoss()

# 1. Labels counted from 1: subtract 1 once, where the data is loaded.
model = nn.Linear(8, 5)
# --8<-- [start:fix]
labels = torch.tensor([1, 3, 5, 2]) - 1            # now 0, 2, 4, 1
check_targets(labels, num_classes=5)
# --8<-- [end:fix]
loss = criterion(model(x), labels)
assert torch.isfinite(loss)
loss.backward()
assert model.weight.grad is not None

# 2. The labels are right but the model is too small: size the head to the real number of classes
#    (from the dataset's class list, not from the labels of one batch).
class_names = ["cat", "dog", "bird", "fish", "frog", "horse"]     # labels 0..5
labels = torch.tensor([0, 3, 5, 2])
model = nn.Linear(8, len(class_names))
check_targets(labels, num_classes=len(class_names))
loss6 = criterion(model(x), labels)
assert torch.isfinite(loss6)

# 3. Padding / "unknown" positions: mark them with ignore_index (-100 by default), they add nothing.
labels = torch.tensor([0, -100, 4, 1])
logits = nn.Linear(8, 5)(x)
check_targets(labels, num_classes=5)
masked = criterion(logits, labels)
kept = labels != -100
assert torch.allclose(masked, criterion(logits[kept], labels[kept]))

# The check names the bad labels before the loss sees them.
try:
    check_targets(torch.tensor([1, 3, 5, 2]), num_classes=5)
    raise AssertionError("expected a ValueError")
except ValueError as exc:
    assert "got [5]" in str(exc), exc
print(f"loss (shifted labels): {loss.item():.4f} | 6-class head: {loss6.item():.4f} | with ignore_index: {masked.item():.4f}")
