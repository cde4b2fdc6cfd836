"""Fix: state that is computed, not learned (running statistics), belongs in a buffer."""
import torch
from torch import nn


class RunningNorm(nn.Module):
    def __init__(self, momentum=0.1):
        super().__init__()
        self.momentum = momentum
        # --8<-- [start:fix]
        self.register_buffer("mean", torch.zeros(()))   # saved and moved with the module, never trained
        # --8<-- [end:fix]

    def forward(self, x):
        if self.training:
            # Plain tensors can be assigned to a buffer at any time.
            self.mean = (1 - self.momentum) * self.mean + self.momentum * x.mean().detach()
        return x - self.mean


m = RunningNorm()
for _ in range(3):
    m(torch.full((4,), 10.0))
assert torch.isclose(m.mean, torch.tensor(10.0 * (1 - 0.9 ** 3)))
assert "mean" in m.state_dict() and len(list(m.parameters())) == 0
print("running mean:", round(m.mean.item(), 3), "| parameters:", len(list(m.parameters())))
