"""Reproduce: a unit test compares two tensors with == inside assert."""
import torch
from torch import nn

layer = nn.Linear(3, 2)
x = torch.randn(5, 3)
expected = x @ layer.weight.T + layer.bias
assert layer(x) == expected               # == is element-wise: a (5, 2) tensor
