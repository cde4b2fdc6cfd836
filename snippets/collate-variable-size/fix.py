"""Fix: give every sample the same size inside the Dataset (resize here; a crop works too)."""
import torch
import torch.nn.functional as F
from torch.utils.data import DataLoader, Dataset


class Photos(Dataset):
    sizes = [(224, 224), (200, 300), (256, 192), (180, 240)]

    def __len__(self):
        return len(self.sizes)

    def __getitem__(self, i):
        height, width = self.sizes[i]
        image = torch.rand(3, height, width)
        # --8<-- [start:fix]
        image = F.interpolate(image[None], size=(224, 224), mode="bilinear",
                              antialias=True, align_corners=False)[0]  # (3, 224, 224) for every photo
        # --8<-- [end:fix]
        return image, i % 2


for workers in (0, 2):
    loader = DataLoader(Photos(), batch_size=2, num_workers=workers)
    shapes = [tuple(images.shape) for images, labels in loader]
    assert shapes == [(2, 3, 224, 224), (2, 3, 224, 224)], shapes
print("batches:", shapes, "with num_workers 0 and 2")
