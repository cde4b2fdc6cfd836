"""Fix for workers that grow until the OOM killer ends them: keep the dataset in NumPy arrays, not lists of Python objects."""
import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


def private_mib() -> float:
    """Memory this process has written to itself (Linux): pages copied from the parent count here."""
    with open("/proc/self/smaps_rollup") as f:
        fields = dict(line.split(":", 1) for line in f if ":" in line)
    return int(fields["Private_Dirty"].split()[0]) / 1024


class TokenSequences(Dataset):
    """Sequences of token ids; the last sample of each batch also reports how much the worker's memory grew."""

    def __init__(self, samples):
        self.samples = samples
        self.start = None

    def __len__(self):
        return len(self.samples)

    def __getitem__(self, i):
        if self.start is None:  # first call in this worker process
            self.start = private_mib()
        tokens = torch.as_tensor(np.asarray(self.samples[i]), dtype=torch.int64)
        grown = private_mib() - self.start if i % 100 == 99 else 0.0
        return tokens, grown


def worker_growth(samples) -> float:
    loader = DataLoader(TokenSequences(samples), batch_size=100, num_workers=2)
    growth = 0.0
    for tokens, grown in loader:
        assert tokens.shape == (100, 500)
        growth = max(growth, float(grown.max()))
    return growth


n, length = 2000, 500
# --8<-- [start:fix]
as_lists = [list(range(i * length, (i + 1) * length)) for i in range(n)]  # 1 million Python int objects
as_array = np.arange(n * length, dtype=np.int64).reshape(n, length)     # one 8 MB buffer
# --8<-- [end:fix]
lists_growth = worker_growth(as_lists)
array_growth = worker_growth(as_array)
assert lists_growth > 10, lists_growth              # each worker copied pages of the parent's lists
assert array_growth < lists_growth / 3, (array_growth, lists_growth)
print("memory each worker copied: lists of Python ints > 10 MiB, one NumPy array < a third of that")
