"""Reproduce: the layers are kept in a plain Python list, so the module registers no parameters."""
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        # --8<-- [start:cause]
        self.layers = [nn.Linear(4, 8), nn.Linear(8, 2)]  # a plain list: nn.Module does not look inside it
        # --8<-- [end:cause]

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


model = Net()
print("parameters registered:", len(list(model.parameters())))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
