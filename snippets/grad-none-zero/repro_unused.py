"""Reproduce: a manual SGD step over model.parameters() meets a layer that did not take part in the loss."""
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Linear(4, 8)
        self.head = nn.Linear(8, 1)
        self.aux_head = nn.Linear(8, 3)  # only used when an auxiliary loss is switched on

    def forward(self, x):
        return self.head(torch.relu(self.body(x)))


model = Net()
loss = model(torch.randn(16, 4)).pow(2).mean()
loss.backward()
lr = 0.01
with torch.no_grad():
    for p in model.parameters():
        # --8<-- [start:cause]
        p -= lr * p.grad  # aux_head's weight got no gradient: p.grad is None
        # --8<-- [end:cause]
