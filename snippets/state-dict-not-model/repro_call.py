"""Reproduce: calling the loaded state_dict as if it were the model."""
import torch
from torch import nn

torch.save(nn.Linear(4, 2).state_dict(), "model.pth")

# --8<-- [start:cause]
model = torch.load("model.pth")
prediction = model(torch.randn(1, 4))
# --8<-- [end:cause]
