"""Reproduce: features of a frozen backbone cached under torch.inference_mode(), then used to train a head."""
import torch
import torch.nn.functional as F
from torch import nn

backbone = nn.Sequential(nn.Conv2d(3, 8, 3), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten()).eval()
head = nn.Linear(8, 5)
images = torch.randn(16, 3, 16, 16)
labels = torch.randint(0, 5, (16,))

# The backbone is frozen, so its features are computed once, in the fastest mode.
# --8<-- [start:cause]
with torch.inference_mode():
    features = backbone(images)
# --8<-- [end:cause]
print("features.is_inference():", features.is_inference())

optimizer = torch.optim.SGD(head.parameters(), lr=0.1)
loss = F.cross_entropy(head(features), labels)  # nn.Linear saves its input for the weight gradient
