"""Reproduce: a checkpoint of the right size with a damaged block in the middle."""
import io
import zipfile

import torch
from torch import nn

model = nn.Sequential(nn.Linear(256, 256), nn.ReLU(), nn.Linear(256, 10))
buffer = io.BytesIO()
torch.save(model.state_dict(), buffer)
data = bytearray(buffer.getvalue())

# Simulated: a 4 KiB block of zeros, what a crash during writing or a faulty copy can leave in the
# middle of a file. Here it is the block that holds the zip header of the tensor record data/1.
entry = next(i for i in zipfile.ZipFile(io.BytesIO(data)).infolist() if i.filename.endswith("/data/1"))
start = entry.header_offset // 4096 * 4096
data[start:start + 4096] = bytes(4096)
with open("checkpoint.pt", "wb") as fh:
    fh.write(data)

# --8<-- [start:cause]
state_dict = torch.load("checkpoint.pt")
# --8<-- [end:cause]
