"""Fix: run the training code only under `if __name__ == "__main__":`, so spawned workers can import the file safely."""
import threading

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


def train(epochs: int = 3) -> list[float]:
    torch.manual_seed(0)
    x = torch.linspace(-1, 1, 16).unsqueeze(1)
    dataset = TensorDataset(x, 3 * x + 1)
    loader = DataLoader(dataset, batch_size=4, shuffle=True, num_workers=2,
                        multiprocessing_context="spawn", persistent_workers=True)
    model = nn.Linear(1, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.3)
    losses = []
    for _ in range(epochs):
        total, seen = 0.0, 0
        for xb, yb in loader:
            loss = nn.functional.mse_loss(model(xb), yb)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += loss.item() * len(xb)
            seen += len(xb)
        assert seen == len(dataset)  # every sample arrived from the workers
        losses.append(total / seen)
    return losses


# A spawned worker imports this file under the name "__mp_main__": it gets the imports, the
# function and class definitions it needs, and skips the block below.
# --8<-- [start:fix]
if __name__ == "__main__":
    losses = train()
# --8<-- [end:fix]
    assert losses[-1] < losses[0] / 4, losses
    print(f"2 spawned workers, 3 epochs: loss {losses[0]:.3f} -> {losses[-1]:.3f}")
    # Only for the verified run, which ends this process without Python's normal shutdown: wait for
    # the DataLoader's queue threads as shutdown would (otherwise a "leaked semaphore" warning).
    for thread in threading.enumerate():
        if thread.name == "QueueFeederThread":
            thread.join()
