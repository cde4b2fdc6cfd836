"""Fix for any accelerator (CUDA, Apple MPS, Intel XPU...): ask torch.accelerator, fall back to the CPU."""
import torch
from torch import nn

# --8<-- [start:fix]
# None when this build has no accelerator or none is usable at run time (torch 2.7 and later).
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
model = nn.Linear(4, 2).to(device)
# --8<-- [end:fix]
out = model(torch.randn(3, 4, device=device))

assert out.shape == (3, 2) and out.device.type == device.type
if not torch.accelerator.is_available():
    assert device == torch.device("cpu")
print("output:", tuple(out.shape), "| device type matches:", out.device.type == device.type)
