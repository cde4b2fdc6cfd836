"""Fix: reset gradients after the update (set them to None), exactly what optimizer.zero_grad() does."""
import torch

x = torch.randn(64, 3)
y = x @ torch.tensor([[2.0], [-1.0], [0.5]]) + 0.3


def train_by_hand(steps: int):
    w = torch.zeros(3, 1, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    for _ in range(steps):
        loss = ((x @ w + b - y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            w -= 0.1 * w.grad
            b -= 0.1 * b.grad
        # --8<-- [start:fix]
        w.grad = None   # reset after the update; the next backward() creates fresh gradients
        b.grad = None   # (w.grad.zero_() also works here, because backward() has filled it)
        # --8<-- [end:fix]
    return w, b


def train_with_optimizer(steps: int):
    w = torch.zeros(3, 1, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([w, b], lr=0.1)
    for _ in range(steps):
        optimizer.zero_grad()   # safe before the first backward(): it skips None and sets to None
        loss = ((x @ w + b - y) ** 2).mean()
        loss.backward()
        optimizer.step()
    return w, b


w, b = train_by_hand(200)
w_opt, b_opt = train_with_optimizer(200)
assert torch.allclose(w, w_opt) and torch.allclose(b, b_opt)          # the same training
assert torch.allclose(w.detach().flatten(), torch.tensor([2.0, -1.0, 0.5]), atol=1e-3)
assert abs(b.item() - 0.3) < 1e-3

# torch 2.x: zero_grad() sets gradients to None by default (set_to_none=True).
assert w_opt.grad is not None
torch.optim.SGD([w_opt], lr=0.1).zero_grad()
assert w_opt.grad is None
print("fitted w:", [round(v, 3) for v in w.flatten().tolist()], "b:", round(b.item(), 3))
