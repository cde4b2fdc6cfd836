"""Fix: wrap the tensor in nn.Parameter when it is a new learnable tensor of the module."""
import torch
from torch import nn


class Scale(nn.Module):
    def __init__(self, channels):
        super().__init__()
        # --8<-- [start:fix]
        self.gamma = nn.Parameter(torch.ones(channels))  # or register_parameter("gamma", nn.Parameter(...))
        # --8<-- [end:fix]

    def forward(self, x):
        return x * self.gamma.view(1, -1, 1, 1)


m = Scale(8)
assert [name for name, _ in m.named_parameters()] == ["gamma"]  # trained, saved, moved with .to()
assert "gamma" in m.state_dict()
out = m(torch.rand(2, 8, 4, 4))
out.sum().backward()
assert m.gamma.grad.shape == (8,)

# Replacing a Parameter with a new one of another shape also works this way, but the optimizer
# must be created (or given the new Parameter) afterwards: it still holds the old object.
layer = nn.Linear(4, 3)
layer.weight = nn.Parameter(torch.zeros(5, 4))
layer.bias = nn.Parameter(torch.zeros(5))
assert layer(torch.rand(2, 4)).shape == (2, 5)
print("parameters:", [name for name, _ in m.named_parameters()], "| grad:", tuple(m.gamma.grad.shape))
