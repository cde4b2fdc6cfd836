"""Fix: a collate_fn that needs settings becomes functools.partial of a module-level function (not a closure)."""
import functools
import threading

import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader


def pad_collate(batch, pad_value):
    lengths = torch.tensor([len(seq) for seq in batch])
    return pad_sequence(batch, batch_first=True, padding_value=pad_value), lengths


def main():
    sequences = [torch.arange(1, n + 1) for n in (3, 1, 4, 2)]  # variable-length token ids
    pad_value = -1
    # Instead of collate_fn=lambda batch: pad_collate(batch, pad_value), which cannot be pickled:
    # --8<-- [start:fix]
    collate = functools.partial(pad_collate, pad_value=pad_value)  # picklable: function + arguments
    loader = DataLoader(sequences, batch_size=2, num_workers=2, multiprocessing_context="spawn",
                        collate_fn=collate)
    # --8<-- [end:fix]
    (first, first_len), (second, second_len) = list(loader)
    assert first.tolist() == [[1, 2, 3], [1, -1, -1]] and first_len.tolist() == [3, 1]
    assert second.tolist() == [[1, 2, 3, 4], [1, 2, -1, -1]] and second_len.tolist() == [4, 2]
    print("padded batches:", tuple(first.shape), tuple(second.shape), "| pad value", pad_value)


if __name__ == "__main__":
    main()
    # Only for the verified run, which ends this process without Python's normal shutdown: wait for
    # the DataLoader's queue threads as shutdown would (otherwise a "leaked semaphore" warning).
    for thread in threading.enumerate():
        if thread.name == "QueueFeederThread":
            thread.join()
