"""Fix for caches inside a module: rebuild a cache made of inference tensors when autograd is on."""
import torch
from torch import nn


def rotate_half(x):
    x1, x2 = x.chunk(2, dim=-1)
    return torch.cat((-x2, x1), dim=-1)


class Rotary(nn.Module):
    def __init__(self, dim: int):
        super().__init__()
        inv_freq = 1.0 / 10000 ** (torch.arange(0, dim, 2).float() / dim)
        self.register_buffer("inv_freq", inv_freq, persistent=False)
        self._cos = self._sin = None

    def forward(self, x):  # x: (batch, seq, dim)
        n = x.shape[1]
        # --8<-- [start:fix]
        # A cache built under inference_mode() is rebuilt once when autograd needs it.
        stale = self._cos is None or self._cos.shape[0] < n or (
            self._cos.is_inference() and not torch.is_inference_mode_enabled())
        # --8<-- [end:fix]
        if stale:
            freqs = torch.outer(torch.arange(n).float(), self.inv_freq)
            emb = torch.cat((freqs, freqs), dim=-1)
            self._cos, self._sin = emb.cos(), emb.sin()
        return x * self._cos[:n] + rotate_half(x) * self._sin[:n]


class Block(nn.Module):
    def __init__(self, dim: int):
        super().__init__()
        self.proj = nn.Linear(dim, dim)
        self.rotary = Rotary(dim)

    def forward(self, x):
        return self.rotary(self.proj(x))


model = Block(8)
with torch.inference_mode():            # validation pass first, as before
    expected = model(torch.ones(2, 6, 8))
assert model.rotary._cos.is_inference()

out = model(torch.ones(2, 6, 8))        # training step: the cache is rebuilt as normal tensors
out.pow(2).mean().backward()
assert not model.rotary._cos.is_inference()
assert torch.allclose(out, expected)    # same values as in the validation pass
assert model.proj.weight.grad is not None
print("cache rebuilt for training; output equals the validation pass; proj.weight.grad:",
      tuple(model.proj.weight.grad.shape))
