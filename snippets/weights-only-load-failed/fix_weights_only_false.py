"""Alternative: weights_only=False, for files you created or trust, because it runs code from the file."""
import argparse
import contextlib
import io
import pickle

import torch
from torch import nn


class Payload:
    """What a malicious checkpoint can contain: pickle calls whatever __reduce__ names."""

    def __reduce__(self):
        return (print, ("this line was printed by code stored in the checkpoint",))


torch.save({"model": nn.Linear(4, 2).state_dict(), "extra": Payload()}, "downloaded.pt")

# weights_only=True (the default) refuses to call the function...
try:
    torch.load("downloaded.pt")
    raise AssertionError("expected UnpicklingError")
except pickle.UnpicklingError as exc:
    assert "Unsupported global: GLOBAL print " in str(exc)
# ...weights_only=False calls it while loading. A real attack would call os.system instead of print.
captured = io.StringIO()
with contextlib.redirect_stdout(captured):
    torch.load("downloaded.pt", weights_only=False)
assert "printed by code stored in the checkpoint" in captured.getvalue()

# Your own checkpoint, written by your own training script: here weights_only=False is acceptable.
model = nn.Linear(4, 2)
torch.save({"model": model.state_dict(), "args": argparse.Namespace(lr=0.1)}, "checkpoint.pt")
# --8<-- [start:fix]
checkpoint = torch.load("checkpoint.pt", weights_only=False)  # only for files you trust
# --8<-- [end:fix]
assert checkpoint["args"].lr == 0.1
assert torch.equal(checkpoint["model"]["weight"], model.weight.detach())
print("payload ran during weights_only=False load:", captured.getvalue().strip() != "")
