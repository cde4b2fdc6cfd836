"""Fix: compute values that training will reuse under torch.no_grad(), not torch.inference_mode()."""
import torch
import torch.nn.functional as F
from torch import nn

backbone = nn.Sequential(nn.Conv2d(3, 8, 3), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten()).eval()
head = nn.Linear(8, 5)
images = torch.randn(16, 3, 16, 16)
labels = torch.randint(0, 5, (16,))

# --8<-- [start:fix]
with torch.no_grad():                   # no graph is recorded, but the result is a normal tensor
    features = backbone(images)
# --8<-- [end:fix]
assert not features.is_inference() and not features.requires_grad

optimizer = torch.optim.SGD(head.parameters(), lr=0.5)
losses = []
for _ in range(20):
    optimizer.zero_grad()
    loss = F.cross_entropy(head(features), labels)
    loss.backward()
    optimizer.step()
    losses.append(loss.item())

assert head.weight.grad is not None and losses[-1] < losses[0]
assert all(p.grad is None for p in backbone.parameters())   # the frozen backbone got no gradient
print(f"head trained on cached features: loss {losses[0]:.3f} -> {losses[-1]:.3f}")
