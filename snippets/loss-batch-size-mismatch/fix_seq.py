"""Fix: for per-token outputs, give cross_entropy (N, C, T), or flatten logits and targets together."""
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
tagger = nn.Sequential(nn.Embedding(100, 16), nn.Linear(16, 5))
tokens = torch.randint(0, 100, (4, 7))
tags = torch.randint(0, 5, (4, 7))
logits = tagger(tokens)                                  # (N, T, C) = (4, 7, 5)

# --8<-- [start:fix]
loss = F.cross_entropy(logits.transpose(1, 2), tags)     # (N, C, T) with targets (N, T)
# or: F.cross_entropy(logits.reshape(-1, 5), tags.reshape(-1))  # (N*T, C) with (N*T,)
# --8<-- [end:fix]
flat = F.cross_entropy(logits.reshape(-1, 5), tags.reshape(-1))
manual = -logits.log_softmax(-1).gather(-1, tags.unsqueeze(-1)).mean()
assert torch.allclose(loss, flat) and torch.allclose(loss, manual)

# Why the transpose matters: with T == C the untransposed call runs silently and is wrong.
square = torch.randn(4, 5, 5)                            # 5 tokens, 5 classes
targets = torch.randint(0, 5, (4, 5))
right = F.cross_entropy(square.transpose(1, 2), targets)
wrong = F.cross_entropy(square, targets)                 # no error: classes taken from dim 1
assert not torch.allclose(right, wrong)
print("per-token loss:", round(loss.item(), 4))
