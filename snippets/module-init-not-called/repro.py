"""Reproduce: a model's __init__ never calls nn.Module.__init__ before assigning a layer."""
from torch import nn


class Net(nn.Module):
    def __init__(self, hidden):
        # --8<-- [start:cause]
        # (no super().__init__() here)
        self.hidden = hidden
        self.fc = nn.Linear(8, hidden)  # registering a submodule needs what Module.__init__ sets up
        # --8<-- [end:cause]

    def forward(self, x):
        return self.fc(x)


Net(16)
