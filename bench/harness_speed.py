"""How fast `torchkb verify` runs every snippet, against two yardsticks, in one run:

- the floor: one `import torch` plus the sum of the snippets' own run times (what any harness must
  at least spend; target: verify within 1.5x of it);
- the naive way: one fresh Python interpreter per snippet (each pays the torch import; target:
  verify at least 20x faster), run with as many at a time as verify runs fork servers.

Both sides use the same CPU snippets; verify runs without its cache (--no-cache). Results go to
stdout; BENCHMARKS.md records them with date and machine.
"""

from __future__ import annotations

import concurrent.futures
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def torch_import_seconds() -> float:
    best = float("inf")
    for _ in range(3):
        started = time.monotonic()
        subprocess.run([sys.executable, "-c", "import torch, numpy"], check=True)
        best = min(best, time.monotonic() - started)
    return best


def plain(path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(path)], cwd=tmp, check=False, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                       env=dict(os.environ, PYTHONPATH=str(path.parent)), timeout=600)


def main() -> None:
    sys.path.insert(0, str(REPO / "src"))
    from torchkb.kp import load_all
    from torchkb.verification.harness import default_jobs

    snippets = [s for kp in load_all(REPO) for s in kp.snippets if s.device == "cpu" and not kp.commands]
    slugs = sorted({s.kp.slug for s in snippets})
    jobs = default_jobs()

    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "verify.json"
        started = time.monotonic()
        subprocess.run([BIN / "torchkb", "verify", "--no-cache", "--json", report, *slugs],
                       check=False, stdout=subprocess.DEVNULL, cwd=REPO)
        verify_s = time.monotonic() - started
        results = json.loads(report.read_text(encoding="utf-8"))["results"]
    own = sum(r["seconds"] for r in results if r["status"] != "skip")
    import_s = torch_import_seconds()
    floor = import_s + own

    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        list(pool.map(plain, [s.path for s in snippets]))
    plain_s = time.monotonic() - started

    print(f"snippets: {len(snippets)} (CPU ones), {jobs} at a time on {os.cpu_count()} cores")
    print(f"torchkb verify --no-cache:                       {verify_s:7.1f} s")
    print(f"floor: import torch ({import_s:.1f} s) + the snippets' own times ({own:.1f} s): {floor:7.1f} s"
          f"  -> verify takes {verify_s / floor:.2f}x the floor (target <= 1.5x; verify runs {jobs} at a time,"
          f" the floor is one after the other)")
    print(f"plain: one interpreter per snippet, {jobs} at a time: {plain_s:7.1f} s"
          f"  -> verify is {plain_s / verify_s:.1f}x faster (target >= 20x)")


if __name__ == "__main__":
    main()
