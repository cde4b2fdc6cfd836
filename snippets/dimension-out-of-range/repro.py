"""Reproduce: squeeze() drops the batch dimension of a batch of one, then argmax(dim=1) has no dim 1."""
import torch
from torch import nn

model = nn.Linear(8, 3)                      # 3 classes


def predict(batch):
    logits = model(batch).squeeze()          # meant to drop a stray size-1 dim; (1, 3) -> (3,)
    print("logits:", tuple(logits.shape))
    # --8<-- [start:cause]
    return logits.softmax(dim=1).argmax(dim=1)
    # --8<-- [end:cause]


print("batch of 4 ->", tuple(predict(torch.randn(4, 8)).shape))
print("batch of 1 ->", tuple(predict(torch.randn(1, 8)).shape))
