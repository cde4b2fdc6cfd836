"""Reproduce: a training checkpoint (a plain dict with the weights under a key) treated as the model."""
import torch
from torch import nn

model = nn.Linear(4, 2)
optimizer = torch.optim.Adam(model.parameters())
torch.save({"epoch": 10, "model_state_dict": model.state_dict(),
            "optimizer_state_dict": optimizer.state_dict()}, "checkpoint.pth")

# --8<-- [start:cause]
model = torch.load("checkpoint.pth")  # a dict with the keys epoch, model_state_dict, ...
model.eval()
# --8<-- [end:cause]
