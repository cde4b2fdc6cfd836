"""Reproduce: knowledge distillation tries to switch off gradients of the teacher's output."""
import torch
from torch import nn

teacher = nn.Linear(16, 4)
student = nn.Linear(16, 4)
x = torch.randn(8, 16)

# --8<-- [start:cause]
target = teacher(x).softmax(dim=-1)
target.requires_grad = False  # meant: "do not backpropagate into the teacher"
# --8<-- [end:cause]
