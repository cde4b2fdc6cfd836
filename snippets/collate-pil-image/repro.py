"""Reproduce: a Dataset returns PIL images (no conversion to tensors), so default_collate cannot batch them."""
import numpy as np
from PIL import Image
from torch.utils.data import DataLoader, Dataset

# A few small RGB images on disk, as in an image-classification folder.
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
        # --8<-- [start:cause]
        image = Image.open(self.paths[i]).convert("RGB")  # a PIL.Image.Image, never turned into a tensor
        return image, i % 2
        # --8<-- [end:cause]


loader = DataLoader(ImageFiles(paths), batch_size=4, shuffle=True)
images, labels = next(iter(loader))
