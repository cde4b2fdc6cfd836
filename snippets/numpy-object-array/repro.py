"""Reproduce: a CSV column with a stray non-number makes pandas read it as text; df.values is an object array."""
import io

import pandas as pd
import torch

csv = io.StringIO("age,income,score\n34,52000,0.7\n41,?,0.4\n29,48000,0.9\n")
df = pd.read_csv(csv)  # "?" marks a missing value (as in many UCI datasets): read as text
print(df.dtypes.astype(str).to_dict())  # income is text: "str" (pandas 3) or "object" (pandas 2)
# --8<-- [start:cause]
features = df.values  # mixed column types -> dtype=object
print("features:", features.dtype)
x = torch.tensor(features)
# --8<-- [end:cause]
