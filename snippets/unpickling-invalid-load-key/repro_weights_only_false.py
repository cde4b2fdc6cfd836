"""Reproduce: following the message's advice (weights_only=False) on the same pointer file fails too."""
import torch

# Simulated Git LFS pointer, as in repro.py.
with open("model.pt", "w") as fh:
    fh.write("version https://git-lfs.github.com/spec/v1\n"
             "oid sha256:9f2d4c0f1c6f3a8e1d5b7a2e4c6f8a0b2d4e6f8a1c3e5a7c9e1b3d5f7a9c1e3b\n"
             "size 46830571\n")

# --8<-- [start:cause]
state_dict = torch.load("model.pt", weights_only=False)  # plain pickle: same file, older message
# --8<-- [end:cause]
