"""Fix: bring the logits to the mask size (bilinear) before the loss; targets stay integer class ids."""
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(3, 16, 3, stride=2, padding=1), nn.ReLU(),
    nn.Conv2d(16, 4, 3, stride=2, padding=1),
)
images = torch.rand(2, 3, 64, 64)
masks = torch.randint(0, 4, (2, 64, 64))

logits = model(images)                                   # (2, 4, 16, 16)
# --8<-- [start:fix]
logits = F.interpolate(logits, size=masks.shape[-2:], mode="bilinear", align_corners=False)
loss = F.cross_entropy(logits, masks)                    # (N, C, H, W) with (N, H, W)
# --8<-- [end:fix]
assert logits.shape == (2, 4, 64, 64) and loss.ndim == 0
loss.backward()                                          # gradients flow through the upsampling
assert model[0].weight.grad is not None
print("logits:", tuple(logits.shape), "| masks:", tuple(masks.shape))
