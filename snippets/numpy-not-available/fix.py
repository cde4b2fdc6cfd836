"""Fix: install NumPy into the environment that runs torch (pip install numpy), then check it.

Here NumPy is installed, so the same script as in repro.py runs in a fresh process and works. The
check below tells the two causes apart: NumPy missing, or present but not usable by this torch.
"""
import os
import subprocess
import sys

import numpy
import torch

# --8<-- [start:fix]
# python -m pip install numpy     (the same interpreter as torch: `python -m pip`, not a stray `pip`)
def numpy_status() -> str:
    try:
        import numpy as np
    except ImportError as exc:
        return f"NumPy is not installed for {sys.executable}: {exc}"
    try:
        torch.from_numpy(np.zeros(1))
    except RuntimeError:
        return f"NumPy {np.__version__} is installed but this torch cannot use it (see the warning at import)"
    return f"ok: torch {torch.__version__} with NumPy {np.__version__}"
# --8<-- [end:fix]


assert numpy_status().startswith("ok"), numpy_status()

with open("predict.py", "w") as f:
    f.write("import torch\n"
            "scores = torch.softmax(torch.randn(4, 3), dim=1)\n"
            "labels = scores.argmax(dim=1).numpy()\n"
            "print(type(labels).__name__, labels.shape)\n")
child = subprocess.run([sys.executable, "predict.py"], capture_output=True, text=True, env=dict(os.environ))
assert child.returncode == 0, child.stderr
assert "Failed to initialize NumPy" not in child.stderr
assert child.stdout.strip() == "ndarray (4,)", child.stdout
print("predict.py:", child.stdout.strip(), "| numpy_status():", numpy_status().split(":")[0])
