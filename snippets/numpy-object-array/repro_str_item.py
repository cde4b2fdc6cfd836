"""Reproduce: a Dataset builds its label tensor per sample from a string label."""
import torch
from torch.utils.data import Dataset


class Reviews(Dataset):
    def __init__(self):
        self.texts = ["great", "awful"]
        self.labels = ["positive", "negative"]

    def __len__(self):
        return len(self.texts)

    def __getitem__(self, i):
        return self.texts[i], torch.tensor(self.labels[i])


Reviews()[0]
