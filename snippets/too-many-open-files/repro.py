"""Reproduce: batches from DataLoader workers are kept in a list; each kept tensor holds a file descriptor open."""
import resource

import torch
from torch.utils.data import DataLoader, Dataset

# SIMULATED LIMIT: lower this process's open-file limit to 128 so it is reached within a second.
# Typical defaults are 1024 (many Linux distributions) or 256 (macOS): the same happens, later.
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (128, hard))


class Detections(Dataset):
    def __len__(self):
        return 400

    def __getitem__(self, i):
        return {"image": torch.full((3, 8, 8), float(i)), "boxes": torch.zeros(2, 4), "label": i}


loader = DataLoader(Detections(), batch_size=2, num_workers=2)
# --8<-- [start:cause]
outputs = []
for batch in loader:
    outputs.append(batch)  # keeps 3 tensors per batch that live in shared memory, one open fd each
# --8<-- [end:cause]
