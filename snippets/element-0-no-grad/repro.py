"""Reproduce: the loss was computed inside torch.no_grad(), so there is no graph to backpropagate."""
import torch
import torch.nn.functional as F

model = torch.nn.Linear(3, 1)
x, target = torch.randn(4, 3), torch.randn(4, 1)

# --8<-- [start:cause]
with torch.no_grad():  # e.g. copied from the validation loop
    loss = F.mse_loss(model(x), target)
# --8<-- [end:cause]
print("loss.requires_grad:", loss.requires_grad, "| loss.grad_fn:", loss.grad_fn)
loss.backward()
