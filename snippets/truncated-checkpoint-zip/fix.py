"""Fix: save atomically (temporary file in the same folder, then os.replace), so a crash never leaves half a checkpoint."""
import os
import tempfile

import torch
from torch import nn


# --8<-- [start:fix]
def save_checkpoint(obj, path):
    """torch.save into a temporary file next to path, flush it to disk, then rename it onto path."""
    fd, tmp_path = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(path)), suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            torch.save(obj, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_path, path)  # atomic: path is either the old file or the complete new one
    except BaseException:
        os.remove(tmp_path)
        raise
# --8<-- [end:fix]


class CrashDuringSave:
    """Makes torch.save fail halfway, standing in for a killed job or a full disk."""

    def __reduce__(self):
        raise OSError(28, "No space left on device (simulated)")


model = nn.Sequential(nn.Linear(256, 256), nn.ReLU(), nn.Linear(256, 10))
epoch1 = {"epoch": 1, "model": model.state_dict()}
with torch.no_grad():
    model[0].weight.add_(1.0)  # "training" changes the weights before the next save
epoch2 = {"epoch": 2, "model": model.state_dict()}

# Plain torch.save onto the same path: the failed save destroys the previous checkpoint.
torch.save(epoch1, "plain.pt")
try:
    torch.save({**epoch2, "extra": CrashDuringSave()}, "plain.pt")
except OSError:
    pass
try:
    torch.load("plain.pt")
    raise AssertionError("expected the plain checkpoint to be broken")
except RuntimeError as exc:
    print("plain torch.save after a crash:", str(exc).split(". This is")[0])

# Atomic save: the failed save leaves the previous checkpoint intact, and no temporary file behind.
save_checkpoint(epoch1, "checkpoint.pt")
try:
    save_checkpoint({**epoch2, "extra": CrashDuringSave()}, "checkpoint.pt")
except OSError:
    pass
assert not [name for name in os.listdir(".") if name.endswith(".tmp")], os.listdir(".")
restored = torch.load("checkpoint.pt", weights_only=True)
assert restored["epoch"] == 1
assert torch.equal(restored["model"]["0.weight"], epoch1["model"]["0.weight"])

# The next successful save replaces it, and reloading gives back exactly what was saved.
save_checkpoint(epoch2, "checkpoint.pt")
restored = torch.load("checkpoint.pt", weights_only=True)
assert restored["epoch"] == 2
for name, tensor in epoch2["model"].items():
    assert torch.equal(restored["model"][name], tensor), name
print("atomic save after a crash: epoch", 1, "still loads; next save: epoch", restored["epoch"])
