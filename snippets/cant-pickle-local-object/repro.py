"""Reproduce: with the spawn start method, a lambda defined inside main() as collate_fn cannot be sent to the workers."""
import torch
from torch.utils.data import DataLoader, TensorDataset


def main():
    dataset = TensorDataset(torch.arange(8.0).unsqueeze(1), torch.arange(8) % 2)
    # spawn is the default on Windows and macOS (and forkserver on Linux from Python 3.14); both pickle
    # the dataset, collate_fn and worker_init_fn to send them to each worker.
    # --8<-- [start:cause]
    loader = DataLoader(dataset, batch_size=4, num_workers=2, multiprocessing_context="spawn",
                        collate_fn=lambda batch: [torch.stack(column) for column in zip(*batch)])
    # --8<-- [end:cause]
    for x, y in loader:
        print(x.shape, y.shape)


if __name__ == "__main__":
    main()
