"""Reproduce: torch.dot on a batch of vectors (2-D tensors), e.g. attention scores for a batch."""
import torch

hidden = torch.randn(4, 16)   # decoder state for a batch of 4
keys = torch.randn(4, 16)     # one encoder output per sample of the batch

# --8<-- [start:cause]
scores = torch.dot(hidden, keys)  # torch.dot only takes two 1-D vectors
# --8<-- [end:cause]
