"""Fix: pass map_location to torch.load, so the tensors land on a device this machine has."""
import contextlib

import torch
from torch import nn


@contextlib.contextmanager
def saved_as_if_on_gpu(index=0):
    """Simulates a checkpoint written on a GPU machine (see repro.py): tensors tagged "cuda:<index>"."""
    active = True
    torch.serialization.register_package(
        0, lambda storage: f"cuda:{index}" if active else None, lambda storage, location: None)
    try:
        yield
    finally:
        active = False


trained = nn.Linear(4, 2)
with saved_as_if_on_gpu():
    torch.save(trained.state_dict(), "checkpoint.pt")

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
model = nn.Linear(4, 2)
# --8<-- [start:fix]
state = torch.load("checkpoint.pt", map_location=device)  # "cpu" on a machine without CUDA
model.load_state_dict(state)
model.to(device)
# --8<-- [end:fix]

for name, tensor in state.items():
    assert tensor.device.type == device.type, name
    assert torch.equal(tensor.cpu(), trained.state_dict()[name]), name
assert model.weight.device.type == device.type

# The file really says "cuda:0": a map_location function receives each tensor's saved location.
seen = []
torch.load("checkpoint.pt", map_location=lambda storage, location: seen.append(location) or storage)
assert seen == ["cuda:0", "cuda:0"], seen  # weight and bias
print("saved on:", sorted(set(seen)), "| loaded:", list(state), "| weights identical: True")
