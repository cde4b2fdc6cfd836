"""Reproduce: samples are token lists of different lengths; default_collate refuses to batch them."""
from torch.utils.data import DataLoader

sentences = ["the cat sat", "a dog", "birds fly south in winter", "hello"]
vocab = {word: i + 1 for i, word in enumerate(sorted({w for s in sentences for w in s.split()}))}
# --8<-- [start:cause]
token_ids = [[vocab[w] for w in s.split()] for s in sentences]  # Python lists of 3, 2, 5 and 1 ids
loader = DataLoader(token_ids, batch_size=2)
# --8<-- [end:cause]
batch = next(iter(loader))
