"""Fix: loop over the ModuleList in forward(), or use nn.Sequential, which has a forward()."""
import torch
from torch import nn


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 2)])

    def forward(self, x):
        # --8<-- [start:fix]
        for layer in self.layers:  # a ModuleList is iterated (or indexed), not called
            x = layer(x)
        return x
        # --8<-- [end:fix]


torch.manual_seed(0)
mlp = MLP()
x = torch.rand(4, 8)
out = mlp(x)
assert out.shape == (4, 2)

# nn.Sequential does the same loop in its own forward(): same layers, same result.
seq = nn.Sequential(*mlp.layers)
assert torch.equal(seq(x), out)
# Both register the layers, so their parameters are trained and saved.
assert len(list(mlp.parameters())) == len(list(seq.parameters())) == 4
print("output:", tuple(out.shape), "| parameters:", len(list(mlp.parameters())))
