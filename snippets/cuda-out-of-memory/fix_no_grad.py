"""Evaluation under torch.no_grad() keeps nothing for a backward pass (any device: the bookkeeping is the same)."""
import torch
from torch import nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
model = nn.Sequential(nn.Linear(256, 256), nn.ReLU(), nn.Linear(256, 10)).to(device).eval()
x = torch.randn(64, 256, device=device)


def saved_for_backward(fn):
    """Run fn and count the bytes of the tensors autograd keeps alive for a later backward()."""
    saved = []

    def pack(t):
        saved.append(t.numel() * t.element_size())
        return t

    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        out = fn()
    return out, sum(saved)


def evaluate():
    with torch.no_grad():
        return model(x)


out_grad, kept_grad = saved_for_backward(lambda: model(x))   # evaluation as often written
out_eval, kept_eval = saved_for_backward(evaluate)
assert torch.equal(out_grad.detach(), out_eval)              # same predictions ...
assert kept_grad > 0 and out_grad.grad_fn is not None        # ... but a graph held its inputs alive
assert kept_eval == 0 and out_eval.grad_fn is None           # nothing kept under no_grad

# The same leak across iterations: `total += loss` chains every step's graph; .item() does not.
total_tensor, total_float = 0.0, 0.0
for _ in range(3):
    loss = model(x).pow(2).mean()
    total_tensor += loss          # a tensor with a grad_fn: all three graphs stay reachable
    total_float += loss.item()    # a Python float: each graph is freed when `loss` is replaced
assert total_tensor.grad_fn is not None and isinstance(total_float, float)
print(f"kept for backward: {kept_grad} bytes with grad enabled, {kept_eval} under torch.no_grad()")
