"""Fix: join a list of tensors with torch.stack (new dim) or torch.cat (existing dim), not torch.tensor()."""
import torch
from torch import nn

torch.manual_seed(0)
encoder = nn.Linear(6, 4)
embeddings = []
with torch.no_grad():
    for _ in range(3):
        embeddings.append(encoder(torch.randn(6)))

all_embeddings = torch.stack(embeddings)                  # (3, 4)
assert all_embeddings.shape == (3, 4)
assert all(torch.equal(all_embeddings[i], e) for i, e in enumerate(embeddings))
assert torch.equal(torch.cat([e.unsqueeze(0) for e in embeddings]), all_embeddings)

# A list of one-element tensors also stacks; torch.tensor() only copes because each has one value.
losses = [torch.tensor(0.5), torch.tensor(0.25)]
assert torch.equal(torch.stack(losses), torch.tensor([0.5, 0.25]))
print("stacked:", tuple(all_embeddings.shape))
