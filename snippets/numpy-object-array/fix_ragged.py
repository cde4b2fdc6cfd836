"""Fix for ragged rows: one tensor per row, then pad to a rectangle (and keep the lengths)."""
import pandas as pd
import torch
from torch.nn.utils.rnn import pad_sequence

df = pd.DataFrame({"tokens": [[101, 7592, 102], [101, 102], [101, 2088, 2003, 102]]})

# --8<-- [start:fix]
rows = [torch.tensor(t) for t in df["tokens"]]
ids = pad_sequence(rows, batch_first=True, padding_value=0)
lengths = torch.tensor([len(t) for t in rows])
# --8<-- [end:fix]

assert ids.shape == (3, 4) and ids.dtype == torch.int64
assert ids[1].tolist() == [101, 102, 0, 0] and lengths.tolist() == [3, 2, 4]
mask = torch.arange(ids.shape[1]) < lengths[:, None]  # True on real tokens
assert mask.sum().item() == 9
print("ids:", tuple(ids.shape), "| lengths:", lengths.tolist())
