"""Fix, without in-place assignment: torch.where builds a new tensor and promotes the dtypes itself."""
import numpy as np
import torch

nan = float("nan")
features = torch.tensor([[1.0, nan], [3.0, 4.0], [nan, 8.0]])
train_means = torch.from_numpy(np.array([2.0, 6.0]))  # still float64

# --8<-- [start:fix]
filled = torch.where(torch.isnan(features), train_means, features).to(features.dtype)
# --8<-- [end:fix]
assert filled.dtype == torch.float32  # where() alone would give float64: .to() keeps the model's dtype
assert torch.equal(filled, torch.tensor([[1.0, 6.0], [3.0, 4.0], [2.0, 8.0]]))
assert torch.isnan(features).sum() == 2  # the original is unchanged
print("filled:", filled.tolist(), filled.dtype)
