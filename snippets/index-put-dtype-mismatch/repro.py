"""Reproduce: fill missing values with training-set means computed in numpy (float64)."""
import numpy as np
import torch

nan = float("nan")
features = torch.tensor([[1.0, nan], [3.0, 4.0], [nan, 8.0]])  # float32
train_means = np.array([2.0, 6.0])  # per-column means saved from the training set: float64
missing = torch.isnan(features)
fill = torch.from_numpy(train_means).expand_as(features)
print("features:", features.dtype, "| fill:", fill.dtype)
# --8<-- [start:cause]
features[missing] = fill[missing]  # boolean-mask assignment = index_put_
# --8<-- [end:cause]
