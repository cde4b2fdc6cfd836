"""Fix: run the forward pass inside the loop, so every backward() gets a fresh graph."""
import torch
from torch import nn


def train(retain_graph_hack=False, steps=3):
    torch.manual_seed(0)
    model = nn.Linear(3, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(8, 3), torch.randn(8, 1)
    pred = model(x)
    losses = []
    for _ in range(steps):
        if not retain_graph_hack:
            # --8<-- [start:fix]
            pred = model(x)  # the fix: forward with the current weights, every step
            # --8<-- [end:fix]
        loss = nn.functional.mse_loss(pred, y)
        optimizer.zero_grad()
        loss.backward(retain_graph=retain_graph_hack)
        # d/dW mean((pred - y)^2) = 2/N * (pred - y)^T x
        expected = 2 / len(x) * (pred - y).detach().T @ x
        assert torch.allclose(model.weight.grad, expected, atol=1e-6)
        optimizer.step()
        losses.append(loss.item())
    return losses


losses = train()
assert losses[0] > losses[1] > losses[2]  # the model learns

# retain_graph=True only silences the error here: the loss is computed from the stale
# first prediction, so it never changes although the weights do.
stale = train(retain_graph_hack=True)
assert stale[0] == stale[1] == stale[2]
print("losses:", [round(v, 4) for v in losses], "| with retain_graph=True:", [round(v, 4) for v in stale])
