"""Fix for fine-tuning (LoRA-style): keep the frozen base in float16, make the trainable part float32."""
import torch
from torch import nn


class LoRALinear(nn.Module):
    def __init__(self, base: nn.Linear, rank: int = 4):
        super().__init__()
        self.base = base
        self.down = nn.Linear(base.in_features, rank, bias=False)
        self.up = nn.Linear(rank, base.out_features, bias=False)
        nn.init.zeros_(self.up.weight)

    def forward(self, x):
        return self.base(x) + self.up(self.down(x))


model = LoRALinear(nn.Linear(16, 16)).half()  # the whole model was loaded in float16
model.base.requires_grad_(False)
# --8<-- [start:fix]
for p in model.parameters():
    if p.requires_grad:
        p.data = p.data.float()  # trainable parameters (and so their gradients) in float32
# --8<-- [end:fix]

trainable = [p for p in model.parameters() if p.requires_grad]
optimizer = torch.optim.AdamW(trainable, lr=1e-2)
scaler = torch.amp.GradScaler("cpu")
x, y = torch.randn(8, 16), torch.randn(8, 16)
for _ in range(3):
    optimizer.zero_grad()
    with torch.autocast("cpu", dtype=torch.float16):
        loss = nn.functional.mse_loss(model(x).float(), y)
    scaler.scale(loss).backward()
    scaler.unscale_(optimizer)
    scaler.step(optimizer)
    scaler.update()

assert model.base.weight.dtype == torch.float16  # the large frozen part keeps its memory saving
assert all(p.dtype == torch.float32 and p.grad.dtype == torch.float32 for p in trainable)
assert model.up.weight.abs().sum() > 0  # the adapter was trained
print("frozen base:", model.base.weight.dtype, "| trainable adapter:", model.up.weight.dtype)
