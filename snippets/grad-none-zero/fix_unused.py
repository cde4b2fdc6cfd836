"""Fix: find the parameters that got no gradient; use them in the loss, or skip them in the update."""
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
before = {name: p.detach().clone() for name, p in model.named_parameters()}
loss = model(torch.randn(16, 4)).pow(2).mean()
loss.backward()

# Which parameters did not take part in this loss?
no_grad = [name for name, p in model.named_parameters() if p.grad is None]
assert no_grad == ["aux_head.weight", "aux_head.bias"], no_grad

lr = 0.01
with torch.no_grad():
    for p in model.parameters():
        # --8<-- [start:fix]
        if p.grad is None:   # not used in this loss: nothing to update (torch.optim does the same)
            continue
        p -= lr * p.grad
        # --8<-- [end:fix]

changed = [name for name, p in model.named_parameters() if not torch.equal(p, before[name])]
assert changed == ["body.weight", "body.bias", "head.weight", "head.bias"], changed
print("no gradient (skipped):", no_grad)
