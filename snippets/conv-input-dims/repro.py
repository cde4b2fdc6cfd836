"""Reproduce: the Dataset already adds a batch dim, then the DataLoader adds another: a 5-D batch reaches Conv2d."""
import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset


class Images(Dataset):
    def __len__(self):
        return 16

    def __getitem__(self, i):
        image = torch.rand(3, 32, 32)  # (C, H, W), e.g. the output of a transform
        # --8<-- [start:cause]
        return image.unsqueeze(0)      # (1, C, H, W): a "batch of one", copied from inference code
        # --8<-- [end:cause]


model = nn.Sequential(nn.Conv2d(3, 8, kernel_size=3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten())
batch = next(iter(DataLoader(Images(), batch_size=4)))
print("batch shape:", tuple(batch.shape))  # the DataLoader stacks the items: (4, 1, 3, 32, 32)
model(batch)
