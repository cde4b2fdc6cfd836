"""Fix: save the state_dict; the application builds the model from its own copy of the code and loads the weights."""
import os
import subprocess
import sys

import torch

NET_CODE = ("from torch import nn\n\n\n"
            "class Net(nn.Module):\n"
            "    def __init__(self):\n"
            "        super().__init__()\n"
            "        self.fc = nn.Linear(4, 2)\n\n"
            "    def forward(self, x):\n"
            "        return self.fc(x)\n")

# The training project, as before, but it saves only the weights (and a reference prediction).
os.makedirs("train_project/models", exist_ok=True)
open("train_project/models/__init__.py", "w").close()
with open("train_project/models/net.py", "w") as fh:
    fh.write(NET_CODE)
with open("train_project/train.py", "w") as fh:
    fh.write("import torch\nfrom models.net import Net\n\n"
             "net = Net()\n"
             "torch.save(net.state_dict(), '../weights.pt')  # tensors only, no module paths\n"
             "x = torch.randn(3, 4)\n"
             "torch.save({'x': x, 'y': net(x).detach()}, '../reference.pt')\n")
subprocess.run([sys.executable, "train.py"], cwd="train_project", check=True)

# The application keeps the architecture under a module name of its own (here app_net.py).
with open("app_net.py", "w") as fh:
    fh.write(NET_CODE)
sys.path.insert(0, os.getcwd())
from app_net import Net  # noqa: E402

# --8<-- [start:fix]
model = Net()
model.load_state_dict(torch.load("weights.pt", map_location="cpu", weights_only=True))
model.eval()
# --8<-- [end:fix]

reference = torch.load("reference.pt", weights_only=True)
with torch.no_grad():
    assert torch.allclose(model(reference["x"]), reference["y"])
print("state_dict loaded into app_net.Net; predictions match the training project")
