"""Fix: call super().__init__() first in every nn.Module subclass, before assigning anything."""
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self, hidden):
        # --8<-- [start:fix]
        super().__init__()                 # first line: sets up parameters, buffers, submodules, hooks
        # --8<-- [end:fix]
        self.hidden = hidden
        self.fc = nn.Linear(8, hidden)

    def forward(self, x):
        return self.fc(x)


class WeightedMSELoss(nn.Module):
    def __init__(self, weight=2.0):
        super().__init__()                 # not super(nn.Module, self): that skips Module.__init__
        self.weight = weight

    def forward(self, pred, target):
        return self.weight * ((pred - target) ** 2).mean()


net = Net(16)
assert [name for name, _ in net.named_parameters()] == ["fc.weight", "fc.bias"]
assert net(torch.rand(4, 8)).shape == (4, 16)

loss_fn = WeightedMSELoss()
pred, target = torch.zeros(4), torch.ones(4)
assert loss_fn(pred, target).item() == 2.0
print("parameters:", [name for name, _ in net.named_parameters()], "| loss:", loss_fn(pred, target).item())
