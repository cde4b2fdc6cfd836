"""Reproduce: text class labels passed to torch.tensor."""
import torch

labels = ["positive", "negative", "neutral", "positive"]  # e.g. df["label"].tolist()
torch.tensor(labels)
