"""Reproduce: the worker dies while the main process waits for a batch: "exited unexpectedly", with the cause above it."""
import os
import re
import signal
import time

import torch
from torch.utils.data import DataLoader, Dataset


class Samples(Dataset):
    def __len__(self):
        return 16

    def __getitem__(self, i):
        if i == 0:
            # SIMULATED: the OOM killer's SIGKILL, this time before the first batch is ready
            # (a moment later, so the main process is already waiting for the batch).
            time.sleep(1.0)
            os.kill(os.getpid(), signal.SIGKILL)
        return torch.full((3,), float(i))


loader = DataLoader(Samples(), batch_size=4, num_workers=2)
try:
    # --8<-- [start:cause]
    for step, batch in enumerate(loader):  # the main process is waiting here when the worker dies
        print("step", step, "batch", tuple(batch.shape))
    # --8<-- [end:cause]
except RuntimeError as exc:
    # Only for the verified output: worker pids change on every run, so show them as <pid>.
    for err in (exc, exc.__cause__):
        err.args = (re.sub(r"\(pid(\(s\))? [\d, ]+\)", r"(pid\1 <pid>)", str(err)),)
    raise
