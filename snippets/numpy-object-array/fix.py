"""Fix: make every column numeric in pandas, decide what to do with bad values, then convert."""
import io

import numpy as np
import pandas as pd
import torch

csv = io.StringIO("age,income,score\n34,52000,0.7\n41,?,0.4\n29,48000,0.9\n")
df = pd.read_csv(csv)

# --8<-- [start:fix]
numeric = df.apply(pd.to_numeric, errors="coerce")  # "?" -> NaN, every column float64/int64
numeric = numeric.fillna(numeric.mean())  # or dropna(): a decision about your data
x = torch.from_numpy(numeric.to_numpy(dtype=np.float32))
# --8<-- [end:fix]

if torch.isnan(x).any():  # a column that was entirely non-numeric would still be NaN here
    raise ValueError("non-numeric values left in the features")
assert x.dtype == torch.float32 and x.shape == (3, 3)
assert x[1, 1].item() == 50000.0  # the mean of 52000 and 48000
print("x:", x.dtype, tuple(x.shape), "| filled income:", x[1, 1].item())
