"""Fix: flatten per sample (flatten(1)), never view(-1, k), and size the head from the real features."""
import torch
import torch.nn.functional as F
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.AdaptiveAvgPool2d(4),       # 4x4 whatever the image size: 32x32, 64x64, ...
        )
        self.head = nn.Linear(32 * 4 * 4, 10)

    def forward(self, x):
        x = self.features(x)
        # --8<-- [start:fix]
        x = torch.flatten(x, 1)            # (N, C*H*W): the batch dimension is never touched
        # --8<-- [end:fix]
        return self.head(x)


model = Net()
for size in (32, 64):
    images, labels = torch.rand(8, 3, size, size), torch.randint(0, 10, (8,))
    logits = model(images)
    assert logits.shape == (8, 10)         # one row of logits per label
    loss = F.cross_entropy(logits, labels)
    assert loss.ndim == 0 and torch.isfinite(loss)

# With flatten(1), a wrong in_features no longer reshuffles the batch: nn.Linear reports it.
try:
    nn.Linear(2048, 10)(torch.flatten(torch.rand(8, 32, 4, 4), 1))
    raise AssertionError("expected a RuntimeError")
except RuntimeError as exc:
    assert "mat1 and mat2 shapes cannot be multiplied (8x512 and 2048x10)" in str(exc)
print("logits:", tuple(logits.shape), "| labels:", tuple(labels.shape), "| loss:", round(loss.item(), 4))
