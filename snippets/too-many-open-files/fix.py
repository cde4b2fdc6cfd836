"""Fix: share tensors through named files in /dev/shm ("file_system"), which keeps no descriptor open per tensor."""
import os
import resource

import torch
from torch.utils.data import DataLoader, Dataset

# Same lowered limit as the reproducer (128 open files), to show the fix works under it.
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (128, hard))
# --8<-- [start:fix]
torch.multiprocessing.set_sharing_strategy("file_system")  # first thing, before any DataLoader starts
# --8<-- [end:fix]


class Detections(Dataset):
    def __len__(self):
        return 400

    def __getitem__(self, i):
        return {"image": torch.full((3, 8, 8), float(i)), "boxes": torch.zeros(2, 4), "label": i}


loader = DataLoader(Detections(), batch_size=2, num_workers=2)
outputs, peak_fds = [], 0
for batch in loader:
    outputs.append(batch)
    peak_fds = max(peak_fds, len(os.listdir("/proc/self/fd")))
assert len(outputs) == 200 and 3 * len(outputs) > 128        # more kept tensors than the fd limit
assert torch.equal(torch.cat([b["label"] for b in outputs]), torch.arange(400))
assert peak_fds < 64, peak_fds                                 # no descriptor per kept tensor
print(f"kept {len(outputs)} batches ({3 * len(outputs)} tensors) with a limit of 128 open files")
