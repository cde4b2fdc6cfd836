"""Reproduce (needs a CUDA GPU): one label equal to the number of classes, in a training step on the GPU."""
import torch
import torch.nn.functional as F
from torch import nn

device = torch.device("cuda")
num_classes = 10
model = nn.Linear(16, num_classes).to(device)
x = torch.randn(8, 16, device=device)
labels = torch.tensor([0, 3, 9, 10, 2, 5, 1, 7], device=device)  # 10 is not a class: valid labels are 0..9

# --8<-- [start:cause]
loss = F.cross_entropy(model(x), labels)  # the GPU kernel hits the bad label; Python is not told yet
loss.backward()
print(f"loss: {loss.item():.3f}")         # a later call that waits for the GPU reports the failure
# --8<-- [end:cause]
