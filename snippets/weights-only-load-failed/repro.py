"""Reproduce: a training checkpoint that stores the argparse arguments no longer loads with torch.load's defaults."""
import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--lr", type=float, default=0.1)
args = parser.parse_args([])

model = nn.Linear(4, 2)
optimizer = torch.optim.SGD(model.parameters(), lr=args.lr)
# --8<-- [start:cause]
torch.save({"epoch": 3, "model": model.state_dict(), "optimizer": optimizer.state_dict(),
            "args": args},  # an argparse.Namespace: an arbitrary Python object, not a tensor
           "checkpoint.pt")
checkpoint = torch.load("checkpoint.pt")  # since torch 2.6 this means weights_only=True
# --8<-- [end:cause]
