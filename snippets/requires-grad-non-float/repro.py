"""Reproduce: a learnable tensor written with whole numbers gets an integer dtype."""
import torch

# Initial scale and offset for a small calibration model, typed as whole numbers.
# --8<-- [start:cause]
params = torch.tensor([1, 0], requires_grad=True)  # Python ints -> torch.int64
# --8<-- [end:cause]
