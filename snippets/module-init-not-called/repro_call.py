"""Reproduce: super() names the wrong class, so nn.Module.__init__ is skipped; the error comes at the call."""
import torch
from torch import nn


class WeightedMSELoss(nn.Module):
    def __init__(self, weight=2.0):
        # --8<-- [start:cause]
        super(nn.Module, self).__init__()  # starts the lookup *after* nn.Module: runs object.__init__
        # --8<-- [end:cause]
        self.weight = weight               # a float: no registration needed, so no error yet

    def forward(self, pred, target):
        return self.weight * ((pred - target) ** 2).mean()


loss_fn = WeightedMSELoss()
loss_fn(torch.rand(4), torch.rand(4))
