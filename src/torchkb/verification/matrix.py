"""`torchkb verify --torch VERSION`: run every snippet under another torch release.

One virtual environment per release, ``.matrix/torch-VERSION/``, holds that torch and the
companion packages the snippets import (table ``COMPANIONS`` below). The snippets go through the
same fork server as the main pin's (``torchkb.verification.forkserver``, started with that
environment's interpreter and ``PYTHONPATH`` pointing at this checkout's ``src/``, so the server and
its children are this torchkb's code), and each reply is judged here, in this process, against
kp.toml alone:

- a reproducer "raised" when the declared type and message pattern both match; "other-wording"
  when it raised something else (another message, or another type: both recorded); the
  ``.out`` goldens are the main pin's output and play no part;
- a fix or example "passed" when it ran to the end (exit 0, its own asserts decide);
- "skipped" when a module it requires is missing in that environment, or it needs CUDA and the
  machine has none; "error" for a timeout, a crash or a harness error.

The outcomes go to ``releases/torch-VERSION.json`` (``-cuda.json`` when the run had a CUDA device),
in the format of :mod:`torchkb.verification.releases`. These runs never read or fill the
verification cache (``build/verify-cache``): that cache is the main pin's.
"""

from __future__ import annotations

import json
import os
import platform
import queue
import re
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

from torchkb import REPO_ROOT
from torchkb.kp import KnowledgePoint, Snippet
from torchkb.verification.harness import ForkServer, default_jobs, device_skip_reason
from torchkb.verification.normalize import normalize
from torchkb.verification.releases import FORMAT, MAX_MESSAGE, RELEASES_DIR, record_for, version_key

MATRIX_DIR = REPO_ROOT / ".matrix"
SRC_DIR = Path(__file__).resolve().parents[2]  # this checkout's src/, put on the server's PYTHONPATH
VERSION_RE = re.compile(r"^\d+\.\d+\.\d+$")


def main_pin(pyproject: Path = REPO_ROOT / "pyproject.toml") -> str | None:
    """torchkb's own torch (pyproject.toml): every build verifies it, with its goldens; `--torch`
    does not run it again."""
    import tomllib

    try:
        deps = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]
    except (OSError, KeyError, ValueError):
        return None
    for dep in deps:
        m = re.fullmatch(r"torch==([\d.]+)", dep.replace(" ", ""))
        if m:
            return m.group(1)
    return None


# Companion packages the snippets import (numpy everywhere; pandas, OpenCV and Pillow in the data
# pages), per range of torch releases: (lowest torch, first torch past the range, pins).
#
# Held at the main pin's versions (pyproject.toml) wherever the release allows, so that what
# differs between two releases' results is torch's doing. Where it does not allow:
# - torch < 2.4 is compiled against NumPy 1.x: with NumPy 2 its C extension refuses to load
#   ("A module that was compiled using NumPy 1.x cannot be run in NumPy 2"), so numpy 1.26.4 (the
#   last 1.x, with wheels for Python 3.11). OpenCV 4.12 and later (and the main pin's 5.0) require
#   numpy>=2, so opencv-python-headless 4.11.0.86, the last one built for both; pandas 3.1 requires
#   numpy>=2.0.2, so pandas 3.0.6, the last one that accepts numpy 1.26. Pillow 13.0.0 stays.
# Every one has a wheel for Python 3.11 on Linux x86_64.
COMPANIONS: list[tuple[str, str | None, dict[str, str]]] = [
    ("1.13.0", "2.4.0", {"numpy": "1.26.4", "pandas": "3.0.6", "opencv-python-headless": "4.11.0.86",
                         "pillow": "13.0.0"}),
    ("2.4.0", None, {"numpy": "2.4.6", "pandas": "3.1.1", "opencv-python-headless": "5.0.0.93",
                     "pillow": "13.0.0"}),
]
# The distributions whose installed versions a release file records (what a snippet may import).
RECORDED = ("numpy", "pandas", "opencv-python-headless", "pillow")


class MatrixError(RuntimeError):
    """A release that cannot be set up or run; the message says which and why."""


def companions_for(version: str) -> dict[str, str]:
    key = version_key(version)
    for low, high, pins in COMPANIONS:
        if key >= version_key(low) and (high is None or key < version_key(high)):
            return dict(pins)
    raise MatrixError(f"torch {version}: no companion pins for this release in matrix.COMPANIONS "
                      f"(releases from {COMPANIONS[0][0]} on are supported)")


def check_version(version: str) -> str:
    if not VERSION_RE.match(version):
        raise MatrixError(f"--torch {version!r}: give a release as X.Y.Z, e.g. 2.4.1")
    if version == main_pin():
        raise MatrixError(f"torch {version} is the main pin: `torchkb verify` (and every build) "
                          f"verifies it, with its goldens")
    companions_for(version)
    return version


def env_dir(version: str, root: Path = MATRIX_DIR) -> Path:
    return root / f"torch-{version}"


def requirements(version: str) -> list[str]:
    return [f"torch=={version}"] + [f"{name}=={pin}" for name, pin in companions_for(version).items()]


def _base_python() -> str:
    """The interpreter to create environments with: this one's base (not a venv's shim)."""
    return getattr(sys, "_base_executable", None) or sys.executable


def _run(cmd: list[str], what: str, env: dict | None = None) -> None:
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    if proc.returncode != 0:
        # pip's warnings about this machine's extra indexes say nothing about the failure.
        lines = [ln for ln in proc.stdout.strip().splitlines() if "is ignored: it is neither" not in ln]
        tail = "\n".join(lines[-25:])
        raise MatrixError(f"{what} failed (exit status {proc.returncode}):\n{tail}")


@dataclass
class Environment:
    version: str
    path: Path
    python: Path
    install_seconds: float   # 0.0 when an existing environment was reused
    reused: bool


def ensure_env(version: str, root: Path = MATRIX_DIR, index_url: str | None = None,
               log: Callable[[str], None] = print) -> Environment:
    """The release's virtual environment, created and installed unless one with the same
    requirements is there already (marker file ``.torchkb-env.json``)."""
    path = env_dir(version, root)
    python = path / "bin" / "python"
    marker = path / ".torchkb-env.json"
    wanted = {"requirements": requirements(version), "index_url": index_url or ""}
    if marker.is_file() and python.exists():
        try:
            if json.loads(marker.read_text(encoding="utf-8")) == wanted:
                return Environment(version, path, python, 0.0, True)
        except ValueError:
            pass
    if path.exists():
        shutil.rmtree(path)
    started = time.monotonic()
    path.parent.mkdir(parents=True, exist_ok=True)
    _run([_base_python(), "-m", "venv", str(path)], f"creating {path}")
    pip = [str(python), "-m", "pip", "install", "--no-cache-dir", "--disable-pip-version-check", "-q"]
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    try:
        if index_url:
            # The CPU wheels (CI): torch alone from that index, so the companions still come from PyPI.
            log(f"installing torch=={version} from {index_url}")
            _run(pip + ["--index-url", index_url, f"torch=={version}"], f"pip install torch=={version}", env)
        log(f"installing {' '.join(requirements(version))} into {path}")
        _run(pip + requirements(version), f"pip install for torch {version}", env)
    except BaseException:
        shutil.rmtree(path, ignore_errors=True)  # half an environment is several GB of nothing
        raise
    seconds = time.monotonic() - started
    marker.write_text(json.dumps(wanted, indent=1) + "\n", encoding="utf-8")
    return Environment(version, path, python, seconds, False)


def remove_env(environment: Environment) -> None:
    shutil.rmtree(environment.path, ignore_errors=True)


def installed_versions(python: Path, names: Iterable[str] = RECORDED) -> dict[str, str]:
    code = ("import importlib.metadata as m, json, sys\n"
            "out = {}\n"
            "for n in sys.argv[1:]:\n"
            "    try: out[n] = m.version(n)\n"
            "    except m.PackageNotFoundError: pass\n"
            "print(json.dumps(out))")
    proc = subprocess.run([str(python), "-c", code, *names], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def missing_modules(python: Path, modules: Iterable[str]) -> set[str]:
    """The modules that environment cannot import (found by find_spec, nothing imported)."""
    modules = sorted(set(modules))
    if not modules:
        return set()
    code = ("import importlib.util, json, sys\n"
            "print(json.dumps([m for m in sys.argv[1:] if importlib.util.find_spec(m) is None]))")
    proc = subprocess.run([str(python), "-c", code, *modules], capture_output=True, text=True, check=True)
    return set(json.loads(proc.stdout))


def gpu_name() -> str | None:
    """The first GPU's name, asked of nvidia-smi (asking torch would initialise CUDA in a process
    that forks)."""
    smi = shutil.which("nvidia-smi")
    if not smi:
        return None
    try:
        out = subprocess.run([smi, "--query-gpu=name", "--format=csv,noheader"], capture_output=True,
                             text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.strip().splitlines()[0].strip() if out.strip() else None


# --- judging --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Outcome:
    outcome: str
    type: str = ""
    message: str = ""
    reason: str = ""


def _clean_message(message: str, snippet: Snippet, reply: dict, prefix: str | None) -> str:
    """A message as stored: install and temp paths, addresses and PIDs made machine-independent
    (like the goldens), trailing space dropped, cut to MAX_MESSAGE characters."""
    text = normalize(message, snippet_dir=snippet.path.parent, workdir=reply.get("workdir"),
                     pid=reply.get("pid"), repo_root=REPO_ROOT)
    if prefix:
        text = text.replace(prefix.rstrip("/") + "/", "<venv>/")
    text = text.rstrip("\n")
    return text if len(text) <= MAX_MESSAGE else text[:MAX_MESSAGE - 1] + "…"


def judge_release(snippet: Snippet, reply: dict, env_prefix: str | None = None) -> Outcome:
    """The outcome of one fork-server reply, by the kp.toml declaration only (no goldens)."""
    status = reply.get("status")
    if status == "timeout":
        return Outcome("error", reason=f"timed out after {snippet.kp.timeout:g} s")
    if status == "crashed":
        if reply.get("signal"):
            return Outcome("error", reason=f"crashed: killed by signal {reply['signal']}")
        return Outcome("error", reason=f"crashed: exited with status {reply.get('exit_status')} before reporting")
    if status != "done":
        return Outcome("error", reason=f"harness error: {reply.get('error', status)}")
    facts = reply.get("facts") or {}
    raised = facts.get("raised")
    attempts = facts.get("network_attempts") or []
    kind = snippet.kp.kind

    def clean(message: str) -> str:
        return _clean_message(message, snippet, reply, env_prefix)

    if snippet.role == "repro":
        exp = snippet.expectation
        assert exp is not None  # guaranteed by kp validation
        if attempts:
            return Outcome("error", reason="tried to reach the network beyond loopback: " + "; ".join(attempts))
        if kind == "warning":
            same_type = [w for w in facts.get("warnings", []) if w["type"] == exp.type]
            if any(exp.regex.search(w["message"]) for w in same_type):
                return Outcome("raised", exp.type, clean(next(w["message"] for w in same_type
                                                               if exp.regex.search(w["message"]))))
            if same_type:
                return Outcome("other-wording", exp.type, clean(same_type[0]["message"]),
                               f"emitted {exp.type} with a message that does not match /{exp.message}/")
            if raised:
                return Outcome("other-wording", raised["type"], clean(raised["message"]),
                               f"raised {raised['type']} instead of emitting a {exp.type} warning")
            seen = ", ".join(sorted({w["type"] for w in facts.get("warnings", [])})) or "none"
            return Outcome("did-not-raise", reason=f"emitted no {exp.type} (warnings seen: {seen})")
        if not raised:
            code = facts.get("exit_code")
            tail = f"; exited with status {code}" if code else ""
            return Outcome("did-not-raise", reason=f"raised nothing (expected {exp.type}){tail}")
        message = clean(raised["message"])
        if raised["type"] == exp.type and exp.regex.search(raised["message"]):
            return Outcome("raised", raised["type"], message)
        if raised["type"] != exp.type:
            why = f"raised {raised['type']} instead of {exp.type}"
        else:
            why = f"the message does not match /{exp.message}/"
        return Outcome("other-wording", raised["type"], message, why)

    # fix and example: their own asserts decide.
    if attempts:
        return Outcome("failed", reason="tried to reach the network beyond loopback: " + "; ".join(attempts))
    if raised:
        return Outcome("failed", raised["type"], clean(raised["message"]),
                       f"raised {raised['type']}")
    if facts.get("exit_code"):
        return Outcome("failed", reason=f"exited with status {facts['exit_code']}")
    if kind == "warning" and snippet.role == "fix":
        declared = {e.type for e in snippet.kp.expectations}
        still = [w for w in facts.get("warnings", []) if w["type"] in declared]
        if still:
            return Outcome("failed", still[0]["type"], clean(still[0]["message"]),
                           f"the fix still emits {still[0]['type']}")
    return Outcome("passed")


def skip_outcome(snippet: Snippet, missing: set[str], env: dict) -> Outcome | None:
    """Why snippet does not run under this release's server (env: its report), or None."""
    for module in snippet.kp.modules:
        if module in missing:
            return Outcome("skipped", reason=f"requires module '{module}', which is not installed with this release")
    reason = device_skip_reason(snippet, env)
    return Outcome("skipped", reason=reason) if reason else None


# --- running --------------------------------------------------------------------------------------

def server_environ(python: Path) -> dict:
    """The fork server's process environment: this checkout's torchkb on the path, nothing of
    this process's virtual environment."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["PYTHONPATH"] = str(SRC_DIR)
    env["VIRTUAL_ENV"] = str(python.parent.parent)
    env["PATH"] = f"{python.parent}{os.pathsep}{env.get('PATH', '')}"
    return env


def run_snippets(python: Path, kps: list[KnowledgePoint], jobs: int | None = None,
                 on_outcome: Callable[[Snippet, Outcome, float], None] | None = None,
                 ) -> tuple[dict, list[tuple[Snippet, Outcome]]]:
    """Every snippet of kps on fork servers under python; (the server's environment, outcomes)."""
    snippets = [s for kp in kps for s in kp.snippets]
    missing = missing_modules(python, (m for kp in kps for m in kp.modules))
    environ = server_environ(python)
    prefix = str(python.parent.parent)
    results: list[Outcome | None] = [None] * len(snippets)
    envs: list[dict] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    pending: queue.SimpleQueue = queue.SimpleQueue()
    # CUDA availability is the server's to say; until it has, nothing CUDA runs.
    for index, snippet in enumerate(snippets):
        pending.put((index, snippet))
    jobs = max(1, min(jobs or default_jobs(), len(snippets) or 1))

    def work() -> None:
        try:
            with ForkServer(python=str(python), environ=environ) as server:
                with lock:
                    envs.append(dict(server.env))
                while True:
                    try:
                        index, snippet = pending.get_nowait()
                    except queue.Empty:
                        return
                    outcome = skip_outcome(snippet, missing, server.env)
                    seconds = 0.0
                    if outcome is None:
                        mode = "spawn" if snippet.device == "cuda" else "fork"
                        reply = server.run(snippet.path, snippet.kp.timeout, mode=mode)
                        seconds = float(reply.get("seconds", 0.0))
                        outcome = judge_release(snippet, reply, prefix)
                    results[index] = outcome
                    if on_outcome:
                        with lock:
                            on_outcome(snippet, outcome, seconds)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            errors.append(exc)

    threads = [threading.Thread(target=work, name=f"torchkb-matrix-{i}") for i in range(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise MatrixError(f"the fork server under {python} failed: {errors[0]}") from errors[0]
    if not envs:
        with ForkServer(python=str(python), environ=environ) as server:
            envs.append(dict(server.env))
    return envs[0], [(s, r) for s, r in zip(snippets, results) if r is not None]


def release_path(version: str, device: str, folder: Path = RELEASES_DIR) -> Path:
    return folder / f"torch-{version}{'-cuda' if device == 'cuda' else ''}.json"


def build_release_data(version: str, env: dict, companions: dict, outcomes: list[tuple[Snippet, Outcome]],
                       previous: dict | None = None, full: bool = True, date: str | None = None) -> dict:
    """The release file's content. A run over some knowledge points only (full=False) keeps the
    other records of the previous file; a full run replaces them all (so records of snippets
    that no longer exist go)."""
    records = dict((previous or {}).get("records", {})) if not full else {}
    for snippet, o in outcomes:
        record = record_for(snippet, o.outcome, type_=o.type, message=o.message, reason=o.reason)
        # Empty type, message and reason are left out (loading reads them as ""): smaller files.
        records[snippet.id] = {k: v for k, v in record.items() if v != "" or k in ("hash", "role", "outcome")}
    device = env.get("device") or "cpu"
    return {
        "format": FORMAT,
        "release": version,
        "torch": env.get("torch") or "",
        "device": device,
        "gpu": gpu_name() if device == "cuda" else None,
        "python": env.get("python") or platform.python_version(),
        "platform": env.get("platform") or "",
        "date": date or datetime.now(timezone.utc).date().isoformat(),
        "companions": dict(sorted(companions.items())),
        "records": dict(sorted(records.items())),
    }


def dumps(data: dict) -> str:
    """Stable text: sorted keys, one record per line group, a final newline."""
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def write_release(data: dict, folder: Path = RELEASES_DIR) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = release_path(data["release"], data["device"], folder)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(dumps(data), encoding="utf-8")
    tmp.replace(path)
    return path


def counts(data: dict) -> dict[str, int]:
    out: dict[str, int] = {}
    for rec in data["records"].values():
        out[rec["outcome"]] = out.get(rec["outcome"], 0) + 1
    return dict(sorted(out.items()))


def verify_release(version: str, kps: list[KnowledgePoint], *, full: bool = True, keep_env: bool = False,
                   jobs: int | None = None, index_url: str | None = None, root: Path = MATRIX_DIR,
                   out_dir: Path = RELEASES_DIR, log: Callable[[str], None] = print) -> dict:
    """Install (or reuse) the release's environment, run every snippet of kps, write the release
    file. Returns {"path", "install_seconds", "verify_seconds", "reused", "counts", "data"}."""
    check_version(version)
    environment = ensure_env(version, root, index_url=index_url, log=log)
    if environment.reused:
        log(f"reusing {environment.path} (same requirements)")
    else:
        log(f"installed torch {version} and companions in {environment.install_seconds:.1f} s")
    keep = bool(keep_env)
    try:
        started = time.monotonic()

        def show(snippet: Snippet, o: Outcome, seconds: float) -> None:
            line = f"{o.outcome.upper():14} {snippet.id} ({seconds:.2f} s)"
            detail = o.reason or ""
            if o.outcome in ("other-wording", "failed") and o.message:
                said = o.message.splitlines()[0] if o.type in detail else f"{o.type}: {o.message.splitlines()[0]}"
                detail = f"{detail}: {said}" if detail else said
            print(line + (f": {detail}" if detail else ""), flush=True)

        env, outcomes = run_snippets(environment.python, kps, jobs=jobs, on_outcome=show)
        verify_seconds = time.monotonic() - started
        companions = installed_versions(environment.python)
        path = release_path(version, env.get("device") or "cpu", out_dir)
        previous = None
        if not full and path.is_file():
            previous = json.loads(path.read_text(encoding="utf-8"))
        data = build_release_data(version, env, companions, outcomes, previous, full=full)
        written = write_release(data, out_dir)
    finally:
        if not keep:
            remove_env(environment)
            log(f"removed {environment.path} (--keep-env keeps it for the next run)")
    return {"path": written, "install_seconds": environment.install_seconds, "verify_seconds": verify_seconds,
            "reused": environment.reused, "counts": counts(data), "data": data, "torch": env.get("torch")}
