"""Reproduce: a Dataset uses 1-based class ids from its label file as indices into a 0-based target."""
import torch
from torch.utils.data import DataLoader, Dataset

NUM_CLASSES = 5
rows = [([0.1, 0.2], 1), ([0.3, 0.1], 3), ([0.9, 0.4], 5), ([0.5, 0.5], 2)]   # class ids 1..5


class Samples(Dataset):
    def __len__(self):
        return len(rows)

    def __getitem__(self, i):
        features, class_id = rows[i]
        target = torch.zeros(NUM_CLASSES)            # valid indices: 0..4
        # --8<-- [start:cause]
        target[class_id] = 1.0                       # class id 5 -> index 5: one past the end
        # --8<-- [end:cause]
        return torch.tensor(features), target


for x, y in DataLoader(Samples(), batch_size=2):
    print("batch:", tuple(x.shape), tuple(y.shape))
