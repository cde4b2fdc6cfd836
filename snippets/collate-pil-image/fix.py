"""Fix: convert each PIL image to a float CHW tensor in __getitem__, so the default collate_fn can stack them."""
import numpy as np
import torch
from PIL import Image
from torch.utils.data import DataLoader, Dataset

rng = np.random.default_rng(0)
paths = []
for i in range(8):
    path = f"img_{i}.png"
    Image.fromarray(rng.integers(0, 256, (32, 32, 3), dtype=np.uint8)).save(path)
    paths.append(path)


def pil_to_tensor(image: Image.Image) -> torch.Tensor:
    """HWC uint8 PIL image -> CHW float32 tensor in [0, 1] (what torchvision's ToTensor() returns)."""
    array = np.array(image, dtype=np.uint8)  # np.array copies: a writable array, no from_numpy warning
    return torch.from_numpy(array).permute(2, 0, 1).float().div(255)


class ImageFiles(Dataset):
    def __init__(self, paths):
        self.paths = paths

    def __len__(self):
        return len(self.paths)

    def __getitem__(self, i):
        image = Image.open(self.paths[i]).convert("RGB")
        # --8<-- [start:fix]
        return pil_to_tensor(image), i % 2  # a (3, H, W) float tensor: default_collate stacks these
        # --8<-- [end:fix]


loader = DataLoader(ImageFiles(paths), batch_size=4, shuffle=True)
images, labels = next(iter(loader))
assert images.shape == (4, 3, 32, 32) and images.dtype == torch.float32
assert labels.shape == (4,) and labels.dtype == torch.int64
assert 0.0 <= images.min() and images.max() <= 1.0

# Same pixels as the file: channel c of pixel (y, x) is array[y, x, c] / 255.
first = np.array(Image.open(paths[0]).convert("RGB"))
assert torch.equal(pil_to_tensor(Image.open(paths[0])), torch.from_numpy(first).permute(2, 0, 1) / 255)
print("batch:", tuple(images.shape), images.dtype, "| labels:", tuple(labels.shape), labels.dtype)
