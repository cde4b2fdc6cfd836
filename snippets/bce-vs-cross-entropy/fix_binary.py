"""Binary (one yes/no per sample): one logit, BCEWithLogitsLoss, float targets of the same shape."""
import torch
from torch import nn

logits = torch.randn(16, 1)  # raw scores, shape (N, 1)
labels = torch.randint(0, 2, (16,))  # int64, shape (N,): both wrong for BCE
target = labels.float().view_as(logits)  # float, shape (N, 1)
loss = nn.BCEWithLogitsLoss()(logits, target)

# Same value as sigmoid + BCELoss for ordinary logits ...
assert torch.allclose(loss, nn.BCELoss()(torch.sigmoid(logits), target), atol=1e-6)

# ... and the same as 2-class CrossEntropyLoss, whose logits (z0, z1) only matter through z1 - z0.
z = torch.randn(16, 2)
ce = nn.CrossEntropyLoss()(z, labels)
bce = nn.BCEWithLogitsLoss()(z[:, 1] - z[:, 0], labels.float())
assert torch.allclose(ce, bce, atol=1e-6)

# Why the "WithLogits" version: confident, wrong predictions. In float32 sigmoid(30) is exactly
# 1.0, so BCELoss takes log(0), clamps it to -100 and its gradient through sigmoid is 0: the model
# cannot learn from its worst mistakes. BCEWithLogitsLoss uses log-sum-exp: exact loss, gradient 1.
x = torch.tensor([30.0, 120.0, -120.0], requires_grad=True)
t = torch.tensor([0.0, 0.0, 1.0])
naive = nn.BCELoss(reduction="none")(torch.sigmoid(x), t)
stable = nn.BCEWithLogitsLoss(reduction="none")(x, t)
(g_naive,) = torch.autograd.grad(naive.sum(), x)
(g_stable,) = torch.autograd.grad(stable.sum(), x)
assert torch.equal(naive.detach(), torch.tensor([100.0, 100.0, 100.0]))  # clamped, all the same
assert torch.allclose(stable.detach(), torch.tensor([30.0, 120.0, 120.0]))  # the true -log(p)
assert torch.equal(g_naive.abs(), torch.zeros(3)) and torch.allclose(g_stable, torch.tensor([1.0, 1.0, -1.0]))
print("sigmoid+BCELoss:", naive.detach().tolist(), "grad", g_naive.abs().tolist())
print("BCEWithLogitsLoss:", stable.detach().tolist(), "grad", g_stable.tolist())
