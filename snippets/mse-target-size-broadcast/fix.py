"""Fix: give the target exactly the prediction's shape before calling the loss."""
import torch
from torch import nn

model = nn.Linear(3, 1)
x = torch.randn(4, 3)
y = torch.randn(4)

pred = model(x)  # (4, 1)
# --8<-- [start:fix]
target = y.view_as(pred)  # (4,) -> (4, 1); fails loudly if the element counts differ
loss = nn.MSELoss()(pred, target)
# --8<-- [end:fix]

assert pred.shape == target.shape == (4, 1)
manual = sum((pred[i, 0] - y[i]) ** 2 for i in range(4)) / 4  # one squared error per sample
assert torch.allclose(loss, manual)

# The broadcast version averages all 4 x 4 pairs (pred_i - y_j)**2 instead: a different number.
wrong = ((pred - y) ** 2).mean()  # plain arithmetic broadcasts the same way, but silently
assert ((pred - y) ** 2).shape == (4, 4) and not torch.allclose(wrong, loss)

# A batch of one: squeeze() would drop both dims, view_as keeps (1, 1).
one = model(x[:1])
assert y[:1].view_as(one).shape == one.shape == (1, 1) and one.squeeze().shape == ()
print(f"MSELoss: {loss.item():.4f} (per-sample mean, shapes {tuple(pred.shape)} and {tuple(target.shape)})")
