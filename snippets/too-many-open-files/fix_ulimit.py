"""Fix: raise the soft open-file limit (what `ulimit -n` sets) up to the hard limit, at the start of the program."""
import os
import resource

import torch
from torch.utils.data import DataLoader, Dataset

# Same lowered limit as the reproducer (128 open files), standing in for a low system default.
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (128, hard))
# --8<-- [start:fix]
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))  # like `ulimit -n <hard limit>` in the shell
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
assert len(outputs) == 200
assert torch.equal(torch.cat([b["label"] for b in outputs]), torch.arange(400))
assert peak_fds > 3 * len(outputs), peak_fds  # one descriptor per kept tensor: far past the old 128
print(f"kept {len(outputs)} batches; more than {3 * len(outputs)} descriptors open at the peak, under the raised limit")
