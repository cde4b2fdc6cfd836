"""Fix: define collate_fn (and transforms) as module-level functions, which pickle by name."""
import pickle
import threading

import torch
from torch.utils.data import DataLoader, TensorDataset


# --8<-- [start:fix]
def stack_columns(batch):
    """Module level: pickled as a reference 'module.stack_columns' that each worker can import."""
    return [torch.stack(column) for column in zip(*batch)]
# --8<-- [end:fix]


def main():
    dataset = TensorDataset(torch.arange(8.0).unsqueeze(1), torch.arange(8) % 2)
    loader = DataLoader(dataset, batch_size=4, num_workers=2, multiprocessing_context="spawn",
                        collate_fn=stack_columns)
    batches = list(loader)
    assert [tuple(x.shape) for x, _ in batches] == [(4, 1), (4, 1)]
    assert torch.equal(torch.cat([x for x, _ in batches]), dataset.tensors[0])  # same data, same order
    assert pickle.loads(pickle.dumps(stack_columns)) is stack_columns  # pickled by reference
    print(f"{len(batches)} batches from 2 spawned workers:", [tuple(x.shape) for x, _ in batches])


if __name__ == "__main__":
    main()
    # Only for the verified run, which ends this process without Python's normal shutdown: wait for
    # the DataLoader's queue threads as shutdown would (otherwise a "leaked semaphore" warning).
    for thread in threading.enumerate():
        if thread.name == "QueueFeederThread":
            thread.join()
