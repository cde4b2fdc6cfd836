"""Fix: num_embeddings = largest id + 1 (count the reserved ids), and check the ids before the lookup."""
import torch
from torch import nn

words = ["the", "cat", "sat", "on", "mat"]
vocab = {word: i + 1 for i, word in enumerate(words)}  # 0 = padding
sentences = [["the", "cat", "sat"], ["the", "mat"]]
ids = torch.tensor([[vocab[w] for w in s] + [0] * (3 - len(s)) for s in sentences])

# --8<-- [start:fix]
num_embeddings = max(vocab.values()) + 1               # ids 0..5 -> 6 rows (len(vocab) + padding)
embedding = nn.Embedding(num_embeddings, embedding_dim=8, padding_idx=0)
if ids.min() < 0 or ids.max() >= embedding.num_embeddings:
    raise ValueError(f"token ids must be in [0, {embedding.num_embeddings - 1}], "
                     f"got min {ids.min().item()} and max {ids.max().item()}")
# --8<-- [end:fix]
vectors = embedding(ids)
assert vectors.shape == (2, 3, 8)
assert torch.equal(vectors[1, 2], torch.zeros(8))       # the padding row is all zeros
assert torch.equal(vectors[1, 1], embedding.weight[vocab["mat"]])
print("num_embeddings:", embedding.num_embeddings, "| output:", tuple(vectors.shape))
