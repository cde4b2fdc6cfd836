"""Reproduce: a DataLoader worker dies of SIGBUS, the signal it gets when /dev/shm (shared memory) is full."""
import os
import re
import signal
import time

import torch
from torch.utils.data import DataLoader, Dataset


class Images(Dataset):
    def __len__(self):
        return 16

    def __getitem__(self, i):
        if i == 4:
            # SIMULATED: a worker writing a batch into a full /dev/shm (Docker's default is 64 MB)
            # receives SIGBUS from the kernel; here the worker sends it to itself.
            time.sleep(1)
            os.kill(os.getpid(), signal.SIGBUS)
        return torch.zeros(3, 8, 8)


loader = DataLoader(Images(), batch_size=4, num_workers=2)
try:
    # --8<-- [start:cause]
    for step, batch in enumerate(loader):
        print("step", step, "batch", tuple(batch.shape))
        time.sleep(3)  # the training step
    # --8<-- [end:cause]
except RuntimeError as exc:
    # Only for the verified output: worker pids change on every run, so show them as <pid>.
    exc.args = (re.sub(r"\(pid(\(s\))? [\d, ]+\)", r"(pid\1 <pid>)", str(exc)),)
    raise
