"""Alternative: warn_only=True keeps deterministic algorithms where they exist and only warns elsewhere."""
import warnings

import torch
from torch import nn

# --8<-- [start:fix]
torch.use_deterministic_algorithms(True, warn_only=True)
# --8<-- [end:fix]

pool, unpool = nn.MaxPool2d(2, return_indices=True), nn.MaxUnpool2d(2)
x = torch.randn(2, 8, 8, 8)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    out = unpool(*pool(x))

assert out.shape == x.shape
assert torch.are_deterministic_algorithms_enabled() and torch.is_deterministic_algorithms_warn_only_enabled()
messages = [str(w.message) for w in caught if issubclass(w.category, UserWarning)]
assert any("does not have a deterministic implementation" in m for m in messages), messages
print("ran, with a UserWarning:", messages[0].split(". ")[0])
