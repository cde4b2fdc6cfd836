"""Fix: an init function must allow for layers built with bias=False."""
import torch
from torch import nn

model = nn.Sequential(
    nn.Conv2d(3, 8, 3, bias=False),
    nn.BatchNorm2d(8),
    nn.ReLU(),
    nn.Conv2d(8, 4, 3),              # this one has a bias
)


def init_weights(m):
    if isinstance(m, nn.Conv2d):
        nn.init.kaiming_normal_(m.weight)
        # --8<-- [start:fix]
        if m.bias is not None:
            nn.init.zeros_(m.bias)
        # --8<-- [end:fix]


model.apply(init_weights)
assert model[0].bias is None
assert torch.count_nonzero(model[3].bias) == 0
print("conv biases:", [None if m.bias is None else tuple(m.bias.shape) for m in (model[0], model[3])])
