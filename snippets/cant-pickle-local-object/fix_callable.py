"""Fix: a transform with state becomes a callable class defined at module level."""
import threading

import torch
from torch.utils.data import DataLoader, Dataset


# --8<-- [start:fix]
class Normalize:
    """Replaces `lambda x: (x - mean) / std`: instances pickle as class reference + attributes."""

    def __init__(self, mean: float, std: float):
        self.mean, self.std = mean, std

    def __call__(self, x: torch.Tensor) -> torch.Tensor:
        return (x - self.mean) / self.std
# --8<-- [end:fix]


class Numbers(Dataset):
    def __init__(self, transform):
        self.data = torch.arange(8.0).unsqueeze(1)
        self.transform = transform

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return self.transform(self.data[i])


def main():
    dataset = Numbers(Normalize(mean=4.0, std=4.0))
    loader = DataLoader(dataset, batch_size=4, num_workers=2, multiprocessing_context="spawn")
    out = torch.cat(list(loader))
    assert torch.equal(out, (torch.arange(8.0).unsqueeze(1) - 4.0) / 4.0)
    print("normalized in 2 spawned workers:", out.flatten().tolist())


if __name__ == "__main__":
    main()
    # Only for the verified run, which ends this process without Python's normal shutdown: wait for
    # the DataLoader's queue threads as shutdown would (otherwise a "leaked semaphore" warning).
    for thread in threading.enumerate():
        if thread.name == "QueueFeederThread":
            thread.join()
