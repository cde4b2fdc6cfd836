"""Fix: change the model instead: a first conv with in_channels=1, initialised from the RGB weights."""
import torch
from torch import nn

torch.manual_seed(0)
rgb_conv = nn.Conv2d(3, 64, kernel_size=7, stride=2, padding=3, bias=False)  # e.g. pretrained

# --8<-- [start:fix]
gray_conv = nn.Conv2d(1, 64, kernel_size=7, stride=2, padding=3, bias=False)
with torch.no_grad():
    # Sum the weights over the 3 input channels: (64, 3, 7, 7) -> (64, 1, 7, 7).
    gray_conv.weight.copy_(rgb_conv.weight.sum(dim=1, keepdim=True))
# --8<-- [end:fix]

gray = torch.rand(8, 1, 64, 64)
out = gray_conv(gray)
assert gray_conv.weight.shape == (64, 1, 7, 7) and out.shape == (8, 64, 32, 32)
# Same result as feeding the RGB conv the gray image copied into 3 channels, at a third of the cost.
reference = rgb_conv(gray.expand(-1, 3, -1, -1))
assert torch.allclose(out, reference, atol=1e-5)
print("in_channels:", gray_conv.in_channels, "| output:", tuple(out.shape))
