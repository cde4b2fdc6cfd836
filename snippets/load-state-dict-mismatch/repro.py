"""Reproduce: a checkpoint saved from nn.DataParallel, loaded into the bare model."""
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self, num_classes=5):
        super().__init__()
        self.hidden = nn.Linear(8, 4)
        self.fc = nn.Linear(4, num_classes)

    def forward(self, x):
        return self.fc(torch.relu(self.hidden(x)))


# Training script: the model was wrapped for multi-GPU training and saved as is.
# --8<-- [start:cause]
torch.save(nn.DataParallel(Net()).state_dict(), "checkpoint.pt")
# --8<-- [end:cause]

# Inference script: the same architecture, without the wrapper.
model = Net()
state_dict = torch.load("checkpoint.pt", weights_only=True)
print("checkpoint keys:", list(state_dict))
print("model keys:     ", list(model.state_dict()))
model.load_state_dict(state_dict)
