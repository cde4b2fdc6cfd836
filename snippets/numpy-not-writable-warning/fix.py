"""Fix: copy into a writable array (np.array) before sharing it with a tensor; no warning, safe writes."""
import warnings

import numpy as np
import torch
from PIL import Image

img = Image.new("RGB", (4, 4), color=(255, 0, 0))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    # --8<-- [start:fix]
    arr = np.array(img)  # a copy, owned by numpy and writable
    x = torch.from_numpy(arr).permute(2, 0, 1)
    # --8<-- [end:fix]
    y = torch.tensor(np.asarray(img))  # torch.tensor always copies: no warning either
assert not [w for w in caught if "not writable" in str(w.message)], caught
assert arr.flags.writeable and x.shape == (3, 4, 4) and torch.equal(x.permute(1, 2, 0), y)

x[0] = 0  # an in-place augmentation on the tensor ...
assert np.asarray(img)[0, 0, 0] == 255  # ... leaves the image untouched
print("writeable:", arr.flags.writeable, "| tensor:", tuple(x.shape), x.dtype, "| warnings:", len(caught))
