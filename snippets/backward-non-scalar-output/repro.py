"""Reproduce: backward() on a per-sample loss that was never reduced to one number."""
import torch
import torch.nn.functional as F

model = torch.nn.Linear(3, 1)
x, target = torch.randn(4, 3), torch.randn(4, 1)

# --8<-- [start:cause]
loss = F.mse_loss(model(x), target, reduction="none")  # one value per sample
# --8<-- [end:cause]
print("loss.shape:", tuple(loss.shape))
loss.backward()
