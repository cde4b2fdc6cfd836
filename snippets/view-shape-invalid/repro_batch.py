"""Reproduce: a hard-coded batch size in view() fails on the last, smaller batch."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

BATCH_SIZE, NUM_CLASSES = 4, 10
model = nn.Sequential(nn.Conv2d(3, NUM_CLASSES, 3), nn.AdaptiveAvgPool2d(1))   # (N, 10, 1, 1)
data = TensorDataset(torch.randn(10, 3, 8, 8), torch.randint(0, NUM_CLASSES, (10,)))
loader = DataLoader(data, batch_size=BATCH_SIZE)         # batches of 4, 4 and 2

for images, labels in loader:
    scores = model(images).view(BATCH_SIZE, NUM_CLASSES)
    print("batch of", len(images), "->", tuple(scores.shape))
