"""Fix (needs a CUDA GPU): check the requested index against torch.cuda.device_count() before using it."""
import os

import torch
from torch import nn


# --8<-- [start:fix]
def cuda_device(index: int) -> torch.device:
    count = torch.cuda.device_count()  # counts only the GPUs in CUDA_VISIBLE_DEVICES, renumbered from 0
    if not 0 <= index < count:
        raise ValueError(f"cuda:{index} does not exist: {count} GPU(s) visible, numbered 0..{count - 1} "
                         f"(CUDA_VISIBLE_DEVICES={os.environ.get('CUDA_VISIBLE_DEVICES')!r})")
    return torch.device("cuda", index)
# --8<-- [end:fix]


count = torch.cuda.device_count()
try:
    cuda_device(count)  # the index that failed in repro.py
    raise AssertionError("expected a ValueError")
except ValueError as exc:
    assert f"cuda:{count} does not exist" in str(exc)

device = cuda_device(count - 1)  # the last GPU that exists
model = nn.Linear(16, 4).to(device)
out = model(torch.randn(2, 16, device=device))
assert out.device == device and out.shape == (2, 4)
print("an index past the last GPU is refused with a ValueError; the last valid one works")
