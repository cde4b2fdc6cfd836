"""Fix: an integer table that is not learned is a buffer, not an nn.Parameter."""
import torch
from torch import nn


class PositionalEmbedding(nn.Module):
    def __init__(self, max_len: int, dim: int):
        super().__init__()
        self.table = nn.Embedding(max_len, dim)
        # --8<-- [start:fix]
        self.register_buffer("positions", torch.arange(max_len), persistent=False)
        # --8<-- [end:fix]

    def forward(self, x):  # x: (batch, seq, dim)
        return x + self.table(self.positions[: x.shape[1]])


model = PositionalEmbedding(max_len=16, dim=8)
# The buffer is not a parameter: the optimizer never sees it, and it has no gradient.
assert [name for name, _ in model.named_parameters()] == ["table.weight"]
assert model.positions.dtype == torch.int64 and not model.positions.requires_grad
# It still moves with the module (.to(), .cuda(), .half() leaves integer buffers integer).
assert model.to(torch.float64).positions.dtype == torch.int64
model = model.float()

out = model(torch.zeros(2, 5, 8))
out.sum().backward()
assert out.shape == (2, 5, 8)
assert model.table.weight.grad[:5].abs().sum() > 0 and model.table.weight.grad[5:].abs().sum() == 0
print("parameters:", [name for name, _ in model.named_parameters()], "| buffer:", model.positions.dtype)
