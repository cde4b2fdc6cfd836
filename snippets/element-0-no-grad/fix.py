"""Fix: build the loss from the model's outputs with grad enabled; never patch loss.requires_grad."""
import torch
import torch.nn.functional as F
from torch.utils.checkpoint import checkpoint

model = torch.nn.Linear(3, 1)
x, target = torch.randn(4, 3), torch.randn(4, 1)

# 1. Compute the training loss outside torch.no_grad() and keep it a tensor (sum tensors, not .item()).
# --8<-- [start:fix]
loss = F.mse_loss(model(x), target) + F.l1_loss(model(x), target)
# --8<-- [end:fix]
assert loss.requires_grad and loss.grad_fn is not None
loss.backward()
assert all(p.grad is not None and p.grad.abs().sum() > 0 for p in model.parameters())

# 2. Frozen backbone: at least one parameter must require grad. requires_grad_() unfreezes the head.
backbone, head = torch.nn.Linear(3, 3), torch.nn.Linear(3, 1)
backbone.requires_grad_(False)
head.requires_grad_(True)
F.mse_loss(head(backbone(x)), target).backward()
assert all(p.grad is None for p in backbone.parameters())          # stays frozen
assert all(p.grad is not None and p.grad.abs().sum() > 0 for p in head.parameters())

# 3. Activation checkpointing behind frozen layers: use the non-reentrant implementation.
block = torch.nn.Linear(3, 1)
checkpoint(block, backbone(x), use_reentrant=False).sum().backward()
assert block.weight.grad is not None and block.weight.grad.abs().sum() > 0

# 4. The "loss.requires_grad = True" patch silences the error but trains nothing.
model.zero_grad(set_to_none=True)
with torch.no_grad():
    bad = F.mse_loss(model(x), target)
bad.requires_grad = True
bad.backward()                       # no error ...
assert all(p.grad is None for p in model.parameters())  # ... and no gradient reached the model
print("real loss: grad_fn =", type(loss.grad_fn).__name__, "| every parameter got a non-zero gradient")
print("patched loss: model.weight.grad =", model.weight.grad)
