"""Reproduce: the spread of integer ratings or counts with .std()."""
import torch

ratings = torch.tensor([4, 5, 3, 5, 1])  # int64, e.g. 1-5 stars
ratings.std()
