"""Fix: keep copies (or only the numbers you need), not the tensors that arrived from the workers."""
import os
import resource

import torch
from torch.utils.data import DataLoader, Dataset

# Same lowered limit as the reproducer (128 open files), to show the fix works under it.
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (128, hard))


class Detections(Dataset):
    def __len__(self):
        return 400

    def __getitem__(self, i):
        return {"image": torch.full((3, 8, 8), float(i)), "boxes": torch.zeros(2, 4), "label": i}


loader = DataLoader(Detections(), batch_size=2, num_workers=2)
outputs, peak_fds = [], 0
for batch in loader:
    # --8<-- [start:fix]
    outputs.append({key: value.clone() for key, value in batch.items()})  # the shared originals are freed
    # --8<-- [end:fix]
    peak_fds = max(peak_fds, len(os.listdir("/proc/self/fd")))
assert len(outputs) == 200
assert torch.equal(torch.cat([b["label"] for b in outputs]), torch.arange(400))
assert peak_fds < 64, peak_fds  # descriptors are released batch by batch
print(f"kept copies of {len(outputs)} batches with a limit of 128 open files")
