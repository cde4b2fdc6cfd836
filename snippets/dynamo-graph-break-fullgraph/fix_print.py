"""Fix: run debugging prints only outside compilation (or drop them from forward())."""
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 4)

    def forward(self, x):
        # --8<-- [start:fix]
        if not torch.compiler.is_compiling():  # a constant for Dynamo: the print is left out
            print("forward called (eager)")
        # --8<-- [end:fix]
        return self.fc(x)


model = Net()
compiled = torch.compile(model, fullgraph=True, backend="eager")
x = torch.randn(2, 8)
assert torch.equal(compiled(x), model(x))  # the eager call prints, the compiled one does not
print("compiled with fullgraph=True")
