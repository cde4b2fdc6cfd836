"""Fix: put only tensors and plain Python values in the checkpoint, so the default weights_only=True load works."""
import argparse

import numpy as np
import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--lr", type=float, default=0.1)
args = parser.parse_args([])

model = nn.Linear(4, 2)
optimizer = torch.optim.SGD(model.parameters(), lr=args.lr, momentum=0.9)
model(torch.randn(8, 4)).pow(2).mean().backward()
optimizer.step()  # the optimizer now has state (momentum buffers) worth saving
best_acc = np.array([0.71, 0.74, 0.78]).max()

# --8<-- [start:fix]
torch.save({"epoch": 3, "model": model.state_dict(), "optimizer": optimizer.state_dict(),
            "args": vars(args),            # a dict of str/float instead of the Namespace object
            "best_acc": float(best_acc)},  # a Python float instead of numpy.float64
           "checkpoint.pt")
checkpoint = torch.load("checkpoint.pt")   # the default weights_only=True accepts all of it
# --8<-- [end:fix]

# Nothing in the file needs an allowlist.
assert torch.serialization.get_unsafe_globals_in_checkpoint("checkpoint.pt") == []

# Everything comes back: weights, optimizer state, arguments, metric.
restored = nn.Linear(4, 2)
restored.load_state_dict(checkpoint["model"])
for name, tensor in model.state_dict().items():
    assert torch.equal(restored.state_dict()[name], tensor), name
restored_opt = torch.optim.SGD(restored.parameters(), lr=0.0, momentum=0.9)
restored_opt.load_state_dict(checkpoint["optimizer"])
assert restored_opt.param_groups[0]["lr"] == args.lr
assert argparse.Namespace(**checkpoint["args"]) == args
assert checkpoint["best_acc"] == 0.78 and type(checkpoint["best_acc"]) is float
print("loaded with weights_only=True:", sorted(checkpoint), "| args:", checkpoint["args"])
