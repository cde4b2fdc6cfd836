"""Reproduce: a lambda at module level (here a transform stored in the Dataset) cannot be pickled by name either."""
import torch
from torch.utils.data import DataLoader, Dataset

# --8<-- [start:cause]
normalize = lambda x: (x - 4.0) / 4.0  # a lambda's name is "<lambda>": pickle cannot look it up
# --8<-- [end:cause]


class Numbers(Dataset):
    def __init__(self, transform):
        self.data = torch.arange(8.0).unsqueeze(1)
        self.transform = transform  # stored on the dataset, so it is pickled with it

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return self.transform(self.data[i])


if __name__ == "__main__":
    loader = DataLoader(Numbers(normalize), batch_size=4, num_workers=2, multiprocessing_context="spawn")
    for x in loader:
        print(x.shape)
