"""Fix: register learnable tensors as nn.Parameter in a module, move the module, then build the optimizer."""
import copy

import torch
from torch import nn


class Calibrated(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(4, 2)
        self.scaling = nn.Parameter(torch.ones(2))  # a leaf that module.to() knows how to move

    def forward(self, x):
        return self.linear(x) * self.scaling


device = torch.device("cpu")  # the same code with torch.device("cuda") on a GPU
# --8<-- [start:fix]
model = Calibrated().to(device)                      # move first: parameters stay leaves
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
# --8<-- [end:fix]

# Module.to() keeps parameters leaves on any device ("meta" here stands in for a GPU).
moved = copy.deepcopy(model).to("meta")
assert all(p.is_leaf and p.device.type == "meta" for p in moved.parameters())

before = model.scaling.detach().clone()
model(torch.randn(8, 4)).pow(2).mean().backward()
optimizer.step()
assert all(p.is_leaf and p.grad is not None for p in model.parameters())
assert not torch.equal(model.scaling.detach(), before)
print("parameters:", [name for name, _ in model.named_parameters()], "| all leaves, all updated")
