"""Reproduce: features memory-mapped read-only with np.load(..., mmap_mode="r")."""
import numpy as np
import torch

np.save("features.npy", np.arange(12, dtype=np.float32).reshape(3, 4))
features = np.load("features.npy", mmap_mode="r")  # read-only memory map: nothing loaded yet
row = torch.from_numpy(features[1])
print("row:", row.tolist())
