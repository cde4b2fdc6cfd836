"""Alternative for a whole-model file you trust: make its package importable under the recorded name, then convert it once."""
import os
import pickle
import subprocess
import sys

import torch
from torch import nn

# An existing whole-model file from the training project (as in repro.py).
os.makedirs("train_project/models", exist_ok=True)
open("train_project/models/__init__.py", "w").close()
with open("train_project/models/net.py", "w") as fh:
    fh.write("from torch import nn\n\n\n"
             "class Net(nn.Module):\n"
             "    def __init__(self):\n"
             "        super().__init__()\n"
             "        self.fc = nn.Linear(4, 2)\n\n"
             "    def forward(self, x):\n"
             "        return self.fc(x)\n")
with open("train_project/train.py", "w") as fh:
    fh.write("import torch\nfrom models.net import Net\n\ntorch.save(Net(), '../model.pt')\n")
subprocess.run([sys.executable, "train.py"], cwd="train_project", check=True)

# With torch>=2.6 defaults, the first error names the class instead (see the weights_only page).
try:
    torch.load("model.pt")
    raise AssertionError("expected UnpicklingError")
except pickle.UnpicklingError as exc:
    assert "GLOBAL models.net.Net was not an allowed global" in str(exc)
print("globals in the file:", sorted(torch.serialization.get_unsafe_globals_in_checkpoint("model.pt")))

# --8<-- [start:fix]
sys.path.insert(0, os.path.abspath("train_project"))  # the folder that contains the package `models`
from models.net import Net  # noqa: E402  the same module path as recorded in the file

with torch.serialization.safe_globals([Net, nn.Linear]):  # exactly the classes listed above
    model = torch.load("model.pt")
# --8<-- [end:fix]
assert isinstance(model, Net)

# Convert once: from now on only the weights travel, and they load anywhere with weights_only=True.
torch.save(model.state_dict(), "weights.pt")
rebuilt = Net()
rebuilt.load_state_dict(torch.load("weights.pt", weights_only=True))
x = torch.randn(3, 4)
with torch.no_grad():
    assert torch.equal(rebuilt(x), model(x))
print("loaded", type(model).__module__ + "." + type(model).__name__, "and saved its state_dict to weights.pt")
