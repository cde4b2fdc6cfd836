"""Fix: compare whole tensors with torch.equal (exact) or torch.allclose / torch.testing.assert_close (floats)."""
import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(3, 2)
x = torch.randn(5, 3)
expected = x @ layer.weight.T + layer.bias
out = layer(x)

assert torch.allclose(out, expected, atol=1e-6)           # one bool for the whole tensor
torch.testing.assert_close(out, expected)                  # raises with a report on mismatch

labels = torch.tensor([1, 0, 2])
assert torch.equal(labels, torch.tensor([1, 0, 2]))       # exact: same shape and same values
assert (labels == torch.tensor([1, 0, 2])).all()          # the same, spelled element-wise

mismatch_reported = False
try:
    torch.testing.assert_close(out, expected + 1)
except AssertionError as exc:
    mismatch_reported = "Tensor-likes are not close" in str(exc)
assert mismatch_reported
print("outputs match:", tuple(out.shape))
