"""Fix, when you do want an independent copy: source.detach().clone() (the warning's own advice)."""
import torch

logits = torch.randn(4, 3, requires_grad=True)
probs = logits.softmax(dim=-1)

# --8<-- [start:fix]
snapshot = probs.detach().clone()                       # a constant copy: no graph, own memory
start = probs.detach().clone().requires_grad_(True)     # a copy that is a new leaf to optimise
# --8<-- [end:fix]

assert not snapshot.requires_grad and snapshot.is_leaf
assert snapshot.data_ptr() != probs.data_ptr()
snapshot.zero_()                                        # changing the copy leaves the source alone
assert torch.allclose(probs.sum(dim=-1), torch.ones(4))
assert start.is_leaf and start.requires_grad and torch.equal(start, probs.detach())
start.sum().backward()
assert torch.equal(start.grad, torch.ones(4, 3)) and logits.grad is None  # gradient stops at the copy
print("snapshot:", snapshot.requires_grad, "| start is a leaf:", start.is_leaf)
