"""Fix: keep sub-layers in nn.ModuleList (or nn.Sequential) so that parameters() finds them."""
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        # --8<-- [start:fix]
        self.layers = nn.ModuleList([nn.Linear(4, 8), nn.Linear(8, 2)])
        # --8<-- [end:fix]

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


model = Net()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

# The optimizer holds the 4 tensors (2 weights, 2 biases), and a step changes every one of them.
held = [p for group in optimizer.param_groups for p in group["params"]]
assert len(held) == 4
before = [p.detach().clone() for p in held]
loss = model(torch.randn(3, 4)).pow(2).mean()
loss.backward()
optimizer.step()
assert all(not torch.equal(b, p) for b, p in zip(before, held))

# Registration also makes state_dict(), .to(device) and .train()/.eval() see the layers.
assert list(model.state_dict()) == ["layers.0.weight", "layers.0.bias", "layers.1.weight", "layers.1.bias"]
print("optimizer holds", len(held), "tensors; all changed after one step")
