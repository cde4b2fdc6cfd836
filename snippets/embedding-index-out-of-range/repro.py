"""Reproduce: ids 1..N with 0 reserved for padding, but nn.Embedding(N) only has rows 0..N-1."""
import torch
from torch import nn

words = ["the", "cat", "sat", "on", "mat"]
vocab = {word: i + 1 for i, word in enumerate(words)}  # 0 is the padding id: ids run from 1 to 5
sentences = [["the", "cat", "sat"], ["the", "mat"]]
ids = torch.tensor([[vocab[w] for w in s] + [0] * (3 - len(s)) for s in sentences])  # padded to 3
print("ids:", ids.tolist())

# --8<-- [start:cause]
embedding = nn.Embedding(num_embeddings=len(vocab), embedding_dim=8, padding_idx=0)  # rows 0..4
vectors = embedding(ids)  # "mat" has id 5: there is no row 5
# --8<-- [end:cause]
