"""Reproduce (needs a CUDA GPU): a Dataset that uses CUDA, read by forked DataLoader workers
after the main process has already used CUDA."""
import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset


class GpuAugmentedImages(Dataset):
    def __len__(self):
        return 8

    def __getitem__(self, i):
        image = torch.rand(3, 32, 32)
        # --8<-- [start:cause]
        image = image.cuda()  # CUDA inside a worker process
        # --8<-- [end:cause]
        return image.flip(-1), i % 2


if __name__ == "__main__":
    model = nn.Conv2d(3, 4, kernel_size=3).cuda()  # the main process initialises CUDA first
    # multiprocessing_context="fork" is what num_workers > 0 uses by default on Linux (Python < 3.14)
    loader = DataLoader(GpuAugmentedImages(), batch_size=4, num_workers=2, multiprocessing_context="fork")
    for images, labels in loader:
        model(images)
