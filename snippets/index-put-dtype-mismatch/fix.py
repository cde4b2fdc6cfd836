"""Fix: convert the source to the destination's dtype (and device) before the indexed assignment."""
import numpy as np
import torch

nan = float("nan")
features = torch.tensor([[1.0, nan], [3.0, 4.0], [nan, 8.0]])
train_means = np.array([2.0, 6.0])
missing = torch.isnan(features)

# --8<-- [start:fix]
fill = torch.from_numpy(train_means).to(features.dtype).expand_as(features)
features[missing] = fill[missing]
# --8<-- [end:fix]
assert features.dtype == torch.float32
assert torch.equal(features, torch.tensor([[1.0, 6.0], [3.0, 4.0], [2.0, 8.0]]))

# The label remap: looked-up ids converted to the mask's dtype.
mask = torch.tensor([[0.0, 7.0], [7.0, 3.0]])
lut = torch.zeros(256, dtype=torch.long)
lut[7], lut[3] = 1, 2
valid = mask > 0
mask[valid] = lut[mask[valid].long()].to(mask.dtype)
assert torch.equal(mask, torch.tensor([[0.0, 1.0], [1.0, 2.0]]))
print("features:", features.tolist(), "| mask:", mask.tolist())
