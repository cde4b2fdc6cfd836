"""How long matching takes on hostile pasted text: `torchkb explain`'s matcher (Python) and the
site's match.js (Node.js, as the "Explain my error" page and the header search run it).

Inputs: tests/data/hostile_inputs.json (about 1 MB each: a single huge token of letters, digits,
`/` paths or `x` shapes, a megabyte of one character, thousands of traceback frames, nested
brackets, `Error:` repeats, control characters, bidi overrides, NUL bytes, lone surrogates,
astral characters, CRLF mixes, a text over the 1,000,000-character limit). Signatures: the
kp.toml files of this tree.

Prints per input: its size, Python's CPU time (time.process_time) for matcher.match_report and
matcher.search_query, and the wall time measured inside Node.js for TorchkbMatch.matchReport and
searchQuery; each the fastest of 3 runs. Then the slowest of each column.

Usage: python bench/matching_bounds.py [--scale F]   (F multiplies every repeat count; default 1)
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from torchkb.matching import matcher  # noqa: E402
from torchkb.matching.signatures import build_signatures  # noqa: E402

RUNS = 3


def best_cpu(fn) -> float:
    best = float("inf")
    for _ in range(RUNS):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every repeat count (default 1)")
    args = parser.parse_args()

    inputs = json.loads((REPO / "tests" / "data" / "hostile_inputs.json").read_text(encoding="utf-8"))["inputs"]
    for item in inputs:
        item["parts"] = [[s, max(1, round(n * args.scale))] for s, n in item["parts"]]
    sigs = build_signatures(REPO)["signatures"]
    index = matcher.build_index(sigs)

    node = shutil.which("node")
    js = {}
    if node:
        proc = subprocess.run([node, str(REPO / "tests" / "js" / "hostile_runner.js")],
                              input=json.dumps({"signatures": sigs, "inputs": inputs, "bound_ms": 0, "tries": RUNS}),
                              capture_output=True, text=True, encoding="utf-8", check=True)
        js = {r["name"]: r for r in json.loads(proc.stdout)}
        node_version = subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip()
    else:
        node_version = "not installed (no JavaScript figures)"

    print(f"{datetime.date.today()}  {cpu_model()}, {os.cpu_count()} cores, load average "
          f"{os.getloadavg()[0]:.1f}; Python {platform.python_version()}, Node.js {node_version}; "
          f"{len(sigs)} signatures, {sum(len(s['patterns']) for s in sigs)} patterns")
    print()
    print("| input | characters | Python match | Python search_query | Node match | Node searchQuery | cut |")
    print("|---|---:|---:|---:|---:|---:|---|")
    worst = [0.0, 0.0, 0.0, 0.0]
    for item in inputs:
        text = "".join(s * n for s, n in item["parts"])
        py_match = best_cpu(lambda: matcher.match_report(text, index))
        py_query = best_cpu(lambda: matcher.search_query(text))
        cut = ", ".join(sorted(matcher.parse(text).cut)) or "-"
        r = js.get(item["name"])
        row = [py_match * 1000, py_query * 1000] + ([r["match_ms"], r["query_ms"]] if r else [float("nan")] * 2)
        worst = [max(w, v) for w, v in zip(worst, row)]
        print(f"| {item['name']} | {len(text):,} | " + " | ".join(f"{v:.0f} ms" for v in row) + f" | {cut} |")
    print("| **slowest** | | " + " | ".join(f"**{v:.0f} ms**" for v in worst) + " | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
