"""Reproduce: the model class was defined in the training script itself (__main__), and is missing when loading."""
import subprocess
import sys

import torch

with open("train.py", "w") as fh:
    fh.write("import torch\nfrom torch import nn\n\n\n"
             "class Net(nn.Module):  # defined in the script that is run: module __main__\n"
             "    def __init__(self):\n"
             "        super().__init__()\n"
             "        self.fc = nn.Linear(4, 2)\n\n\n"
             "torch.save(Net(), 'model.pt')\n")
subprocess.run([sys.executable, "train.py"], check=True)

# --8<-- [start:cause]
model = torch.load("model.pt", weights_only=False)  # looks for Net in *this* script's __main__
# --8<-- [end:cause]
