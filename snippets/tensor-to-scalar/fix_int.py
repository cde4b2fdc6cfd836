"""Fix: decide which occurrence you mean, and check how many there are."""
import torch

SEP = 102
input_ids = torch.tensor([101, 7592, 102, 2088, 102])

positions = torch.where(input_ids == SEP)[0].tolist()     # every occurrence, as Python ints
if not positions:
    raise ValueError("no separator token in the input")
first_sep, last_sep = positions[0], positions[-1]
assert (first_sep, last_sep) == (2, 4)

# When exactly one occurrence is required, say so instead of relying on int() to fail.
single = torch.tensor([101, 7592, 102])
found = torch.where(single == SEP)[0]
if found.numel() != 1:
    raise ValueError(f"expected one separator, found {found.numel()}")
assert int(found) == found.item() == 2                     # one element: int() and .item() work
print("separator positions:", positions)
