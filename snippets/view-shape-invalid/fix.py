"""Fix: keep the batch dimension (flatten(1) / view(x.size(0), -1)) and size fc1 from the real feature map."""
import torch
from torch import nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self, image_size: int):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, 5)
        self.conv2 = nn.Conv2d(6, 16, 5)
        with torch.no_grad():                        # one dummy image gives the real width
            n_features = self.features(torch.zeros(1, 1, image_size, image_size)).shape[1]
        self.fc1 = nn.Linear(n_features, 120)
        self.fc2 = nn.Linear(120, 10)

    def features(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        # --8<-- [start:fix]
        return torch.flatten(x, 1)                   # (N, C*H*W): same as x.view(x.size(0), -1)
        # --8<-- [end:fix]

    def forward(self, x):
        return self.fc2(F.relu(self.fc1(self.features(x))))


for size, width in ((28, 16 * 4 * 4), (32, 16 * 5 * 5)):
    net = Net(size)
    assert net.fc1.in_features == width
    for batch in (4, 1):                             # any batch size, including a last batch of 1
        assert net(torch.randn(batch, 1, size, size)).shape == (batch, 10)

# Why not view(-1, 400)? When the element count happens to divide, it silently mixes samples:
# 25 images of 16 x 4 x 4 = 6400 numbers = 16 rows of 400, so the batch of 25 becomes 16 rows.
x = torch.randn(25, 16, 4, 4)
assert x.view(-1, 400).shape == (16, 400)            # no error, wrong batch size
assert torch.flatten(x, 1).shape == (25, 256)        # one row per image
print("fc1 in_features for 28x28 inputs:", Net(28).fc1.in_features)
