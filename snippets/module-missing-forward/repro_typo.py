"""Reproduce: the method is spelled "foward", so the model has no forward() of its own."""
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 2)

    # --8<-- [start:cause]
    def foward(self, x):  # typo: nn.Module calls self.forward, which is still the default
        return self.fc(x)
    # --8<-- [end:cause]


Net()(torch.rand(4, 8))
