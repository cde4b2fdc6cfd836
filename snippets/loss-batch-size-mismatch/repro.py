"""Reproduce: view(-1, k) with k written for larger images turns a batch of 8 into 2 rows of logits."""
import torch
import torch.nn.functional as F
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(  # halves the image 3 times: 64x64 -> 8x8, 32x32 -> 4x4
            nn.Conv2d(3, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        )
        self.head = nn.Linear(32 * 8 * 8, 10)  # written for 64x64 images

    def forward(self, x):
        x = self.features(x)
        # --8<-- [start:cause]
        x = x.view(-1, 32 * 8 * 8)  # on 32x32 images: 8 samples x 512 values -> 2 rows of 2048
        # --8<-- [end:cause]
        return self.head(x)


images, labels = torch.rand(8, 3, 32, 32), torch.randint(0, 10, (8,))
logits = Net()(images)
print("logits:", tuple(logits.shape), "| labels:", tuple(labels.shape))
loss = F.cross_entropy(logits, labels)
