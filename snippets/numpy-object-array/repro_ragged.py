"""Reproduce: a pandas column whose cells are lists of different lengths (token ids per sentence)."""
import pandas as pd
import torch

df = pd.DataFrame({"tokens": [[101, 7592, 102], [101, 102], [101, 2088, 2003, 102]]})
ids = df["tokens"].values  # one Python list per cell -> dtype=object
torch.tensor(ids)
