"""Reproduce: a SegNet-style model (MaxUnpool2d) run with torch.use_deterministic_algorithms(True)."""
import torch
from torch import nn


class EncoderDecoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.encode = nn.Conv2d(3, 8, kernel_size=3, padding=1)
        self.pool = nn.MaxPool2d(2, return_indices=True)
        self.unpool = nn.MaxUnpool2d(2)  # puts each value back where the max came from
        self.decode = nn.Conv2d(8, 2, kernel_size=3, padding=1)

    def forward(self, x):
        x, indices = self.pool(torch.relu(self.encode(x)))
        return self.decode(self.unpool(x, indices))


# --8<-- [start:cause]
torch.use_deterministic_algorithms(True)  # at the top of the script, for reproducible runs
model = EncoderDecoder()
out = model(torch.randn(2, 3, 8, 8))     # MaxUnpool2d has no deterministic implementation
# --8<-- [end:cause]
