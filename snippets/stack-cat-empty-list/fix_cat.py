"""Fix: when an empty selection is a valid outcome, return an empty (0, D) tensor instead of calling cat([])."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(16, 4)
batches = [torch.randn(8, 16) for _ in range(3)]


def select_confident(batches, threshold):
    kept = []
    with torch.no_grad():
        for x in batches:
            probs = model(x).softmax(dim=1)
            kept.append(x[probs.max(dim=1).values > threshold])   # (k, 16), k may be 0
    return torch.cat(kept)                 # never an empty list: one entry per batch


none = select_confident(batches, 0.9)
assert none.shape == (0, 16)               # "nothing selected" keeps the feature width
some = select_confident(batches, 0.3)
assert some.shape[1] == 16 and 0 < some.shape[0] <= 24

# Keeping only non-empty pieces is fine too, as long as the empty case is handled explicitly.
pieces = [b[:0] for b in batches]          # three (0, 16) selections
non_empty = [p for p in pieces if len(p)]
result = torch.cat(non_empty) if non_empty else torch.empty(0, 16)
assert non_empty == [] and result.shape == (0, 16)
print("selected:", tuple(none.shape), "and", tuple(some.shape))
