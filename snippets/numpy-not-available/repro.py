"""Reproduce: a PyTorch script calls .numpy() on a Python where NumPy is not installed.

Simulated here: NumPy is installed on this machine, and PyTorch looks for it only once, when torch
is imported. So the script runs in a fresh Python process in which a stand-in `numpy` package
fails to import exactly as a missing one does (ModuleNotFoundError: No module named 'numpy').
That process's own warning and traceback are printed first; this script then re-raises its error.
"""
import os
import subprocess
import sys

os.makedirs("hidden/numpy", exist_ok=True)
with open("hidden/numpy/__init__.py", "w") as f:
    f.write("raise ModuleNotFoundError(\"No module named 'numpy'\", name='numpy')\n")

with open("predict.py", "w") as f:
    f.write('''\
import torch

scores = torch.softmax(torch.randn(4, 3), dim=1)
# --8<-- [start:cause]
labels = scores.argmax(dim=1).numpy()  # any NumPy interop: .numpy(), torch.from_numpy(), ...
# --8<-- [end:cause]
print(labels)
''')

child = subprocess.run([sys.executable, "predict.py"], capture_output=True, text=True,
                       env={**os.environ, "PYTHONPATH": "hidden"})
print(child.stdout + child.stderr, end="")
last_line = child.stderr.strip().splitlines()[-1]  # "RuntimeError: Numpy is not available"
kind, _, message = last_line.partition(": ")
assert kind == "RuntimeError", last_line
raise RuntimeError(message)
