"""Reproduce: torch.tensor() on a Python list of tensors that have more than one element each."""
import torch
from torch import nn

encoder = nn.Linear(6, 4)
embeddings = []
with torch.no_grad():
    for _ in range(3):
        embeddings.append(encoder(torch.randn(6)))        # each (4,)
print("list of", len(embeddings), "tensors of shape", tuple(embeddings[0].shape))
all_embeddings = torch.tensor(embeddings)
