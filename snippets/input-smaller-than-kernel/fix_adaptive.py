"""Fix: end the feature extractor with an adaptive pool, not a pool sized for one input resolution."""
import torch
from torch import nn

torch.manual_seed(0)
backbone = nn.Sequential(  # downsamples by 32, like ResNet or VGG
    nn.Conv2d(3, 32, kernel_size=3, stride=2, padding=1), nn.ReLU(),
    *[m for _ in range(4) for m in (nn.Conv2d(32, 32, kernel_size=3, stride=2, padding=1), nn.ReLU())],
)
# A fixed nn.AvgPool2d(7) assumes 224x224 images (224 / 32 = 7): on 32x32 images it raises
# "Given input size: (32x1x1). Calculated output size: (32x-5x-5). Output size is too small".
try:
    nn.Sequential(backbone, nn.AvgPool2d(7))(torch.rand(2, 3, 32, 32))
    raise AssertionError("expected the fixed pool to fail on 32x32 images")
except RuntimeError as exc:
    assert "Output size is too small" in str(exc)

# --8<-- [start:fix]
model = nn.Sequential(backbone, nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, 10))
# --8<-- [end:fix]
for size in (32, 64, 224):
    assert model(torch.rand(2, 3, size, size)).shape == (2, 10)
# On 224x224 it computes exactly what AvgPool2d(7) computed.
x = torch.rand(2, 3, 224, 224)
assert torch.allclose(nn.AdaptiveAvgPool2d(1)(backbone(x)), nn.AvgPool2d(7)(backbone(x)), atol=1e-6)
print("works for 32, 64 and 224 pixel images")
