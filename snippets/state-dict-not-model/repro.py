"""Reproduce: the file holds a state_dict (the weights), but the loading code treats it as the model."""
import torch
from torch import nn

# Training script: saves the weights, as recommended.
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
torch.save(model.state_dict(), "model.pth")

# Inference script:
# --8<-- [start:cause]
model = torch.load("model.pth")  # an OrderedDict of tensors, not an nn.Module
model.eval()
# --8<-- [end:cause]
