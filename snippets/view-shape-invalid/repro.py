"""Reproduce: the classic LeNet view(-1, 16 * 5 * 5), written for 32x32 images, fed 28x28 images."""
import torch
from torch import nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, 5)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)   # 5 x 5 is right for 32 x 32 inputs only
        self.fc2 = nn.Linear(120, 10)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)  # 28 x 28 input -> (N, 16, 4, 4)
        print("before view:", tuple(x.shape), "=", x.numel(), "elements")
        # --8<-- [start:cause]
        x = x.view(-1, 16 * 5 * 5)                  # 4 * 16 * 4 * 4 = 1024 is not a multiple of 400
        # --8<-- [end:cause]
        return self.fc2(F.relu(self.fc1(x)))


Net()(torch.randn(4, 1, 28, 28))                    # a batch of 4 MNIST-sized images
