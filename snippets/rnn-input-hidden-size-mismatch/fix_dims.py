"""Fix: give the LSTM (N, T, F): merge the extra dimension into the features (or into the batch)."""
import torch
from torch import nn

torch.manual_seed(0)
clips = torch.rand(2, 5, 4, 16)                    # (N, T, regions, F)

# One step per frame, all regions of a frame as its features: (N, T, 4 * 16).
lstm = nn.LSTM(input_size=4 * 16, hidden_size=32, batch_first=True)
# --8<-- [start:fix]
steps = clips.flatten(2)                           # (2, 5, 64)
output, _ = lstm(steps)
# --8<-- [end:fix]
assert steps.shape == (2, 5, 64) and output.shape == (2, 5, 32)

# Or one sequence per region: fold the regions into the batch, (N * regions, T, F).
per_region = nn.LSTM(input_size=16, hidden_size=32, batch_first=True)
sequences = clips.transpose(1, 2).flatten(0, 1)    # (2 * 4, 5, 16)
out_regions, _ = per_region(sequences)
assert out_regions.unflatten(0, (2, 4)).shape == (2, 4, 5, 32)
print("per frame:", tuple(output.shape), "| per region:", tuple(out_regions.unflatten(0, (2, 4)).shape))
