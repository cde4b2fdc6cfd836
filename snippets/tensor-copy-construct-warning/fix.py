"""Fix: convert with torch.as_tensor(), which reuses a tensor that already fits instead of copying it."""
import numpy as np
import torch


def as_float_tensor(x):
    # --8<-- [start:fix]
    return torch.as_tensor(x, dtype=torch.float32)  # lists, arrays and tensors alike, no warning
    # --8<-- [end:fix]


weights = as_float_tensor([1, 2, 0.5])
assert weights.dtype == torch.float32 and weights.tolist() == [1.0, 2.0, 0.5]

logits = torch.randn(4, 3, requires_grad=True)
probs = logits.softmax(dim=-1)
assert as_float_tensor(probs) is probs                # already float32: the same tensor, no copy
as_float_tensor(probs)[:, 0].sum().backward()         # so the graph back to logits is intact
assert logits.grad is not None

array = np.zeros(3, dtype=np.float32)
as_float_tensor(array)[0] = 7                         # NumPy float32 data is shared, not copied
assert array[0] == 7
print("same tensor:", as_float_tensor(probs) is probs, "| logits.grad:", tuple(logits.grad.shape))
