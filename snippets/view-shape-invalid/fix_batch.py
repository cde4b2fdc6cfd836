"""Fix: take the batch size from the tensor, not from a constant."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

BATCH_SIZE, NUM_CLASSES = 4, 10
model = nn.Sequential(nn.Conv2d(3, NUM_CLASSES, 3), nn.AdaptiveAvgPool2d(1))
data = TensorDataset(torch.randn(10, 3, 8, 8), torch.randint(0, NUM_CLASSES, (10,)))
loader = DataLoader(data, batch_size=BATCH_SIZE)

sizes = []
for images, labels in loader:
    scores = model(images).view(images.size(0), -1)     # or .flatten(1), or nn.Flatten() in the model
    assert scores.shape == (len(labels), NUM_CLASSES)
    sizes.append(len(images))

assert sizes == [4, 4, 2]                               # the last batch is kept, not dropped
print("batch sizes:", sizes)
