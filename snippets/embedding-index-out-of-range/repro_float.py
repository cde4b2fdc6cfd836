"""Reproduce: token ids that went through a float array (NumPy default dtype) reach nn.Embedding."""
import numpy as np
import torch
from torch import nn

embedding = nn.Embedding(num_embeddings=10, embedding_dim=8)
# --8<-- [start:cause]
batch = np.zeros((2, 4))               # float64 by default, then filled with ids
batch[0, :3] = [5, 2, 9]
batch[1, :2] = [3, 1]
embedding(torch.from_numpy(batch))     # a DoubleTensor: indices must be integers
# --8<-- [end:cause]
