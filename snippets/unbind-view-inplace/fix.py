"""Fix: denormalize out of place, all channels at once, with broadcasting."""
import torch
from torch import nn

mean, std = [0.485, 0.456, 0.406], [0.229, 0.224, 0.225]
generator = nn.Conv2d(8, 3, kernel_size=1)
image = generator(torch.randn(1, 8, 4, 4))[0]  # (3, H, W), requires grad

# --8<-- [start:fix]
mean_t = torch.tensor(mean).view(3, 1, 1)
std_t = torch.tensor(std).view(3, 1, 1)
restored = image * std_t + mean_t               # a new tensor; image and its graph are untouched
# --8<-- [end:fix]

# Same values as the channel-by-channel loop, computed on a copy that autograd does not track.
reference = image.detach().clone()
for channel, m, s in zip(reference, mean, std):
    channel.mul_(s).add_(m)
assert torch.allclose(restored.detach(), reference)

# Gradients still flow through the denormalization: d restored / d image = std, per channel.
grad_image, = torch.autograd.grad(restored.sum(), image, retain_graph=True)
assert torch.allclose(grad_image, std_t.expand(3, 4, 4))
restored.sum().backward()
assert generator.weight.grad is not None
print("restored:", tuple(restored.shape), "| grad_fn:", type(restored.grad_fn).__name__)
