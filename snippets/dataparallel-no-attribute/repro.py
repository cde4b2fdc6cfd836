"""Reproduce: after nn.DataParallel wraps the model, its own attributes and methods are one level down."""
import torch
from torch import nn


class Classifier(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.num_classes = num_classes  # a plain attribute
        self.backbone = nn.Linear(16, 8)
        self.head = nn.Linear(8, num_classes)

    def forward(self, x):
        return self.head(self.embed(x))

    def embed(self, x):  # a custom method, used e.g. for retrieval
        return torch.relu(self.backbone(x))


# --8<-- [start:cause]
model = nn.DataParallel(Classifier())  # usually under `if torch.cuda.device_count() > 1:`
print("logits:", tuple(model(torch.randn(4, 16)).shape))  # forward() goes through the wrapper: fine
features = model.embed(torch.randn(4, 16))  # but embed() belongs to the wrapped model
# --8<-- [end:cause]
