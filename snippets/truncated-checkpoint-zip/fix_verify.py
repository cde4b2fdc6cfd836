"""Alternative: record size and SHA-256 when saving, check them before loading a copied or downloaded file."""
import hashlib
import json
import os
import shutil

import torch
from torch import nn


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def load_verified(path, manifest_path):
    """torch.load, after checking path against the size and SHA-256 written when it was saved."""
    with open(manifest_path) as fh:
        expected = json.load(fh)
    # --8<-- [start:fix]
    size = os.path.getsize(path)
    if size != expected["size"]:
        raise ValueError(f"{path} has {size} bytes, expected {expected['size']}: incomplete copy or download")
    if sha256_of(path) != expected["sha256"]:
        raise ValueError(f"{path} has the right size but the wrong SHA-256: the file is corrupted")
    # --8<-- [end:fix]
    return torch.load(path, map_location="cpu", weights_only=True)


# On the training machine: save, then write the manifest next to the checkpoint.
model = nn.Sequential(nn.Linear(256, 256), nn.ReLU(), nn.Linear(256, 10))
torch.save(model.state_dict(), "model.pt")
with open("model.pt.json", "w") as fh:
    json.dump({"size": os.path.getsize("model.pt"), "sha256": sha256_of("model.pt")}, fh)

# A copy that stopped at 60 %: rejected with a message that says what happened.
with open("model.pt", "rb") as src, open("copy.pt", "wb") as dst:
    dst.write(src.read(os.path.getsize("model.pt") * 6 // 10))
try:
    load_verified("copy.pt", "model.pt.json")
    raise AssertionError("expected ValueError")
except ValueError as exc:
    assert "incomplete copy or download" in str(exc)
    print("partial copy:", exc)

# A complete copy loads, and the weights are the saved ones.
shutil.copyfile("model.pt", "copy.pt")
restored = nn.Sequential(nn.Linear(256, 256), nn.ReLU(), nn.Linear(256, 10))
restored.load_state_dict(load_verified("copy.pt", "model.pt.json"))
for name, tensor in model.state_dict().items():
    assert torch.equal(restored.state_dict()[name], tensor), name
print("complete copy: verified and loaded", len(model.state_dict()), "tensors")
