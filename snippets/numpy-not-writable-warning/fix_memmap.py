"""Fix for memory-mapped data: mmap_mode="c" (copy-on-write) is writable without reading the whole file."""
import warnings

import numpy as np
import torch

np.save("features.npy", np.arange(12, dtype=np.float32).reshape(3, 4))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    # --8<-- [start:fix]
    features = np.load("features.npy", mmap_mode="c")  # writes stay in memory, never reach the file
    row = torch.from_numpy(features[1])
    # --8<-- [end:fix]
assert not [w for w in caught if "not writable" in str(w.message)], caught

row.mul_(10)  # an in-place op on the tensor
assert np.load("features.npy")[1, 0] == 4.0  # the file is unchanged
print("row:", row.tolist(), "| file row:", np.load("features.npy")[1].tolist())
