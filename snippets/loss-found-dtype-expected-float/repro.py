"""Reproduce: DCGAN-style labels made with torch.full(..., 1) are int64 and go into BCELoss."""
import torch
from torch import nn

netD = nn.Sequential(nn.Linear(8, 1), nn.Sigmoid())  # discriminator: probability "real"
criterion = nn.BCELoss()
real = torch.randn(4, 8)
real_label = 1

output = netD(real).view(-1)
# --8<-- [start:cause]
label = torch.full((real.size(0),), real_label)  # integer fill value -> int64 tensor
print("output:", output.dtype, "| label:", label.dtype)
loss = criterion(output, label)
# --8<-- [end:cause]
