"""Fix: keep determinism on and replace MaxUnpool2d by an equivalent scatter, which is deterministic."""
import torch
from torch import nn


# --8<-- [start:fix]
def max_unpool2d(x, indices, output_size):
    """MaxUnpool2d for non-overlapping pooling (kernel_size == stride): every index is unique,
    so writing the values with scatter gives the same result on every run."""
    n, c, h, w = x.shape[0], x.shape[1], *output_size
    out = x.new_zeros(n, c, h * w).scatter(2, indices.flatten(2), x.flatten(2))
    return out.view(n, c, h, w)
# --8<-- [end:fix]


class EncoderDecoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.encode = nn.Conv2d(3, 8, kernel_size=3, padding=1)
        self.pool = nn.MaxPool2d(2, return_indices=True)
        self.decode = nn.Conv2d(8, 2, kernel_size=3, padding=1)

    def forward(self, x):
        features = torch.relu(self.encode(x))
        pooled, indices = self.pool(features)
        return self.decode(max_unpool2d(pooled, indices, features.shape[-2:]))


torch.use_deterministic_algorithms(True)
model = EncoderDecoder()
x = torch.randn(2, 3, 8, 8)
out = model(x)
out.square().mean().backward()
assert out.shape == (2, 2, 8, 8) and model.encode.weight.grad is not None
assert torch.equal(model(x), out)  # same input, same output

# Same values as nn.MaxUnpool2d (run here with determinism switched off, only for the comparison).
pooled, indices = nn.MaxPool2d(2, return_indices=True)(torch.randn(2, 8, 8, 8))
mine = max_unpool2d(pooled, indices, (8, 8))
torch.use_deterministic_algorithms(False)
reference = nn.MaxUnpool2d(2)(pooled, indices)
assert torch.equal(mine, reference)
print("output:", tuple(out.shape), "| equal to nn.MaxUnpool2d: True | deterministic mode kept on: True")
