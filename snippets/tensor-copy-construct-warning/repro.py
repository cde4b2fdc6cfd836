"""Reproduce: a helper that accepts lists, arrays or tensors calls torch.tensor() on all of them."""
import torch


def as_float_tensor(x):
    # --8<-- [start:cause]
    return torch.tensor(x, dtype=torch.float32)  # copy-constructs when x is already a tensor
    # --8<-- [end:cause]


weights = as_float_tensor([1, 2, 0.5])            # a list: no warning
logits = torch.randn(4, 3, requires_grad=True)
probs = as_float_tensor(logits.softmax(dim=-1))   # a tensor: warns
print("probs.requires_grad:", probs.requires_grad)  # the copy is cut from the graph of logits
