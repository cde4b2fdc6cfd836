"""Reproduce: dynamic=False and a new sequence length in every batch (limit made an error by config)."""
import logging

import torch
from torch import nn

for name in ("torch", "torch._dynamo"):  # short log lines, as in repro.py
    for handler in logging.getLogger(name).handlers:
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))

# Without this, hitting the limit is only logged and the function silently runs uncompiled.
torch._dynamo.config.fail_on_recompile_limit_hit = True


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(8, 8)

    def forward(self, x):  # x: (batch, seq_len, 8)
        return torch.relu(self.proj(x)).mean(dim=1)


compiled = torch.compile(Encoder(), dynamic=False, backend="eager")  # every shape compiled separately
for seq_len in range(5, 25):  # variable-length batches, e.g. sequences without padding to a fixed size
    compiled(torch.randn(2, seq_len, 8))
