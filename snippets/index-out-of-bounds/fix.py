"""Fix: convert the file's 1-based class ids to 0-based indices once, and check the range when loading."""
import torch
import torch.nn.functional as F
from torch.utils.data import DataLoader, Dataset

NUM_CLASSES = 5
rows = [([0.1, 0.2], 1), ([0.3, 0.1], 3), ([0.9, 0.4], 5), ([0.5, 0.5], 2)]


class Samples(Dataset):
    def __init__(self, rows, num_classes):
        # --8<-- [start:fix]
        ids = [class_id - 1 for _, class_id in rows]           # file: 1..C  ->  indices: 0..C-1
        bad = [i for i in ids if not 0 <= i < num_classes]
        if bad:
            raise ValueError(f"class ids out of range 1..{num_classes}: {[i + 1 for i in bad]}")
        # --8<-- [end:fix]
        self.features = torch.tensor([f for f, _ in rows])
        self.targets = torch.tensor(ids)
        self.num_classes = num_classes

    def __len__(self):
        return len(self.targets)

    def __getitem__(self, i):
        return self.features[i], F.one_hot(self.targets[i], self.num_classes).float()


batches = list(DataLoader(Samples(rows, NUM_CLASSES), batch_size=2))
targets = torch.cat([y for _, y in batches])
assert targets.shape == (4, 5) and torch.equal(targets.sum(dim=1), torch.ones(4))
assert targets.argmax(dim=1).tolist() == [0, 2, 4, 1]          # class ids 1, 3, 5, 2

# Bad data is reported where it is loaded, naming the value, not later inside a DataLoader worker.
try:
    Samples([([0.0, 0.0], 6)], NUM_CLASSES)
    raise AssertionError("expected a ValueError")
except ValueError as exc:
    assert "[6]" in str(exc)

# Valid indices for a dimension of size n run from 0 to n - 1 (and -n to -1 from the end).
t = torch.arange(5)
assert t[4] == t[-1] == 4 and t[-5] == 0
print("one-hot targets:", tuple(targets.shape))
