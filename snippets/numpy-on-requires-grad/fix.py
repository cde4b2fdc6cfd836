"""Fix: tensor.detach().cpu().numpy(); or compute under torch.no_grad() when you only need values."""
import numpy as np
import torch
from torch import nn

model = nn.Linear(3, 2)
x = torch.randn(4, 3)
pred = model(x)

# 1. detach() leaves the graph, cpu() copies from a GPU (a no-op for a CPU tensor), numpy() wraps the memory.
# --8<-- [start:fix]
array = pred.detach().cpu().numpy()
# --8<-- [end:fix]
assert isinstance(array, np.ndarray) and array.shape == (4, 2)

# 2. Inference only: under no_grad() nothing is recorded, so the output goes to NumPy as is.
with torch.no_grad():
    out = model(x)
assert not out.requires_grad
assert np.array_equal(array, out.numpy())  # same values

# No copy for a CPU tensor: the array shares memory with the detached tensor, and so with pred.
detached = pred.detach().cpu()
assert detached.data_ptr() == pred.data_ptr() and np.shares_memory(detached.numpy(), array)
array[0, 0] = 42.0
assert pred[0, 0].item() == 42.0  # writing into the array changes the tensor: use .copy() to edit

# 3. Shorthand in recent versions: numpy(force=True) = detach().cpu().resolve_conj().resolve_neg().numpy()
assert np.array_equal(pred.numpy(force=True), array)
print("array:", array.shape, array.dtype, "| shares memory with pred:", np.shares_memory(array, pred.numpy(force=True)))
