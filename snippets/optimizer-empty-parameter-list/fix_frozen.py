"""Fix: freeze only what should stay fixed, and check the trainable list before building the optimizer."""
import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
backbone, head = model[0], model[2]
# --8<-- [start:fix]
backbone.requires_grad_(False)  # freeze the backbone only; the head stays trainable
trainable = [p for p in model.parameters() if p.requires_grad]  # a list, not a one-shot generator
if not trainable:
    raise ValueError("no trainable parameters: check which modules you froze")
optimizer = torch.optim.Adam(trainable, lr=1e-3)
# --8<-- [end:fix]

assert len(trainable) == 2 and trainable[0] is head.weight and trainable[1] is head.bias
frozen_before = backbone.weight.detach().clone()
head_before = head.weight.detach().clone()
model(torch.randn(3, 4)).pow(2).mean().backward()
optimizer.step()
assert torch.equal(backbone.weight, frozen_before) and backbone.weight.grad is None
assert not torch.equal(head.weight, head_before)
print("trainable tensors:", len(trainable), "| backbone unchanged, head updated")
