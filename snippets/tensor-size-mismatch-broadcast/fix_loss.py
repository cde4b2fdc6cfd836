"""Fix: give the loss the target shape it expects (class indices for CrossEntropyLoss, or one-hot for MSELoss)."""
import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
model = nn.Linear(20, 10)
x = torch.randn(64, 20)
labels = torch.randint(0, 10, (64,))
out = model(x)                                           # (64, 10) class scores

# Classification: CrossEntropyLoss takes scores (N, C) and class indices (N,) as they are.
ce = nn.CrossEntropyLoss()(out, labels)
assert ce.shape == ()

# If you really want a squared error on classes, compare with one-hot targets of the same shape.
target = F.one_hot(labels, num_classes=10).float()       # (64, 10)
mse = nn.MSELoss()(out, target)
assert target.shape == out.shape and mse.shape == ()
assert torch.allclose(mse, ((out - target) ** 2).mean())     # one squared error per score

print(f"cross-entropy {ce.item():.3f} | mse on one-hot {mse.item():.3f}")
