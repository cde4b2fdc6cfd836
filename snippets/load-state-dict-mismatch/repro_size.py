"""Reproduce: the checkpoint's classifier has 10 classes, the new model has 5."""
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self, num_classes):
        super().__init__()
        self.hidden = nn.Linear(8, 4)
        self.fc = nn.Linear(4, num_classes)

    def forward(self, x):
        return self.fc(torch.relu(self.hidden(x)))


torch.save(Net(num_classes=10).state_dict(), "pretrained.pt")

model = Net(num_classes=5)  # fine-tuning on a dataset with 5 classes
model.load_state_dict(torch.load("pretrained.pt", weights_only=True))
