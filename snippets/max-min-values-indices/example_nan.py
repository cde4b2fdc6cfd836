"""NaN: max and maximum propagate it; fmax ignores it; there is no torch.nanmax."""
import math

import torch

v = torch.tensor([1.0, float("nan"), 3.0])

# %% Reductions propagate NaN, and argmax points at the NaN
assert math.isnan(v.max().item()) and math.isnan(v.amax().item()) and math.isnan(v.min().item())
assert v.argmax().item() == 1
print("max:", v.max(), "| argmax:", v.argmax().item())

# %% Elementwise: maximum propagates NaN, fmax / fmin take the other value
w = torch.tensor([2.0, 2.0, 2.0])
assert math.isnan(torch.maximum(v, w)[1].item()) and math.isnan(torch.maximum(w, v)[1].item())
assert torch.fmax(v, w).tolist() == [2.0, 2.0, 3.0]
assert torch.fmin(v, w).tolist() == [1.0, 2.0, 2.0]
print("maximum:", torch.maximum(v, w), "| fmax:", torch.fmax(v, w))

# %% A NaN-ignoring max: there is no torch.nanmax (torch.nanmean / nansum do exist)
assert not hasattr(torch, "nanmax") and not hasattr(torch, "nanmin")
assert hasattr(torch, "nanmean") and hasattr(torch, "nansum")
m1 = torch.nan_to_num(v, nan=float("-inf")).max()  # NaN can never win
m2 = v[~v.isnan()].max()  # or drop the NaNs first (a copy)
m3 = v.nan_to_num(nan=float("-inf")).argmax()  # index of the largest real value
assert m1.item() == m2.item() == 3.0 and m3.item() == 2
all_nan = torch.tensor([float("nan"), float("nan")])
assert all_nan.nan_to_num(nan=float("-inf")).max().item() == float("-inf")  # nothing left
print("nan-ignoring max:", m1.item(), "| argmax:", m3.item())

# %% Per row, with dim: fill NaN with -inf before max(dim)
t = torch.tensor([[1.0, float("nan")], [2.0, 3.0]])
assert math.isnan(t.max(dim=1).values[0].item())
vals, idx = t.nan_to_num(nan=float("-inf")).max(dim=1)
assert vals.tolist() == [1.0, 3.0] and idx.tolist() == [0, 1]
print("row max ignoring NaN:", vals.tolist(), idx.tolist())
