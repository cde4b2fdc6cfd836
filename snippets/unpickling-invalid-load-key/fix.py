"""Fix: look at the first bytes before torch.load, and say what the file really is."""
import os

import torch
from torch import nn

LFS_POINTER = b"version https://git-lfs.github.com/spec/"


def load_checkpoint(path):
    """torch.load, after checking that path holds a PyTorch checkpoint and not a stand-in for one."""
    with open(path, "rb") as fh:
        head = fh.read(64)
    size = os.path.getsize(path)
    # --8<-- [start:fix]
    if head.startswith(LFS_POINTER):
        raise ValueError(f"{path} is a Git LFS pointer ({size} bytes), not the weights: "
                         "install git-lfs and run `git lfs pull` in the repository")
    if head.lstrip().lower().startswith((b"<!doctype html", b"<html")):
        raise ValueError(f"{path} is an HTML page ({size} bytes): the download returned a web page; "
                         "use the direct download link")
    # --8<-- [end:fix]
    if not head.startswith((b"PK\x03\x04", b"\x80")):  # zip (torch>=1.6) or legacy pickle format
        raise ValueError(f"{path} is not a PyTorch checkpoint (starts with {head[:8]!r})")
    return torch.load(path, map_location="cpu", weights_only=True)


# The repository as cloned without git-lfs: a pointer where the weights should be.
with open("model.pt", "w") as fh:
    fh.write("version https://git-lfs.github.com/spec/v1\n"
             "oid sha256:9f2d4c0f1c6f3a8e1d5b7a2e4c6f8a0b2d4e6f8a1c3e5a7c9e1b3d5f7a9c1e3b\n"
             "size 46830571\n")
try:
    load_checkpoint("model.pt")
    raise AssertionError("expected ValueError")
except ValueError as exc:
    assert "git lfs pull" in str(exc)
    print("before `git lfs pull`:", exc)

# After `git lfs pull` the same path holds the real file (here a state_dict saved by torch.save).
trained = nn.Linear(4, 2)
torch.save(trained.state_dict(), "model.pt")
model = nn.Linear(4, 2)
model.load_state_dict(load_checkpoint("model.pt"))
assert torch.equal(model.weight, trained.weight) and torch.equal(model.bias, trained.bias)

# An HTML page saved under a checkpoint's name is recognised as well.
with open("weights.pth", "wb") as fh:
    fh.write(b"\n\n<!DOCTYPE html>\n<html lang=\"en\"><head><title>Sign in</title></head></html>\n")
try:
    load_checkpoint("weights.pth")
    raise AssertionError("expected ValueError")
except ValueError as exc:
    assert "HTML page" in str(exc)
print("after `git lfs pull`: loaded", sorted(model.state_dict()))
