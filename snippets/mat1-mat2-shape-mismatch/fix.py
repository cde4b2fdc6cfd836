"""Fix: take in_features from the real flattened size (one dummy forward pass), not from arithmetic by hand."""
import torch
from torch import nn

features = nn.Sequential(nn.Conv2d(1, 4, kernel_size=3), nn.Flatten())

# Run the feature extractor once on a dummy batch of the real input size and read the width.
# --8<-- [start:fix]
with torch.no_grad():
    n_features = features(torch.zeros(1, 1, 8, 8)).shape[1]
# --8<-- [end:fix]
# Same number from the conv formula: out = (in + 2*padding - kernel) // stride + 1 = (8 - 3) // 1 + 1 = 6
assert n_features == 4 * ((8 - 3) // 1 + 1) ** 2 == 144

model = nn.Sequential(features, nn.Linear(n_features, 10))
out = model(torch.randn(2, 1, 8, 8))
assert out.shape == (2, 10)
assert model[1].weight.shape == (10, 144)  # stored as (out_features, in_features), used transposed

# Reading the message: mat1 = input as (all leading dims multiplied, last dim), mat2 = weight.T.
try:
    nn.Linear(10, 5)(torch.randn(2, 3, 20))
    raise AssertionError("expected a RuntimeError")
except RuntimeError as exc:
    assert "(6x20 and 10x5)" in str(exc)  # 2*3 rows of 20 features vs in_features=10, out_features=5

# An adaptive pool before Flatten fixes the width whatever the image size.
pooled = nn.Sequential(nn.Conv2d(1, 4, kernel_size=3), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(4, 10))
for size in (8, 32):
    assert pooled(torch.randn(2, 1, size, size)).shape == (2, 10)
print("in_features:", model[1].in_features, "| output:", tuple(out.shape))
