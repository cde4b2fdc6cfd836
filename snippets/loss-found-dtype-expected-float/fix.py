"""Fix: give the loss a target of the model output's dtype (float32), made that way from the start."""
import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
netD = nn.Sequential(nn.Linear(8, 1), nn.Sigmoid())
criterion = nn.BCELoss()
real = torch.randn(4, 8)
output = netD(real).view(-1)

# --8<-- [start:fix]
real_label = 1.0  # a float fill value
label = torch.full((real.size(0),), real_label, dtype=output.dtype)  # float32, like the output
loss = criterion(output, label)
# --8<-- [end:fix]
loss.backward()
assert label.dtype == output.dtype == torch.float32
assert torch.allclose(loss, -torch.log(output).mean())  # BCE against all-ones labels
assert netD[0].weight.grad is not None


# Targets from numpy (float64) or integer counts: convert once, to the output's dtype.
def as_target(y, like: torch.Tensor) -> torch.Tensor:
    return torch.as_tensor(y).to(dtype=like.dtype, device=like.device)


model = nn.Linear(3, 1)
pred = model(torch.randn(4, 3))
soft = as_target(np.array([[0.9], [0.1], [0.8], [0.2]]), pred)
counts = as_target(torch.tensor([[3], [1], [4], [1]]), pred)
(nn.BCELoss()(torch.sigmoid(pred), soft) + nn.HuberLoss()(pred, counts)).backward()
assert soft.dtype == counts.dtype == torch.float32 and model.weight.grad.shape == (1, 3)

# MSELoss, L1Loss and SmoothL1Loss promote an int64 target in PyTorch 2.13: same loss as a float one.
int_counts = torch.tensor([[3], [1], [4], [1]])
for loss_fn in (nn.MSELoss(), nn.L1Loss(), nn.SmoothL1Loss()):
    assert torch.equal(loss_fn(pred.detach(), int_counts), loss_fn(pred.detach(), counts))
print("label:", label.dtype, "| BCELoss:", round(loss.item(), 4), "| HuberLoss backward: ok")
