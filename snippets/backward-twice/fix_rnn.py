"""Fix for RNNs: detach the hidden state between batches (truncated backpropagation through time)."""
import torch
from torch import nn


def run(steps=3, retain_graph=False):
    torch.manual_seed(0)
    rnn, head = nn.RNN(4, 8, batch_first=True), nn.Linear(8, 1)
    optimizer = torch.optim.SGD([*rnn.parameters(), *head.parameters()], lr=0.1)
    hidden = torch.zeros(1, 2, 8)
    for _ in range(steps):
        x, y = torch.randn(2, 5, 4), torch.randn(2, 1)
        if not retain_graph:
            hidden = hidden.detach()  # keep the values, cut the link to the previous graph
            assert hidden.grad_fn is None and not hidden.requires_grad
        start = hidden.clone()
        out, hidden = rnn(x, hidden)
        loss = nn.functional.mse_loss(head(out[:, -1]), y)
        optimizer.zero_grad()
        loss.backward(retain_graph=retain_graph)
        # The gradient only covers this batch: redo it from the detached start state and compare.
        ref_out, _ = rnn(x, start)
        ref = torch.autograd.grad(nn.functional.mse_loss(head(ref_out[:, -1]), y), rnn.weight_hh_l0)[0]
        assert torch.allclose(rnn.weight_hh_l0.grad, ref, atol=1e-6)
        optimizer.step()
    return steps


assert run(steps=3) == 3

# retain_graph=True is the wrong fix here: optimizer.step() changes the weights in place, and the
# old graph saved them, so the next backward() fails with the in-place error instead.
try:
    run(steps=2, retain_graph=True)
    raise AssertionError("expected a RuntimeError")
except RuntimeError as exc:
    assert "modified by an inplace operation" in str(exc)
print("3 steps with hidden.detach(): OK | retain_graph=True instead: in-place error")
