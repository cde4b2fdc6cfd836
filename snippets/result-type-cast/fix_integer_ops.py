"""Fix, in general: keep integer results integer (//, rounding_mode, int bounds) or compute out of place."""
import torch
from torch import nn

x = torch.arange(6)  # int64
assert (x / 2).dtype == torch.float32  # out of place: a new float tensor, no error
x //= 2  # floor division of integers stays integer, so it may be done in place
assert x.tolist() == [0, 0, 1, 1, 2, 2] and x.dtype == torch.int64
y = torch.tensor([-7, 7])
y.div_(2, rounding_mode="trunc")  # in-place division with an integer result
assert y.tolist() == [-3, 3]

# The YOLO clamp: integer bounds for an integer tensor.
gain = torch.tensor([1.0, 1.0, 20.0, 20.0, 1.0, 1.0, 1.0])
gj = torch.tensor([7, 22])
gj.clamp_(0, int(gain[3]) - 1)  # int(...) turns the one-element float tensor into a Python int
assert gj.tolist() == [7, 19] and gj.dtype == torch.int64

# BCEWithLogitsLoss: float targets, in the logits' dtype.
logits = torch.zeros(4)
labels = torch.tensor([0, 1, 1, 0])
loss = nn.BCEWithLogitsLoss()(logits, labels.to(logits.dtype))
assert torch.isclose(loss, torch.log(torch.tensor(2.0)))  # logit 0 = probability 0.5
print("x //= 2:", x.tolist(), "| clamp_:", gj.tolist(), "| BCEWithLogitsLoss:", round(loss.item(), 4))
