"""Fix: upsample to the skip connection's exact size instead of by a fixed factor."""
import torch
from torch import nn
import torch.nn.functional as F


class TinyUNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.Conv2d(3, 8, 3, padding=1)
        self.mid = nn.Conv2d(8, 8, 3, padding=1)

    def forward(self, x):
        skip = self.enc(x)
        down = F.max_pool2d(skip, 2)
        up = F.interpolate(self.mid(down), size=skip.shape[-2:])   # exactly H x W of the skip
        return skip + up


model = TinyUNet()
for size in (245, 244, 31):                 # odd and even sizes
    out = model(torch.randn(1, 3, size, size))
    assert out.shape == (1, 8, size, size)

# Alternative: pad the input to a multiple of 2 ** (number of poolings) and crop the output.
x = torch.randn(1, 3, 245, 245)
padded = F.pad(x, (0, 1, 0, 1))             # 245 -> 246, divisible by 2
assert model(padded)[..., :245, :245].shape == (1, 8, 245, 245)
print("output for a 245 x 245 image:", tuple(model(x).shape))
