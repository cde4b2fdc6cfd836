"""Time `torchkb verify` (fork server: one torch import) against one interpreter per snippet.

Both run the same snippets on the same machine in one go; results go to stdout and are copied
into BENCHMARKS.md by hand with the date and machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def main() -> None:
    sys.path.insert(0, str(REPO / "src"))
    from torchkb.kp import load_all

    snippets = [s for kp in load_all(REPO) for s in kp.snippets if s.device == "cpu"]

    started = time.monotonic()
    subprocess.run([BIN / "torchkb", "verify", *sorted({s.kp.slug for s in snippets})],
                   check=False, stdout=subprocess.DEVNULL, cwd=REPO)
    verify_s = time.monotonic() - started

    started = time.monotonic()
    for snippet in snippets:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, str(snippet.path)], cwd=tmp, check=False,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           env=dict(os.environ, PYTHONPATH=str(snippet.path.parent)))
    plain_s = time.monotonic() - started

    print(f"snippets: {len(snippets)} (CPU ones), machine: {os.cpu_count()} cores")
    print(f"torchkb verify (fork server, torch imported once): {verify_s:.1f} s")
    print(f"plain loop, one python interpreter per snippet:    {plain_s:.1f} s")
    print(f"speed-up: {plain_s / verify_s:.1f}x")


if __name__ == "__main__":
    main()
