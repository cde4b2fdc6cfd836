"""Fix: scale the chunk out of place (q = q * scale), or clone it before modifying it in place."""
import torch
import torch.nn.functional as F
from torch import nn


class Attention(nn.Module):
    def __init__(self, dim: int):
        super().__init__()
        self.qkv = nn.Linear(dim, 3 * dim)
        self.scale = dim ** -0.5

    def forward(self, x):  # x: (batch, seq, dim)
        q, k, v = self.qkv(x).chunk(3, dim=-1)
        # --8<-- [start:fix]
        q = q * self.scale                       # out of place: a new tensor, not a view
        # --8<-- [end:fix]
        attn = (q @ k.transpose(-2, -1)).softmax(dim=-1)
        return attn @ v


model = Attention(8)
x = torch.randn(2, 5, 8)
out = model(x)
out.sum().backward()
assert model.qkv.weight.grad is not None

# Same result as PyTorch's attention, which scales by 1/sqrt(dim) by default.
q, k, v = model.qkv(x).chunk(3, dim=-1)
assert torch.allclose(out, F.scaled_dot_product_attention(q, k, v), atol=1e-6)

# A clone is not a view of the fused tensor, so modifying it in place is allowed too.
q_scaled = q.clone()
q_scaled *= model.scale
assert torch.allclose(q_scaled, q * model.scale)
print("attention output:", tuple(out.shape), "| matches F.scaled_dot_product_attention")
