"""Fix: a Dataset returns one sample (C, H, W); only the DataLoader adds the batch dimension."""
import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset


class Images(Dataset):
    def __len__(self):
        return 16

    def __getitem__(self, i):
        image = torch.rand(3, 32, 32)
        # --8<-- [start:fix]
        return image                   # (C, H, W): the DataLoader stacks samples into (N, C, H, W)
        # --8<-- [end:fix]


def check_batch(x: torch.Tensor, channels: int) -> torch.Tensor:
    """Fail early, with the shape in the message, before the batch reaches the model."""
    if x.dim() != 4 or x.shape[1] != channels:
        raise ValueError(f"expected a batch of shape (N, {channels}, H, W), got {tuple(x.shape)}")
    return x


model = nn.Sequential(nn.Conv2d(3, 8, kernel_size=3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten())
batch = check_batch(next(iter(DataLoader(Images(), batch_size=4))), channels=3)
out = model(batch)
assert batch.shape == (4, 3, 32, 32) and out.shape == (4, 8)

# One image at inference time: add the dimensions that are missing, and only those.
gray = torch.rand(28, 28)                                    # (H, W)
conv = nn.Conv2d(1, 8, kernel_size=3, padding=1)
assert conv(gray[None, None]).shape == (1, 8, 28, 28)        # (1, 1, H, W): batch and channel
rgb = torch.rand(3, 28, 28)                                  # (C, H, W)
assert model(rgb.unsqueeze(0)).shape == (1, 8)               # (1, C, H, W): batch only
print("batch:", tuple(batch.shape), "| output:", tuple(out.shape))
