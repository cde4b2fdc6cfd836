"""Fix for sequences: a collate_fn that pads each batch to its longest sample and returns the lengths."""
import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader

sentences = ["the cat sat", "a dog", "birds fly south in winter", "hello"]
vocab = {word: i + 1 for i, word in enumerate(sorted({w for s in sentences for w in s.split()}))}  # 0 = padding
token_ids = [torch.tensor([vocab[w] for w in s.split()]) for s in sentences]


# --8<-- [start:fix]
def pad_collate(batch):
    """[tensor(L_i), ...] -> (B, max L) padded with 0, and the true lengths (B,)."""
    lengths = torch.tensor([len(seq) for seq in batch])
    return pad_sequence(batch, batch_first=True, padding_value=0), lengths


loader = DataLoader(token_ids, batch_size=2, collate_fn=pad_collate)
# --8<-- [end:fix]
(first, first_lengths), (second, second_lengths) = list(loader)
assert first.shape == (2, 3) and first_lengths.tolist() == [3, 2]
assert second.shape == (2, 5) and second_lengths.tolist() == [5, 1]
assert first[1, 2] == 0 and (second[1, 1:] == 0).all()                      # padding positions
mask = torch.arange(second.shape[1])[None, :] < second_lengths[:, None]     # True on real tokens
assert mask.sum() == second_lengths.sum() and torch.equal(second[0], token_ids[2])
print("padded batches:", tuple(first.shape), tuple(second.shape), "| lengths:", first_lengths.tolist(), second_lengths.tolist())
