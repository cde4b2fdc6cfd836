"""Alternative (needs a CUDA GPU): select GPUs with CUDA_VISIBLE_DEVICES; inside, they are renumbered from 0.

A common mistake: CUDA_VISIBLE_DEVICES=1 python train.py, with train.py still using "cuda:1". The
process then sees one GPU, and it is called cuda:0.
"""
import os
import subprocess
import sys

import torch

physical = torch.cuda.device_count() - 1  # the last GPU of this machine, by its real index
CHILD = r"""
import torch
assert torch.cuda.device_count() == 1
x = torch.ones(2, device="cuda:0")         # the selected GPU, whatever its real index
assert x.device == torch.device("cuda:0")
try:
    torch.ones(2, device="cuda:1")        # does not exist in this process
    raise AssertionError("expected an error")
except RuntimeError as exc:
    assert "invalid device ordinal" in str(exc), str(exc)
print("ok")
"""
# --8<-- [start:fix]
env = {**os.environ, "CUDA_VISIBLE_DEVICES": str(physical)}  # set before the process starts
result = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True)
# --8<-- [end:fix]
assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr
print("with CUDA_VISIBLE_DEVICES set to one GPU, that GPU is cuda:0 and cuda:1 does not exist")
