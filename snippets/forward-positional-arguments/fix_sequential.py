"""Fix: a model with several inputs gets its own forward(); nn.Sequential passes one value from layer to layer."""
import torch
from torch import nn


class MaskedBlock(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.fc = nn.Linear(dim, dim)

    def forward(self, x, mask):
        return self.fc(x) * mask


# --8<-- [start:fix]
class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj, self.block, self.act = nn.Linear(8, 16), MaskedBlock(16), nn.ReLU()

    def forward(self, x, mask):    # declares both inputs and routes the mask where it is needed
        return self.act(self.block(self.proj(x), mask))
# --8<-- [end:fix]


model = Encoder()
x, mask = torch.randn(4, 8), torch.ones(4, 16)
mask[:, 8:] = 0
out = model(x, mask)

assert out.shape == (4, 16)
assert torch.all(out[:, 8:] == 0)  # the mask really reached the block
print("output:", tuple(out.shape))
