"""Fix for training: gradient accumulation gives the big batch's gradient in small pieces (any device)."""
import torch
from torch import nn
import torch.nn.functional as F

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")  # the arithmetic is the same on both
torch.manual_seed(0)
model = nn.Linear(16, 4).to(device)
x = torch.randn(64, 16, device=device)
y = torch.randint(0, 4, (64,), device=device)

# Reference: one batch of 64.
model.zero_grad()
F.cross_entropy(model(x), y).backward()
full = [p.grad.clone() for p in model.parameters()]

# Same gradient from 4 micro-batches of 16: each loss is divided by the number of steps,
# so the summed gradients equal the mean over the whole batch. Peak memory is that of 16 samples.
steps = 4
model.zero_grad()
for xb, yb in zip(x.chunk(steps), y.chunk(steps)):
    (F.cross_entropy(model(xb), yb) / steps).backward()    # gradients add up in .grad
accumulated = [p.grad for p in model.parameters()]

for g_full, g_acc in zip(full, accumulated):
    assert torch.allclose(g_full, g_acc, atol=1e-6)
print(f"{steps} micro-batches of {len(x) // steps} give the gradient of one batch of {len(x)}")
