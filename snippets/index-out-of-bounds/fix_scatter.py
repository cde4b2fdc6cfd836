"""Fix: check the label range first; F.one_hot builds the same targets as scatter_ and checks too."""
import torch
import torch.nn.functional as F

num_classes = 5
labels = torch.tensor([0, 3, 4, 1])

if labels.min() < 0 or labels.max() >= num_classes:
    raise ValueError(f"labels must be in 0..{num_classes - 1}, got {labels.unique().tolist()}")
one_hot = F.one_hot(labels, num_classes).float()
by_scatter = torch.zeros(len(labels), num_classes).scatter_(1, labels.unsqueeze(1), 1.0)
assert torch.equal(one_hot, by_scatter)

# With a bad label, F.one_hot names the problem instead of an index and a size.
try:
    F.one_hot(torch.tensor([0, 5]), num_classes)
    raise AssertionError("expected a RuntimeError")
except RuntimeError as exc:
    assert "Class values must be smaller than num_classes" in str(exc)
print("one-hot:", tuple(one_hot.shape))
