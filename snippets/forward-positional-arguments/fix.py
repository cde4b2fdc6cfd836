"""Fix: pass the model exactly the inputs its forward() declares; the labels go to the loss."""
import inspect

import torch
import torch.nn.functional as F
from torch import nn


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        return self.fc(x)


model = Classifier()
x, y = torch.randn(4, 8), torch.tensor([0, 2, 1, 0])

# What the model accepts (self is already bound, so it is not listed):
assert str(inspect.signature(model.forward)) == "(x)"

# --8<-- [start:fix]
logits = model(x)                  # inputs only
loss = F.cross_entropy(logits, y)  # labels only meet the loss
# --8<-- [end:fix]
loss.backward()

assert logits.shape == (4, 3)
assert torch.isfinite(loss) and model.fc.weight.grad is not None
print("forward" + str(inspect.signature(model.forward)), "| logits:", tuple(logits.shape))
