"""Reproduce: a checkpoint file that was cut short (killed save, interrupted download, full disk)."""
import io

import torch
from torch import nn

model = nn.Sequential(nn.Linear(256, 256), nn.ReLU(), nn.Linear(256, 10))
buffer = io.BytesIO()
torch.save(model.state_dict(), buffer)
complete = buffer.getvalue()

# Simulated: what a save killed halfway, an interrupted download or a full disk leaves behind is the
# first part of a real checkpoint. The zip's central directory, written last, is missing.
with open("checkpoint.pt", "wb") as fh:
    fh.write(complete[: len(complete) * 6 // 10])
print(f"complete checkpoint: {len(complete)} bytes, file on disk: {len(complete) * 6 // 10} bytes")

# --8<-- [start:cause]
state_dict = torch.load("checkpoint.pt")
# --8<-- [end:cause]
