"""Reproduce: images of different sizes in one batch; the DataLoader's default collate_fn cannot stack them."""
import torch
from torch.utils.data import DataLoader, Dataset


class Photos(Dataset):
    sizes = [(224, 224), (200, 300), (256, 192), (180, 240)]  # (height, width) of each decoded photo

    def __len__(self):
        return len(self.sizes)

    def __getitem__(self, i):
        # --8<-- [start:cause]
        height, width = self.sizes[i]
        return torch.rand(3, height, width), i % 2  # no resize or crop: every photo keeps its own size
        # --8<-- [end:cause]


loader = DataLoader(Photos(), batch_size=2)
images, labels = next(iter(loader))
