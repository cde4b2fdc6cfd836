"""Results of the snippets under other torch releases, kept as data: releases/<name>.json.

The main pin (torchkb's own torch) is verified by every build; other releases are run now and
then (``torchkb verify --torch VERSION``, the release-matrix workflow, a GPU machine) and their
outcomes are committed, one file per release and device. Each record is keyed by a hash of the
snippet file and of what kp.toml declares for it, so a record whose snippet or expectation changed
since it was made is *stale*: the site shows it as "not re-run since the snippet changed", never as
verified.

File format (FORMAT = 1), written by ``torchkb.verification.matrix`` (sorted keys, one space of
indent, a final newline):

    {"format": 1, "release": "2.4.1", "torch": "2.4.1+cu121", "device": "cpu", "gpu": null,
     "python": "3.11.7", "platform": "...", "date": "2026-11-29",
     "companions": {"numpy": "2.4.6", "opencv-python-headless": "5.0.0.93", "pandas": "3.1.1", "pillow": "13.0.0"},
     "records": {"<slug>/<snippet>": {"hash": "...", "role": "repro", "outcome": "raised",
                                       "type": "RuntimeError", "message": "...", "reason": ""}}}

- ``release`` is the version asked for, ``torch`` what ``torch.__version__`` said (``+cu121``: the
  default Linux wheel with its CUDA libraries, run on the CPU here; ``+cpu``: the CPU wheel, as CI
  installs it). ``date`` is the day of the run (UTC); ``companions`` the installed versions of the
  other packages the snippets import.
- A record's ``type`` and ``message`` are what the snippet raised (or, for a warning point, the
  warning it emitted): for "raised" and "other-wording" reproducers, and for a fix that failed by
  raising. ``reason`` says why a record is not plain success: a skip's cause, a timeout, which part
  of the declaration did not match. Empty ones are left out of the file (loading reads them as "").
  Messages are normalized like the goldens (install and temp paths, addresses) and cut to
  MAX_MESSAGE characters.
- Records exist only for releases other than the main pin (``torchkb verify`` and the build check
  the main pin with its goldens); a snippet with no record was added after that release's run.

Outcomes: a reproducer "raised" as documented (type and message pattern), raised with
"other-wording" (another message, or another exception type; both recorded), "did-not-raise", or
ended in "error" (timeout, crash, harness error); a fix or example "passed" or "failed"; any
snippet may be "skipped" (the reason says why: no CUDA device, a module missing on that release).
The judge is kp.toml's declaration alone: a release's output is never compared with the ``.out``
goldens, which are the main pin's.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from torchkb import REPO_ROOT
from torchkb.kp import KnowledgePoint, Snippet

FORMAT = 1
RELEASES_DIR = REPO_ROOT / "releases"
REPRO_OUTCOMES = ("raised", "other-wording", "did-not-raise", "error", "skipped")
RUN_OUTCOMES = ("passed", "failed", "error", "skipped")
NAME_RE = re.compile(r"^torch-(\d+\.\d+\.\d+)(-cuda)?\.json$")
MAX_MESSAGE = 600


class ReleaseDataError(ValueError):
    """A releases/*.json file that does not follow the format; the message names file and field."""


def snippet_hash(snippet: Snippet) -> str:
    """The snippet's bytes and what kp.toml declares for it (type, message pattern, device)."""
    h = hashlib.sha256(snippet.path.read_bytes())
    exp = snippet.expectation
    declared = {"device": snippet.device, "modules": list(snippet.kp.modules)}
    if exp is not None:
        declared.update(type=exp.type, message=exp.message)
    h.update(json.dumps(declared, sort_keys=True).encode())
    return h.hexdigest()[:16]


@dataclass(frozen=True)
class Record:
    key: str          # "<slug>/<snippet>"
    hash: str
    role: str
    outcome: str
    type: str = ""
    message: str = ""
    reason: str = ""


@dataclass(frozen=True)
class Release:
    path: Path
    release: str      # the version asked for, e.g. "2.4.1"
    torch: str        # torch.__version__ as the run reported it
    device: str       # cpu | cuda
    gpu: str | None
    python: str
    date: str
    companions: dict
    records: dict     # key -> Record

    @property
    def label(self) -> str:
        return f"{self.release} (CUDA, {self.gpu})" if self.device == "cuda" else self.release

    def record(self, snippet: Snippet) -> Record | None:
        return self.records.get(f"{snippet.kp.slug}/{snippet.name}")

    def status(self, snippet: Snippet) -> tuple[str, Record | None]:
        """("current" | "stale" | "missing", record)."""
        rec = self.record(snippet)
        if rec is None:
            return "missing", None
        return ("current" if rec.hash == snippet_hash(snippet) else "stale"), rec


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in re.findall(r"\d+", version.split("+")[0])[:3])


def _field(data: dict, name: str, typ, path: Path):
    if name not in data or not isinstance(data[name], typ):
        raise ReleaseDataError(f"{path}: field '{name}': missing or not {getattr(typ, '__name__', typ)}")
    return data[name]


def load_release(path: Path) -> Release:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ReleaseDataError(f"{path}: not valid JSON: {exc}") from None
    if data.get("format") != FORMAT:
        raise ReleaseDataError(f"{path}: field 'format': expected {FORMAT}")
    release = _field(data, "release", str, path)
    device = _field(data, "device", str, path)
    if device not in ("cpu", "cuda"):
        raise ReleaseDataError(f"{path}: field 'device': '{device}' is not cpu or cuda")
    m = NAME_RE.match(path.name)
    if not m or m.group(1) != release or bool(m.group(2)) != (device == "cuda"):
        raise ReleaseDataError(f"{path}: the file name must be torch-{release}{'-cuda' if device == 'cuda' else ''}.json")
    records = {}
    for key, raw in _field(data, "records", dict, path).items():
        where = f"records['{key}']"
        if not isinstance(raw, dict) or "/" not in key:
            raise ReleaseDataError(f"{path}: field '{where}': expected an object under '<slug>/<snippet>'")
        role = raw.get("role")
        allowed = REPRO_OUTCOMES if role == "repro" else RUN_OUTCOMES
        if role not in ("repro", "fix", "example"):
            raise ReleaseDataError(f"{path}: field '{where}.role': '{role}' is not repro, fix or example")
        if raw.get("outcome") not in allowed:
            raise ReleaseDataError(f"{path}: field '{where}.outcome': '{raw.get('outcome')}' is not one of {', '.join(allowed)}")
        if not isinstance(raw.get("hash"), str) or not re.fullmatch(r"[0-9a-f]{16}", raw["hash"]):
            raise ReleaseDataError(f"{path}: field '{where}.hash': expected 16 hex digits")
        records[key] = Record(key=key, hash=raw["hash"], role=role, outcome=raw["outcome"],
                              type=str(raw.get("type") or ""), message=str(raw.get("message") or ""),
                              reason=str(raw.get("reason") or ""))
    return Release(path=path, release=release, torch=_field(data, "torch", str, path), device=device,
                   gpu=data.get("gpu"), python=_field(data, "python", str, path),
                   date=_field(data, "date", str, path), companions=dict(data.get("companions") or {}),
                   records=records)


def load_releases(folder: Path = RELEASES_DIR) -> list[Release]:
    """Every release file, CPU ones by version, then the CUDA ones."""
    if not folder.is_dir():
        return []
    releases = [load_release(p) for p in sorted(folder.glob("*.json"))]
    return sorted(releases, key=lambda r: (r.device != "cpu", version_key(r.release)))


def record_for(snippet: Snippet, role_outcome: str, *, type_: str = "", message: str = "", reason: str = "") -> dict:
    """A record as stored in a release file."""
    return {"hash": snippet_hash(snippet), "role": snippet.role, "outcome": role_outcome,
            "type": type_, "message": message[:MAX_MESSAGE], "reason": reason[:MAX_MESSAGE]}


def kp_snippets(kp: KnowledgePoint) -> list[Snippet]:
    return list(kp.snippets)


def orphans(releases: list[Release], kps: list[KnowledgePoint]) -> list[str]:
    """Records naming a knowledge point or snippet that does not exist (any more), as
    "releases/<file>: <slug>/<snippet>". A full run of that release (`torchkb verify --torch X`
    with no SLUG) drops them; a knowledge point added since a run merely has no record yet."""
    known = {s.id for kp in kps for s in kp.snippets}
    return [f"{rel.path.parent.name}/{rel.path.name}: {key}" for rel in releases for key in sorted(rel.records)
            if key not in known]
