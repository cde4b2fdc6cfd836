"""Reproduce: a rotary-embedding cache is built during a validation pass under inference_mode(),
then reused by the training step."""
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
        self._cos = self._sin = None  # built on first use, for the longest sequence seen so far

    def forward(self, x):  # x: (batch, seq, dim)
        n = x.shape[1]
        if self._cos is None or self._cos.shape[0] < n:
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
# --8<-- [start:cause]
with torch.inference_mode():             # a validation / sanity-check pass before training
    model(torch.randn(2, 6, 8))          # builds the cache: inference tensors
# --8<-- [end:cause]
print("cache is an inference tensor:", model.rotary._cos.is_inference())

loss = model(torch.randn(4, 6, 8)).pow(2).mean()  # the training step reuses the cache
loss.backward()
