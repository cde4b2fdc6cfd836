"""Fix: copy new values into the existing Parameter under torch.no_grad()."""
import numpy as np
import torch
from torch import nn

layer = nn.Linear(4, 3)
optimizer = torch.optim.SGD(layer.parameters(), lr=0.1)  # holds references to the Parameters
weight_before = layer.weight
pretrained = np.random.default_rng(0).standard_normal((3, 4)).astype(np.float32)

# --8<-- [start:fix]
with torch.no_grad():
    layer.weight.copy_(torch.from_numpy(pretrained))  # same Parameter, new values (shape must match)
# --8<-- [end:fix]
assert layer.weight is weight_before                      # still the object the optimizer updates
assert isinstance(layer.weight, nn.Parameter) and layer.weight.requires_grad
assert torch.equal(layer.weight, torch.from_numpy(pretrained))

layer(torch.rand(2, 4)).sum().backward()
optimizer.step()                                          # trains the loaded weights
assert not torch.equal(layer.weight, torch.from_numpy(pretrained))
print("weight:", tuple(layer.weight.shape), "| still a Parameter:", isinstance(layer.weight, nn.Parameter))
