"""Alternative: load an existing checkpoint you trust by allowlisting exactly the classes it needs."""
import argparse
import io

import numpy as np
import torch
from numpy._core.multiarray import scalar  # NumPy 2.x; under NumPy 1.x: from numpy.core.multiarray import scalar
from torch import nn

# The file an older training script wrote: a Namespace and a numpy.float64 next to the weights.
model = nn.Linear(4, 2)
args = argparse.Namespace(lr=0.1)
torch.save({"model": model.state_dict(), "args": args, "best_acc": np.float64(0.78)}, "old.pt")

# 1. List every global the file refers to, without loading (or running) anything.
print("needs:", sorted(torch.serialization.get_unsafe_globals_in_checkpoint("old.pt")))

# 2. Allowlist those you trust, only for this load.
# --8<-- [start:fix]
trusted = [argparse.Namespace, np.dtype, np.dtypes.Float64DType, scalar,
           (scalar, "numpy.core.multiarray.scalar")]  # the same function under its NumPy 1.x name
with torch.serialization.safe_globals(trusted):
    checkpoint = torch.load("old.pt")  # still weights_only=True: nothing else may be called
# --8<-- [end:fix]
assert checkpoint["args"] == args and checkpoint["best_acc"] == 0.78
assert torch.equal(checkpoint["model"]["weight"], model.weight.detach())

# A file written under NumPy 1.x names the function numpy.core.multiarray.scalar. Simulate one
# (old pickle format, module name rewritten) to show that the (function, name) pair is what loads it.
buf = io.BytesIO()
torch.save({"best_acc": np.float64(0.78)}, buf, _use_new_zipfile_serialization=False, pickle_protocol=2)
with open("numpy1.pt", "wb") as fh:
    fh.write(buf.getvalue().replace(b"numpy._core.multiarray\nscalar", b"numpy.core.multiarray\nscalar"))
with torch.serialization.safe_globals(trusted):
    assert torch.load("numpy1.pt")["best_acc"] == 0.78

# 3. Outside the context manager the default allowlist is back.
assert argparse.Namespace not in torch.serialization.get_safe_globals()
print("loaded:", sorted(checkpoint), "| args:", checkpoint["args"])
