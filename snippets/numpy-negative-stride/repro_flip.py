"""Reproduce: np.flip augmentation returns a view; the DataLoader's default_collate cannot convert it."""
import numpy as np
from torch.utils.data import DataLoader, Dataset


class Flipped(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, i):
        img = np.arange(2 * 4 * 4, dtype=np.float32).reshape(2, 4, 4)  # CHW
        return np.flip(img, axis=2)  # horizontal flip, returned as a numpy array


next(iter(DataLoader(Flipped(), batch_size=2)))
