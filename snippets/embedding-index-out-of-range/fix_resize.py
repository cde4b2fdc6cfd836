"""Fix: after adding tokens to the vocabulary (special tokens, a new tokenizer), grow the embedding too."""
import torch
from torch import nn

torch.manual_seed(0)
embedding = nn.Embedding(num_embeddings=100, embedding_dim=16)  # trained with a 100-token vocabulary
new_vocab_size = 103                                             # 3 special tokens added: ids 100..102
old_weight = embedding.weight.detach().clone()

# --8<-- [start:fix]
bigger = nn.Embedding(new_vocab_size, embedding.embedding_dim)
with torch.no_grad():
    bigger.weight[: embedding.num_embeddings] = embedding.weight  # keep the learned rows
embedding = bigger
# --8<-- [end:fix]

ids = torch.tensor([[5, 99, 100, 102]])
vectors = embedding(ids)
assert vectors.shape == (1, 4, 16) and embedding.weight.shape == (103, 16)
assert torch.equal(embedding.weight[:100], old_weight)            # learned rows unchanged
print("num_embeddings:", embedding.num_embeddings, "| output:", tuple(vectors.shape))
