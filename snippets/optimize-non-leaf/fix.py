"""Fix: make the leaf last: scale (or move) first, then mark the result with requires_grad_()."""
import torch

device = torch.device("cpu")  # the same code with torch.device("cuda") on a GPU

# --8<-- [start:fix]
inputs = (torch.randn(10, 3, 8, 8, device=device) * 0.01).requires_grad_()  # scale, then leaf
scaling = torch.ones(2, device=device, requires_grad=True)                 # created on the device
optimizer = torch.optim.SGD([inputs, scaling], lr=0.1)
# --8<-- [end:fix]
assert inputs.is_leaf and scaling.is_leaf
assert inputs.abs().max() < 0.1                       # still initialised small

before = inputs.detach().clone()
loss = (scaling.sum() * inputs - 1).pow(2).mean()
loss.backward()
optimizer.step()
assert inputs.grad is not None and scaling.grad is not None
assert not torch.equal(inputs.detach(), before)       # the optimizer updated the tensor it was given

# On any other device it is the same rule: created there is a leaf, copied there is not.
assert torch.ones(2, device="meta", requires_grad=True).is_leaf
assert not torch.ones(2, requires_grad=True).to("meta").is_leaf
print("leaves:", inputs.is_leaf, scaling.is_leaf, "| both updated by the optimizer")
