"""Reproduce: the training loop sits at module level; spawned DataLoader workers re-import the script and run it again."""
import multiprocessing.util
import re

import torch
from torch.utils.data import DataLoader, TensorDataset

dataset = TensorDataset(torch.arange(8.0).unsqueeze(1), torch.arange(8) % 2)
try:
    # "spawn" is the default start method on Windows and macOS; Linux defaults to fork, so ask for it.
    # One worker: with N workers, the worker's traceback below is printed N times.
    # --8<-- [start:cause]
    loader = DataLoader(dataset, batch_size=4, num_workers=1, multiprocessing_context="spawn")
    for x, y in loader:  # at module level, no `if __name__ == "__main__":` guard
        print(x.shape)
    # --8<-- [end:cause]
except RuntimeError as exc:
    if "DataLoader worker" in str(exc):
        # Only for the verified output: worker pids change on every run, so show them as <pid>; and
        # run multiprocessing's exit cleanup now (the verified run skips Python's normal exit).
        for err in (exc, exc.__cause__):
            err.args = (re.sub(r"\(pid(\(s\))? [\d, ]+\)", r"(pid\1 <pid>)", str(err)),)
        multiprocessing.util._exit_function()
    raise
