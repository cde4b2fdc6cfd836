"""Multi-class (exactly one class per sample): CrossEntropyLoss on raw logits, int64 class indices of shape (N,)."""
import torch
import torch.nn.functional as F
from torch import nn

logits = torch.randn(4, 3)  # (N, C): no softmax in the model's last layer
# --8<-- [start:fix]
labels = torch.tensor([0.0, 2.0, 1.0, 0.0]).long()  # repro.py's float labels, as class indices
criterion = nn.CrossEntropyLoss()
loss = criterion(logits, labels)
# --8<-- [end:fix]

# What CrossEntropyLoss computes: log_softmax, then pick the true class, then average.
manual = -F.log_softmax(logits, dim=1)[torch.arange(4), labels].mean()
assert torch.allclose(loss, manual)

# Labels of shape (N, 1): drop the extra dimension.
assert torch.allclose(criterion(logits, labels.view(4, 1).squeeze(1)), loss)
# One-hot labels: turn them back into indices, or pass them as float class probabilities.
onehot = F.one_hot(labels, num_classes=3)
assert torch.allclose(criterion(logits, onehot.argmax(dim=1)), loss)
assert torch.allclose(criterion(logits, onehot.float()), loss)
# Segmentation: (N, C, H, W) logits need an int64 (N, H, W) mask; uint8 works only for 1-D targets.
masks = torch.randint(0, 3, (2, 4, 4), dtype=torch.uint8)
seg = criterion(torch.randn(2, 3, 4, 4), masks.long())
assert seg.ndim == 0 and torch.isfinite(seg)
assert torch.allclose(criterion(logits, labels.to(torch.uint8)), loss)  # 1-D uint8 targets: accepted
# A softmax before CrossEntropyLoss applies softmax twice: no error, just a different, wrong loss.
assert not torch.allclose(criterion(logits.softmax(dim=1), labels), loss)
print(f"CrossEntropyLoss: {loss.item():.4f} == -log_softmax[range(N), y].mean(): {manual.item():.4f}")
