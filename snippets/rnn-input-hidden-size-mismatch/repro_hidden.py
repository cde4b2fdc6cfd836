"""Reproduce: the hidden state is created once for batch_size=4; the last batch has only 2 sequences."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

lstm = nn.LSTM(input_size=10, hidden_size=32, batch_first=True)
loader = DataLoader(TensorDataset(torch.rand(10, 7, 10)), batch_size=4)  # batches of 4, 4 and 2

# --8<-- [start:cause]
hidden = (torch.zeros(1, 4, 32), torch.zeros(1, 4, 32))  # (num_layers, batch_size, hidden_size)
for (x,) in loader:
    print("batch:", tuple(x.shape))
    output, hidden = lstm(x, hidden)                     # fine for 4 sequences, not for 2
    hidden = tuple(h.detach() for h in hidden)           # carried over to the next batch
# --8<-- [end:cause]
