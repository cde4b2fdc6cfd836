"""Fix for the hand-written update: do it under torch.no_grad(), as torch.optim does."""
import torch

w = torch.zeros(3, requires_grad=True)
for step in range(3):
    loss = ((w - 1) ** 2).sum()
    loss.backward()
    with torch.no_grad():  # the update is not part of the model: do not record it
        w -= 0.1 * w.grad
    w.grad.zero_()

# w is still the same leaf that requires grad, so the next backward() fills w.grad again.
assert w.is_leaf and w.requires_grad and w.grad_fn is None
# Gradient descent on (w - 1)^2 with lr 0.1: w_k = 1 - 0.8^k.
assert torch.allclose(w, torch.full((3,), 1 - 0.8**3))

# Same steps with torch.optim.SGD give the same weights.
v = torch.zeros(3, requires_grad=True)
opt = torch.optim.SGD([v], lr=0.1)
for step in range(3):
    opt.zero_grad()
    ((v - 1) ** 2).sum().backward()
    opt.step()
assert torch.allclose(v, w)
print("w after 3 steps:", [round(x, 4) for x in w.tolist()], "| still a leaf:", w.is_leaf)
