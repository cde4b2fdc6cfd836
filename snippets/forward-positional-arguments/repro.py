"""Reproduce: the training loop passes the labels to the model as well."""
import torch
from torch import nn


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 3)

    def forward(self, x):          # one input (self does not count as an input, but Python counts it)
        return self.fc(x)


model = Classifier()
x, y = torch.randn(4, 8), torch.tensor([0, 2, 1, 0])

# --8<-- [start:cause]
logits = model(x, y)               # forward(self, x) gets self, x and y: 3 positional arguments
# --8<-- [end:cause]
