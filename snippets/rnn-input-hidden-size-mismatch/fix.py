"""Fix: move the channels last before the LSTM: (N, C, T) -> (N, T, C), so input.size(-1) == input_size."""
import torch
from torch import nn

torch.manual_seed(0)
conv = nn.Conv1d(in_channels=12, out_channels=64, kernel_size=3, padding=1)
lstm = nn.LSTM(input_size=64, hidden_size=32, batch_first=True)

signals = torch.rand(8, 12, 50)
features = conv(signals)                       # (N, C, T) = (8, 64, 50)
# --8<-- [start:fix]
steps = features.transpose(1, 2)               # (N, T, C) = (8, 50, 64)
output, (h, c) = lstm(steps)
# --8<-- [end:fix]
assert steps.shape == (8, 50, 64)
assert output.shape == (8, 50, 32)             # one 32-d output per time step
assert h.shape == c.shape == (1, 8, 32)        # (num_layers, N, hidden_size), even with batch_first
assert torch.allclose(output[:, -1], h[0])     # the last step's output is the final hidden state
print("LSTM input:", tuple(steps.shape), "| output:", tuple(output.shape), "| h:", tuple(h.shape))
