"""Reproduce: a tagger's logits (N, T, C) go to cross_entropy, which wants the classes in dimension 1."""
import torch
import torch.nn.functional as F
from torch import nn

tagger = nn.Sequential(nn.Embedding(100, 16), nn.Linear(16, 5))  # 5 tags per token
tokens = torch.randint(0, 100, (4, 7))                           # 4 sentences of 7 tokens
tags = torch.randint(0, 5, (4, 7))                               # one tag per token
# --8<-- [start:cause]
logits = tagger(tokens)             # (N, T, C) = (4, 7, 5)
loss = F.cross_entropy(logits, tags)  # reads (N, C, d1): 7 "classes", 5 positions
# --8<-- [end:cause]
