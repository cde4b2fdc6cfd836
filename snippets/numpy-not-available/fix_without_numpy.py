"""Alternative: where the code only needs Python numbers, .tolist() and .item() need no NumPy.

Runs the script in a fresh process where NumPy is not installed (simulated as in repro.py).
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
# --8<-- [start:fix]
labels = scores.argmax(dim=1).tolist()  # a Python list of ints, no NumPy involved
best = scores.max().item()              # a Python float
# --8<-- [end:fix]
assert len(labels) == 4 and all(isinstance(i, int) and 0 <= i < 3 for i in labels)
assert isinstance(best, float) and 1 / 3 <= best <= 1
print("labels: list of", len(labels), "ints | best score is a", type(best).__name__)
''')

child = subprocess.run([sys.executable, "predict.py"], capture_output=True, text=True,
                       env={**os.environ, "PYTHONPATH": "hidden"})
assert child.returncode == 0, child.stderr
assert "Failed to initialize NumPy: No module named 'numpy'" in child.stderr  # NumPy really was missing
print("without NumPy ->", child.stdout.strip())
