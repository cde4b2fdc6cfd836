"""Reproduce: the .pt file in a cloned repository is a Git LFS pointer, not the weights."""
import torch

# Simulated: what `git clone` leaves for a file stored with Git LFS when git-lfs is not installed
# (or `git lfs pull` was never run): a three-line text file that points at the real object.
with open("model.pt", "w") as fh:
    fh.write("version https://git-lfs.github.com/spec/v1\n"
             "oid sha256:9f2d4c0f1c6f3a8e1d5b7a2e4c6f8a0b2d4e6f8a1c3e5a7c9e1b3d5f7a9c1e3b\n"
             "size 46830571\n")

# --8<-- [start:cause]
state_dict = torch.load("model.pt")  # a 133-byte text file, not a checkpoint
# --8<-- [end:cause]
