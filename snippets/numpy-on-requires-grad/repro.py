"""Reproduce: a model's output takes part in autograd, so NumPy may not see it directly."""
import torch
from torch import nn

model = nn.Linear(3, 2)
pred = model(torch.randn(4, 3))  # computed from trainable weights
print("requires_grad:", pred.requires_grad, "| grad_fn:", type(pred.grad_fn).__name__)
# --8<-- [start:cause]
array = pred.numpy()  # e.g. to plot it or to feed scikit-learn
# --8<-- [end:cause]
