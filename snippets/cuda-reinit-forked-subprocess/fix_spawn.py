"""Alternative (needs a CUDA GPU): if the workers really must use CUDA, start them with 'spawn'."""
import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset


class GpuAugmentedImages(Dataset):
    def __len__(self):
        return 8

    def __getitem__(self, i):
        image = torch.rand(3, 32, 32).cuda()  # each spawned worker initialises CUDA for itself
        return image.flip(-1).cpu(), i % 2   # return CPU tensors: sharing CUDA tensors between processes is fragile


if __name__ == "__main__":  # required with 'spawn': each worker imports this file again
    model = nn.Conv2d(3, 4, kernel_size=3).cuda()
    # --8<-- [start:fix]
    loader = DataLoader(GpuAugmentedImages(), batch_size=4, num_workers=2, multiprocessing_context="spawn")
    # --8<-- [end:fix]
    batches = 0
    for images, labels in loader:
        out = model(images.cuda())
        assert out.shape == (4, 4, 30, 30)
        batches += 1
    assert batches == 2
    print("2 batches from 2 spawned workers that used CUDA")
