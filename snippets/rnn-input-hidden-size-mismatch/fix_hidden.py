"""Fix: build the initial state from the batch that arrives (or pass none); keep carried state per batch size."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
lstm = nn.LSTM(input_size=10, hidden_size=32, num_layers=2, batch_first=True)
loader = DataLoader(TensorDataset(torch.rand(10, 7, 10)), batch_size=4)


def init_hidden(x: torch.Tensor, rnn: nn.LSTM):
    # --8<-- [start:fix]
    batch = x.size(0) if rnn.batch_first else x.size(1)
    shape = (rnn.num_layers * (2 if rnn.bidirectional else 1), batch, rnn.hidden_size)
    return (x.new_zeros(shape), x.new_zeros(shape))  # same dtype and device as the input
    # --8<-- [end:fix]


sizes = []
for (x,) in loader:
    output, (h, c) = lstm(x, init_hidden(x, lstm))
    sizes.append(h.shape[1])
    # Passing no state at all does the same: PyTorch starts from zeros of the right shape.
    assert torch.allclose(output, lstm(x)[0])
assert sizes == [4, 4, 2]

# Stateful training (truncated BPTT over consecutive chunks) needs the same sequences in the
# same rows every step: keep the batch size constant by dropping the incomplete last batch.
steady = DataLoader(TensorDataset(torch.rand(10, 7, 10)), batch_size=4, drop_last=True)
state = None
for (x,) in steady:
    output, state = lstm(x, state)
    state = tuple(s.detach() for s in state)  # keep the values, cut the graph
assert state[0].shape == (2, 4, 32)
print("batch sizes seen:", sizes, "| carried state:", tuple(state[0].shape))
