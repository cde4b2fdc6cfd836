"""cat joins along an existing dimension; stack adds a new one. Shapes from the blog post this page cites."""
import torch

x1 = torch.randn(1, 3, 320, 320)
x2 = torch.randn(1, 3, 320, 320)

cat = torch.cat((x1, x2), dim=0)
stack = torch.stack((x1, x2), dim=0)
assert cat.shape == (2, 3, 320, 320)        # same number of dims, dim 0 grows
assert stack.shape == (2, 1, 3, 320, 320)   # one more dim
# stack is cat of tensors that each got a new dimension first
assert torch.equal(stack, torch.cat((x1.unsqueeze(0), x2.unsqueeze(0)), dim=0))

# Fixing the errors: cat along the dimension that differs ...
a, b = torch.randn(2, 3), torch.randn(2, 4)
assert torch.cat([a, b], dim=1).shape == (2, 7)
# ... or make the shapes equal first before stacking (here: zero-pad a with one more column, to b's 5).
a, b = torch.randn(3, 4), torch.randn(3, 5)
# --8<-- [start:fix]
a_padded = torch.nn.functional.pad(a, (0, 1))   # (3, 4) -> (3, 5): one zero column on the right
stacked = torch.stack([a_padded, b], dim=0)
# --8<-- [end:fix]
assert a_padded.shape == b.shape == (3, 5) and torch.equal(a_padded[:, :4], a)
assert torch.equal(a_padded[:, 4], torch.zeros(3))
assert stacked.shape == (2, 3, 5)
print("cat:", tuple(cat.shape), "stack:", tuple(stack.shape))
