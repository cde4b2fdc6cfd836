"""Reproduce: a debugging print() inside forward() under torch.compile(fullgraph=True)."""
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 4)

    def forward(self, x):
        print("forward called")  # a Python side effect Dynamo cannot put into a graph
        return self.fc(x)


compiled = torch.compile(Net(), fullgraph=True, backend="eager")
compiled(torch.randn(2, 8))
