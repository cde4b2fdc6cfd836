"""Reproduce: a whole model pickled in the training project, loaded from another project without its `models` package."""
import os
import subprocess
import sys

import torch

# The training project (YOLOv5 style): the model class lives in the package `models`.
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
    fh.write("import torch\nfrom models.net import Net\n\n"
             "torch.save(Net(), '../model.pt')  # the whole model object, not its state_dict\n")
subprocess.run([sys.executable, "train.py"], cwd="train_project", check=True)

# The application: this script, in another folder, where no package `models` can be imported.
# --8<-- [start:cause]
model = torch.load("model.pt", weights_only=False)  # the pickle says: import models.net, find Net
# --8<-- [end:cause]
