"""Fix, when the inference tensors already exist: clone them outside inference mode."""
import torch
import torch.nn.functional as F
from torch import nn

backbone = nn.Sequential(nn.Conv2d(3, 8, 3), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten()).eval()
head = nn.Linear(8, 5)
images = torch.randn(16, 3, 16, 16)
labels = torch.randint(0, 5, (16,))

with torch.inference_mode():            # code you do not control (a library, a cache) did this
    cached = backbone(images)
assert cached.is_inference()

# --8<-- [start:fix]
features = cached.clone()               # cloned outside inference mode: a normal tensor
# --8<-- [end:fix]
assert not features.is_inference() and torch.equal(features, cached)

loss = F.cross_entropy(head(features), labels)
loss.backward()
assert head.weight.grad is not None
print("clone is an inference tensor:", features.is_inference(), "| head.weight.grad:", tuple(head.weight.grad.shape))
