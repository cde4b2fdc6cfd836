"""Debugging (needs a CUDA GPU): CUDA_LAUNCH_BLOCKING=1 makes the error surface at the operation that failed."""
import os

os.environ["CUDA_LAUNCH_BLOCKING"] = "1"  # before the first CUDA call; in a shell: CUDA_LAUNCH_BLOCKING=1 python train.py

import traceback  # noqa: E402

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402
from torch import nn  # noqa: E402

device = torch.device("cuda")
model = nn.Linear(16, 10).to(device)
x = torch.randn(8, 16, device=device)
labels = torch.tensor([0, 3, 9, 10, 2, 5, 1, 7], device=device)

try:
    # --8<-- [start:fix]
    loss = F.cross_entropy(model(x), labels)  # with blocking launches the error is raised right here
    # --8<-- [end:fix]
    raise AssertionError("expected the device-side assert")
except RuntimeError as exc:  # torch.AcceleratorError (torch 2.8 and later) is a RuntimeError
    frame = traceback.extract_tb(exc.__traceback__)[0]  # the first frame: this file's failing line
    assert "device-side assert triggered" in str(exc)
    assert "F.cross_entropy" in frame.line, frame.line
    assert "might be asynchronously reported" not in str(exc)  # the hint is dropped: the stack is exact
    print(f"{type(exc).__name__} raised at line {frame.lineno}: {frame.line}")
# The CUDA context cannot be used after a device-side assert: restart the process to go on.
