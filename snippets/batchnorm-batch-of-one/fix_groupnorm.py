"""When a batch of one is normal (detection, segmentation, large inputs): normalise each sample on its own."""
import torch
from torch import nn

torch.manual_seed(0)


def convnet(norm: nn.Module) -> nn.Sequential:
    return nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), norm, nn.ReLU(),
                         nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(8, 1))


# GroupNorm: mean and variance over groups of channels of one sample. GroupNorm(1, C) normalises
# over all of (C, H, W), like a LayerNorm on each image.
for norm in (nn.GroupNorm(num_groups=4, num_channels=8), nn.GroupNorm(num_groups=1, num_channels=8)):
    model = convnet(norm).train()
    model(torch.randn(1, 3, 16, 16)).pow(2).mean().backward()   # a training batch of one
    assert all(p.grad is not None for p in model.parameters())

    # No batch statistics: a sample's output does not depend on the rest of the batch, and train
    # and eval mode compute the same thing (there are no running statistics).
    batch = torch.randn(5, 8, 4, 4)
    assert torch.allclose(norm(batch)[:1], norm(batch[:1]), atol=1e-6)
    assert torch.equal(norm.train()(batch), norm.eval()(batch))
    # Each (sample, group) comes out with mean 0 and variance 1 (before the affine weight and bias).
    groups = norm(batch).view(5, norm.num_groups, -1)
    assert torch.allclose(groups.mean(-1), torch.zeros(5, norm.num_groups), atol=1e-5)
    assert torch.allclose(groups.var(-1, unbiased=False), torch.ones(5, norm.num_groups), atol=1e-3)

# Fully connected layers: LayerNorm in place of BatchNorm1d.
mlp = nn.Sequential(nn.Linear(8, 8), nn.LayerNorm(8), nn.ReLU(), nn.Linear(8, 1)).train()
mlp(torch.randn(1, 8)).sum().backward()
assert mlp[0].weight.grad is not None
print("GroupNorm(4, 8), GroupNorm(1, 8) and LayerNorm(8) train on a batch of one")
