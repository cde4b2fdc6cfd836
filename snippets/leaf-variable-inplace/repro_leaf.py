"""Reproduce: the plain form, a hand-written SGD step on a tensor that requires grad."""
import torch

w = torch.zeros(3, requires_grad=True)
loss = ((w - 1) ** 2).sum()
loss.backward()
w -= 0.1 * w.grad  # in-place update of a leaf, outside torch.no_grad()
