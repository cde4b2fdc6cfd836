"""Reproduce: a Dataset turns OpenCV-style BGR images into RGB with [..., ::-1], then calls torch.from_numpy."""
import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


class Images(Dataset):
    def __init__(self):
        rng = np.random.default_rng(0)
        self.images = [rng.integers(0, 256, (8, 8, 3), dtype=np.uint8) for _ in range(4)]  # HWC, BGR

    def __len__(self):
        return len(self.images)

    def __getitem__(self, i):
        # --8<-- [start:cause]
        rgb = self.images[i][:, :, ::-1]  # BGR -> RGB: a view with a negative stride
        print("strides:", rgb.strides)
        return torch.from_numpy(rgb).permute(2, 0, 1)
        # --8<-- [end:cause]


next(iter(DataLoader(Images(), batch_size=2)))
