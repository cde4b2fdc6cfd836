"""Fix: keep the Dataset as it is (PIL images) and convert the whole batch in a custom collate_fn."""
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


class ImageFiles(Dataset):
    def __init__(self, paths):
        self.paths = paths

    def __len__(self):
        return len(self.paths)

    def __getitem__(self, i):
        return Image.open(self.paths[i]).convert("RGB"), i % 2  # unchanged: PIL images


def collate_pil(batch):
    """[(PIL image, label), ...] -> (N, 3, H, W) float tensor in [0, 1], (N,) int64 labels."""
    images, labels = zip(*batch)
    if len({image.size for image in images}) != 1:
        raise ValueError(f"images in a batch must have one size, got {sorted({im.size for im in images})}")
    pixels = np.stack([np.array(image, dtype=np.uint8) for image in images])  # (N, H, W, 3)
    return torch.from_numpy(pixels).permute(0, 3, 1, 2).float().div(255), torch.tensor(labels)


# --8<-- [start:fix]
loader = DataLoader(ImageFiles(paths), batch_size=4, shuffle=True, collate_fn=collate_pil)
# --8<-- [end:fix]
images, labels = next(iter(loader))
assert images.shape == (4, 3, 32, 32) and images.dtype == torch.float32
assert labels.shape == (4,) and labels.dtype == torch.int64
assert 0.0 <= images.min() and images.max() <= 1.0
print("batch:", tuple(images.shape), images.dtype, "| labels:", tuple(labels.shape), labels.dtype)
