"""Reproduce: the same bug with num_workers > 0 can say "Trying to resize storage that is not resizable"."""
import torch
from torch.utils.data import DataLoader, Dataset


class Photos(Dataset):
    sizes = [(256, 256), (200, 300), (256, 192), (180, 240)]  # this time the first photo is the largest

    def __len__(self):
        return len(self.sizes)

    def __getitem__(self, i):
        height, width = self.sizes[i]
        return torch.rand(3, height, width), i % 2


# --8<-- [start:cause]
loader = DataLoader(Photos(), batch_size=2, num_workers=2)  # workers collate into shared memory
# --8<-- [end:cause]
images, labels = next(iter(loader))
