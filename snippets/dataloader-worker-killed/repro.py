"""Reproduce: a DataLoader worker is killed with SIGKILL (what the Linux OOM killer sends) while the model trains."""
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
        if i == 4:  # the first sample of the second batch, prepared by the second worker
            # SIMULATED: on a real machine the kernel's OOM killer sends this SIGKILL when memory runs out.
            time.sleep(1)
            os.kill(os.getpid(), signal.SIGKILL)
        return torch.full((3,), float(i))


loader = DataLoader(Samples(), batch_size=4, num_workers=2)
try:
    # --8<-- [start:cause]
    for step, batch in enumerate(loader):
        print("step", step, "batch", tuple(batch.shape))
        time.sleep(3)  # the training step: meanwhile the workers prepare the next batches
    # --8<-- [end:cause]
except RuntimeError as exc:
    # Only for the verified output: worker pids change on every run, so show them as <pid>.
    exc.args = (re.sub(r"\(pid(\(s\))? [\d, ]+\)", r"(pid\1 <pid>)", str(exc)),)
    raise
