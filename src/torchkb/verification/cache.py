"""A cache of passing verification results, so a warm build re-runs only what changed.

Honest by construction: a result is reused only when everything that could change it is the same,
hashed into its key:

- every file of the knowledge point's folder except the ``.out`` goldens (the snippet itself,
  kp.toml with its expectation and timeout, any helper file a snippet reads);
- the harness's own code (``torchkb/kp.py`` and ``torchkb/verification/*.py``);
- the environment: the interpreter, Python and platform, whether an NVIDIA device is present,
  and the version of every installed distribution (torch, numpy, pandas, OpenCV... whatever a
  snippet may import). All of it is read without importing torch, so a warm run whose snippets
  are all cached starts no fork server at all.

The goldens are not part of the key: a cached run keeps the normalized output it captured, and
the harness compares that text with the current ``.out`` file as it would a fresh run's. An entry
also keeps when it was verified and the fork server's environment report, which the stamps show.
Only passes are stored; a failure or a skip is decided again on every run.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import platform
import sys
import threading
from functools import lru_cache
from pathlib import Path

from torchkb import REPO_ROOT
from torchkb.kp import Snippet

CACHE_DIR = REPO_ROOT / "build" / "verify-cache"
FORMAT = 2  # bump when what is stored changes
PACKAGE_DIR = Path(__file__).resolve().parents[1]


def _digest_files(h, paths) -> None:
    for path in sorted(paths):
        h.update(str(path.relative_to(path.parents[1])).encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")


@lru_cache(maxsize=1)
def harness_digest() -> str:
    """The code that runs and judges snippets."""
    h = hashlib.sha256()
    _digest_files(h, [PACKAGE_DIR / "kp.py", *(PACKAGE_DIR / "verification").glob("*.py")])
    return h.hexdigest()


@lru_cache(maxsize=1)
def installed_digest() -> str:
    """Every installed distribution with its version (this venv's, or the interpreter's)."""
    dists = sorted({(d.metadata["Name"] or "").lower(): d.version for d in importlib.metadata.distributions()}.items())
    return hashlib.sha256(json.dumps(dists).encode()).hexdigest()


@lru_cache(maxsize=1)
def environment_digest() -> str:
    """This interpreter and what it would import, without importing torch."""
    facts = {
        "executable": sys.executable, "python": sys.version, "platform": platform.platform(),
        "installed": installed_digest(),
        # CUDA availability decides skips and device choices; a driver's device node tells it.
        "nvidia": Path("/dev/nvidiactl").exists(),
    }
    return hashlib.sha256(json.dumps(facts, sort_keys=True).encode()).hexdigest()


def snippet_digest(snippet: Snippet) -> str:
    """The knowledge point's folder without its goldens, and which snippet of it runs."""
    h = hashlib.sha256(snippet.name.encode() + b"\0")
    files = [p for p in snippet.kp.dir.iterdir() if p.is_file() and p.suffix != ".out"
             and not p.name.startswith(".")]
    _digest_files(h, files)
    return h.hexdigest()


def key(snippet: Snippet) -> str:
    parts = [str(FORMAT), snippet_digest(snippet), harness_digest(), environment_digest()]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:32]


class Cache:
    """Passing results on disk, one file per snippet (its id, with the key inside)."""

    def __init__(self, folder: Path = CACHE_DIR, enabled: bool = True):
        self.folder = folder
        self.enabled = enabled

    def _path(self, snippet: Snippet) -> Path:
        return self.folder / f"{snippet.kp.slug}--{snippet.name}.json"

    def get(self, snippet: Snippet) -> dict | None:
        """{"seconds", "output", "verified_at", "env"} of the last pass under the same key, or None."""
        if not self.enabled:
            return None
        path = self._path(snippet)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if data.get("key") != key(snippet):
            return None
        return data

    def put(self, snippet: Snippet, env: dict, seconds: float, output: str) -> None:
        """Store a pass; env is the fork server's environment report, with its timestamp."""
        if not self.enabled:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self._path(snippet)
        tmp = path.with_suffix(f".{threading.get_ident()}.tmp")
        entry = {"key": key(snippet), "seconds": seconds, "output": output,
                 "verified_at": env.get("timestamp"), "env": env}
        tmp.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
