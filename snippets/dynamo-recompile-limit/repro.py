"""Reproduce: a Python int attribute that changes every step forces a recompilation per value."""
import logging

import torch
from torch import nn

# Print torch's log records without timestamp and process id, so that this output is reproducible.
for name in ("torch", "torch._dynamo"):
    for handler in logging.getLogger(name).handlers:
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))


class FadeInBlock(nn.Module):
    """A new layer blended in over the first 10 steps (as in progressive growing of GANs)."""

    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(16, 16)
        self.step = 0  # a plain int, set by the training loop

    def forward(self, x):
        alpha = min(1.0, self.step / 10)  # Dynamo guards on the value of an int module attribute
        return (1 - alpha) * x + alpha * self.fc(x)


model = FadeInBlock()
compiled = torch.compile(model, fullgraph=True, backend="eager")
x = torch.randn(4, 16)
# --8<-- [start:cause]
for step in range(20):
    model.step = step  # a new value: the guard `self.step == previous value` fails, Dynamo recompiles
    compiled(x)
# --8<-- [end:cause]
