"""Reproduce: the model was converted with .half(), then trained with GradScaler (mixed precision)."""
import torch
from torch import nn

model = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 1))
# --8<-- [start:cause]
model = model.half()  # float16 weights "to save memory": their gradients are float16 too
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
scaler = torch.amp.GradScaler("cpu")  # on a GPU: torch.amp.GradScaler("cuda")
# --8<-- [end:cause]

x, y = torch.randn(8, 16), torch.randn(8, 1)
with torch.autocast("cpu", dtype=torch.float16):
    loss = nn.functional.mse_loss(model(x.half()).float(), y)
scaler.scale(loss).backward()
print("gradient dtype:", model[0].weight.grad.dtype)
scaler.unscale_(optimizer)  # before gradient clipping; scaler.step() would fail the same way
torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
scaler.step(optimizer)
