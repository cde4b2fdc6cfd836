"""Fix: copy the flipped view into a new array (positive strides) before torch.from_numpy."""
import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


class Images(Dataset):
    def __init__(self):
        rng = np.random.default_rng(0)
        self.images = [rng.integers(0, 256, (8, 8, 3), dtype=np.uint8) for _ in range(4)]

    def __len__(self):
        return len(self.images)

    def __getitem__(self, i):
        # --8<-- [start:fix]
        rgb = self.images[i][:, :, ::-1].copy()  # a new array in C order
        return torch.from_numpy(rgb).permute(2, 0, 1)
        # --8<-- [end:fix]


ds = Images()
batch = next(iter(DataLoader(ds, batch_size=2)))
assert batch.shape == (2, 3, 8, 8) and batch.dtype == torch.uint8
assert torch.equal(batch[0, 0], torch.from_numpy(ds.images[0][:, :, 2]))  # R channel = BGR's last

# np.ascontiguousarray is not always enough: with a size-1 axis numpy may keep the negative stride.
a = np.zeros((1, 4, 4))[::-1]
assert np.ascontiguousarray(a).strides[0] < 0 and a.copy().strides[0] > 0
print("batch:", tuple(batch.shape), batch.dtype, "| ascontiguousarray keeps", np.ascontiguousarray(a).strides)
