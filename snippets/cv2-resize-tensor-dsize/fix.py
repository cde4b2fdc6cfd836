"""Fix: turn the size tensors into Python ints (.item(), int(), .tolist()) before calling OpenCV."""
import cv2
import numpy as np
from torch.utils.data import DataLoader, Dataset


class Predictions(Dataset):
    sizes = [(48, 64), (30, 40)]

    def __len__(self):
        return len(self.sizes)

    def __getitem__(self, i):
        H, W = self.sizes[i]
        return np.random.rand(32, 32).astype(np.float32), H, W


# batch_size=1, as in the blog post this page cites: H and W are one-element tensors, .item() gives the int.
for pred, H, W in DataLoader(Predictions(), batch_size=1):
    assert int(H) == H.item()              # int(t) does the same for a one-element tensor
    # --8<-- [start:fix]
    H, W = H.item(), W.item()
    out = cv2.resize(pred[0].numpy(), (W, H))
    # --8<-- [end:fix]
    assert isinstance(H, int) and out.shape == (H, W), out.shape
    print("resized to", out.shape)

# batch_size>1: H and W hold one size per sample; .tolist() gives a list of ints.
pred, H, W = next(iter(DataLoader(Predictions(), batch_size=2)))
for p, h, w in zip(pred.numpy(), H.tolist(), W.tolist()):
    assert cv2.resize(p, (w, h)).shape == (h, w)

# A size computed by division is a float, which OpenCV rejects with the same message: round it.
scale = 2.5
w, h = round(64 / scale), round(48 / scale)
assert cv2.resize(np.zeros((48, 64), np.float32), (w, h)).shape == (19, 26)
