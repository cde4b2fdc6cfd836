"""Fix: keep the parameters in float32 and let autocast run the float16 computation."""
import torch
from torch import nn

model = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 1))  # float32, no .half()
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
scaler = torch.amp.GradScaler("cpu")  # on a GPU: torch.amp.GradScaler("cuda")

x, y = torch.randn(8, 16), 0.1 * torch.randn(8, 1)
before = model[0].weight.detach().clone()
for _ in range(3):
    optimizer.zero_grad()
    # --8<-- [start:fix]
    with torch.autocast("cpu", dtype=torch.float16):  # device_type="cuda" on a GPU
        out = model(x)  # float16 matmuls inside, float32 weights outside
        loss = nn.functional.mse_loss(out.float(), y)
    scaler.scale(loss).backward()
    scaler.unscale_(optimizer)  # works: the gradients are float32
    # --8<-- [end:fix]
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    scaler.step(optimizer)
    scaler.update()

assert out.dtype == torch.float16  # the computation did run in float16
assert all(p.dtype == torch.float32 and p.grad.dtype == torch.float32 for p in model.parameters())
assert not torch.equal(before, model[0].weight)  # the optimizer really stepped
print("parameters and gradients: float32 | activations under autocast:", out.dtype)
