"""Fix, when the goal is the gradient of an intermediate tensor: retain_grad(), not requires_grad."""
import torch
from torch import nn

conv = nn.Conv2d(3, 4, kernel_size=3, padding=1)
head = nn.Sequential(nn.Flatten(), nn.Linear(4 * 8 * 8, 10))
images = torch.rand(2, 3, 8, 8)

features = conv(images)                 # a non-leaf: it already requires grad through conv
assert features.requires_grad and not features.is_leaf
# --8<-- [start:fix]
features.retain_grad()                  # keep its gradient in features.grad after backward()
scores = head(features)
scores[:, 3].sum().backward()
# --8<-- [end:fix]

# For a linear head, d(score of class 3)/d(features) is row 3 of its weight, for every image.
expected = head[1].weight[3].detach().view(1, 4, 8, 8).expand(2, 4, 8, 8)
assert features.grad is not None and torch.allclose(features.grad, expected)
assert conv.weight.grad is not None     # the leaves (parameters) got their gradients as usual
print("features.grad:", tuple(features.grad.shape), "| Grad-CAM style channel weights:",
      tuple(features.grad.mean(dim=(2, 3)).shape))
