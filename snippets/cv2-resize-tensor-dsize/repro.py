"""Reproduce: pass sizes that came out of a DataLoader (tensors) to cv2.resize as dsize."""
import cv2
import numpy as np
from torch.utils.data import DataLoader, Dataset


class Predictions(Dataset):
    """A 32x32 saliency map per image, plus the original image size (H, W) to resize it back to."""

    sizes = [(48, 64), (30, 40)]

    def __len__(self):
        return len(self.sizes)

    def __getitem__(self, i):
        H, W = self.sizes[i]
        return np.random.rand(32, 32).astype(np.float32), H, W


loader = DataLoader(Predictions(), batch_size=1)
pred, H, W = next(iter(loader))  # the default collate turns the ints H, W into tensors
print("H =", H, "W =", W)
# --8<-- [start:cause]
cv2.resize(pred[0].numpy(), (W, H))  # dsize is (width, height)
# --8<-- [end:cause]
