"""Run every snippet through the fork server and judge it against its kp.toml.

This is the one code path behind `torchkb verify` and the pytest suite.
"""

from __future__ import annotations

import difflib
import importlib.util
import json
import os
import queue
import re
import shutil
import subprocess
import sys
import threading
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

from torchkb import REPO_ROOT
from torchkb.kp import KnowledgePoint, Snippet
from torchkb.verification.cache import Cache
from torchkb.verification.normalize import normalize


@dataclass
class Result:
    slug: str
    snippet: str
    status: str  # pass | fail | skip
    reason: str
    seconds: float
    output: str = field(default="", repr=False)
    cached: bool = False  # a pass reused from the cache (same snippet, harness and environment)
    verified_at: str = ""  # when the run that produced this result happened (ISO 8601, UTC)


class ForkServerError(RuntimeError):
    pass


class ForkServer:
    """Client side of torchkb.verification.forkserver: one long-lived process with torch already imported."""

    def __init__(self, python: str | None = None, environ: dict | None = None) -> None:
        """python: the interpreter to run it under (this one by default; another torch release's
        virtual environment for `torchkb verify --torch`); environ: its process environment."""
        self.proc: subprocess.Popen | None = None
        self.env: dict = {}
        self.python = python or sys.executable
        self.environ = environ

    def start(self) -> "ForkServer":
        self.proc = subprocess.Popen(
            [self.python, "-m", "torchkb.verification.forkserver"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8", bufsize=1,
            env=self.environ,
        )
        hello = self._read()
        if not hello.get("ready"):
            raise ForkServerError(f"fork server did not start: {hello}")
        self.env = hello["env"]
        return self

    def _read(self) -> dict:
        assert self.proc and self.proc.stdout
        line = self.proc.stdout.readline()
        if not line:
            code = self.proc.wait()
            raise ForkServerError(f"fork server exited with status {code}")
        return json.loads(line)

    def run(self, snippet: Path, timeout: float, mode: str = "fork") -> dict:
        if self.proc is None or self.proc.poll() is not None:
            self.start()
        assert self.proc and self.proc.stdin
        self.proc.stdin.write(json.dumps({"snippet": str(snippet), "timeout": timeout, "mode": mode}) + "\n")
        self.proc.stdin.flush()
        return self._read()

    def close(self) -> None:
        if self.proc and self.proc.poll() is None:
            assert self.proc.stdin
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()

    def __enter__(self) -> "ForkServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()


def skip_reason(snippet: Snippet, env: dict) -> str | None:
    """Why this snippet cannot run here, or None. Checked without importing anything.

    env is the fork server's report; {} when there is none yet, in which case a CUDA snippet is
    skipped only where no NVIDIA driver is present at all (else the server decides)."""
    for module in snippet.kp.modules:
        if importlib.util.find_spec(module) is None:
            return f"requires module '{module}', which is not installed"
    for command in snippet.kp.commands:
        if shutil.which(command) is None:
            return f"requires the program '{command}', which is not installed"
    return device_skip_reason(snippet, env)


def device_skip_reason(snippet: Snippet, env: dict) -> str | None:
    """Why snippet's device need is not met under this torch, or None; shared by `torchkb verify`
    and the release matrix. env is a fork server's report, or {} before one has started: then
    the driver's device node and torch/version.py answer instead."""
    if snippet.device == "cuda" or snippet.device == "no-cuda":
        cuda = env.get("cuda_available") if env else Path("/dev/nvidiactl").exists()
        if snippet.device == "cuda" and not cuda:
            return "requires a CUDA device; this machine has none"
        if snippet.device == "no-cuda" and cuda:
            return "shows what happens without CUDA; this machine has a CUDA device"
    elif snippet.device == "cpu-build":
        built_with = env.get("cuda_version") if env else torch_cuda_build()
        if built_with:
            return f"shows what a torch built without CUDA does; this torch was built with CUDA {built_with}"
    return None


def torch_cuda_build() -> str | None:
    """The CUDA version the installed torch was built with (None for a CPU-only build), read from
    torch/version.py without importing torch."""
    spec = importlib.util.find_spec("torch")
    if spec is None or not spec.submodule_search_locations:
        return None
    version_py = Path(next(iter(spec.submodule_search_locations))) / "version.py"
    if not version_py.is_file():
        return None
    match = re.search(r"^cuda(?:: [^=]+)? = '([^']+)'", version_py.read_text(encoding="utf-8"), re.M)
    return match.group(1) if match else None


# Frames of the harness itself (the runner and runpy) that can appear inside text a snippet
# prints, e.g. the forward traceback that anomaly mode embeds in its warning. They say nothing
# about the snippet and would change whenever the harness does.
HARNESS_FRAME = re.compile(
    r'^[ \t]*File "(?:[^"\n]*/torchkb/verification/(?:child|forkserver)\.py|<frozen runpy>)", line \d+, in .*\n'
    r'(?:^[ \t]{4,}\S.*\n)*', re.M)


def captured_text(snippet: Snippet, reply: dict) -> str:
    """What a person running the snippet would see: its output and warnings, then the traceback."""
    facts = reply.get("facts") or {}
    parts = [reply.get("output", "")]
    raised = facts.get("raised")
    if raised:
        parts.append(raised["traceback"])
    text = "".join(p if p.endswith("\n") or not p else p + "\n" for p in parts)
    text = HARNESS_FRAME.sub("", text)
    return normalize(text, snippet_dir=snippet.path.parent, workdir=reply.get("workdir"),
                     pid=reply.get("pid"), repo_root=REPO_ROOT)


def judge(snippet: Snippet, reply: dict) -> str | None:
    """None when the snippet behaved as declared, else the reason it failed."""
    status = reply.get("status")
    timeout = snippet.kp.timeout
    if status == "timeout":
        return f"timed out after {timeout:g} s"
    if status == "crashed":
        if reply.get("signal"):
            return f"crashed: killed by signal {reply['signal']}"
        return f"crashed: exited with status {reply.get('exit_status')} before reporting"
    if status != "done":
        return f"harness error: {reply.get('error', status)}"
    facts = reply["facts"]
    if facts.get("network_attempts"):
        return "tried to reach the network beyond loopback: " + "; ".join(facts["network_attempts"])
    raised = facts.get("raised")
    kind = snippet.kp.kind

    if snippet.role == "repro":
        exp = snippet.expectation
        assert exp is not None  # guaranteed by kp validation
        if kind == "warning":
            if raised:
                return f"raised {raised['type']}: {raised['message']} (expected a {exp.type} warning)"
            same_type = [w for w in facts["warnings"] if w["type"] == exp.type]
            if not same_type:
                seen = ", ".join(sorted({w["type"] for w in facts["warnings"]})) or "none"
                return f"emitted no {exp.type} (warnings seen: {seen})"
            if not any(exp.regex.search(w["message"]) for w in same_type):
                return (f"emitted {exp.type} but no message matches /{exp.message}/: "
                        f"got {same_type[0]['message']!r}")
            return None
        if not raised:
            return f"raised nothing (expected {exp.type} matching /{exp.message}/)"
        if raised["type"] != exp.type:
            return f"raised {raised['type']} instead of {exp.type}: {raised['message']}"
        if not exp.regex.search(raised["message"]):
            return (f"raised {exp.type} but the message does not match /{exp.message}/: "
                    f"got {raised['message']!r}")
        return None

    # fix and example: their own asserts decide; an escaping exception or non-zero exit fails.
    if raised:
        return f"raised {raised['type']}: {raised['message']}"
    if facts.get("exit_code"):
        return f"exited with status {facts['exit_code']}"
    if kind == "warning" and snippet.role == "fix":
        declared = {e.type for e in snippet.kp.expectations}
        still = [w for w in facts["warnings"] if w["type"] in declared]
        if still:
            return f"the fix still emits {still[0]['type']}: {still[0]['message']}"
    return None


def compare_golden(snippet: Snippet, text: str, update: bool) -> str | None:
    """Compare captured text to <snippet>.out; rewrite it when update is set."""
    golden = snippet.golden
    if update:
        if not golden.exists() or golden.read_text(encoding="utf-8") != text:
            golden.write_text(text, encoding="utf-8")
        return None
    if not golden.exists():
        return f"{golden.name} is missing (run `torchkb verify --update {snippet.kp.slug}`)"
    expected = golden.read_text(encoding="utf-8")
    if expected == text:
        return None
    diff = "".join(difflib.unified_diff(
        expected.splitlines(keepends=True), text.splitlines(keepends=True),
        fromfile=f"{snippet.kp.slug}/{golden.name} (recorded)", tofile="captured now"))
    return f"output differs from {golden.name} (run with --update if the change is expected):\n{diff}"


def from_cache(snippet: Snippet, hit: dict, update: bool = False) -> Result:
    """A cached pass, its output compared with the golden as a fresh run's would be."""
    failure = compare_golden(snippet, hit["output"], update)
    return Result(snippet.kp.slug, snippet.name, "fail" if failure else "pass", failure or "",
                  hit["seconds"], hit["output"], cached=True, verified_at=hit.get("verified_at") or "")


def run_one(server: ForkServer, snippet: Snippet, update: bool = False, cache: Cache | None = None) -> Result:
    kp = snippet.kp
    reason = skip_reason(snippet, server.env)
    if reason:
        return Result(kp.slug, snippet.name, "skip", reason, 0.0, verified_at=server.env.get("timestamp", ""))
    hit = cache.get(snippet) if cache else None
    if hit is not None:
        return from_cache(snippet, hit, update)
    mode = "spawn" if snippet.device == "cuda" else "fork"
    reply = server.run(snippet.path, kp.timeout, mode=mode)
    seconds = float(reply.get("seconds", 0.0))
    now = server.env.get("timestamp", "")
    failure = judge(snippet, reply)
    if failure:
        return Result(kp.slug, snippet.name, "fail", failure, seconds, verified_at=now)
    text = captured_text(snippet, reply)
    if cache is not None:
        # The run itself behaved as declared; whether its text equals the golden is checked on
        # every run, cached or not, so a pass is stored before that comparison.
        cache.put(snippet, server.env, seconds, text)
    failure = compare_golden(snippet, text, update)
    if failure:
        return Result(kp.slug, snippet.name, "fail", failure, seconds, text, verified_at=now)
    return Result(kp.slug, snippet.name, "pass", "", seconds, text, verified_at=now)


def default_jobs() -> int:
    """One fork server per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def verify(kps: Iterable[KnowledgePoint], update: bool = False,
           on_result: Callable[[Result], None] | None = None, jobs: int | None = None,
           cache: Cache | None = None) -> tuple[dict, list[Result]]:
    """Run every snippet of kps, on `jobs` fork servers at once (one per core by default).

    Each server still forks a fresh child per snippet, so running several servers side by side
    changes nothing about a snippet's isolation. Results come back in the order of kps.
    """
    snippets = [s for kp in kps for s in kp.snippets]
    results: list[Result | None] = [None] * len(snippets)
    envs: list[dict] = []
    report_lock = threading.Lock()
    errors: list[BaseException] = []
    pending: queue.SimpleQueue = queue.SimpleQueue()
    for index, snippet in enumerate(snippets):
        # Skips and cached passes are settled here, so a warm run starts a fork server only for
        # the snippets that must really run.
        reason = skip_reason(snippet, {})
        hit = cache.get(snippet) if cache and reason is None and snippet.device != "cuda" else None
        if reason:
            results[index] = Result(snippet.kp.slug, snippet.name, "skip", reason, 0.0, verified_at=_now())
        elif hit is not None:
            results[index] = from_cache(snippet, hit, update)
            envs.append(dict(hit.get("env") or {}, timestamp=_now()))
        else:
            pending.put((index, snippet))
            continue
        if on_result:
            on_result(results[index])
    todo = len(snippets) - sum(r is not None for r in results)
    jobs = max(1, min(jobs or default_jobs(), todo or 1))

    def work() -> None:
        try:
            with ForkServer() as server:
                envs.append(dict(server.env))
                while True:
                    try:
                        index, snippet = pending.get_nowait()
                    except queue.Empty:
                        return
                    result = run_one(server, snippet, update, cache)
                    results[index] = result
                    if on_result:
                        with report_lock:
                            on_result(result)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            errors.append(exc)

    threads = [threading.Thread(target=work, name=f"torchkb-verify-{i}") for i in range(jobs if todo else 0)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    if not envs:  # nothing at all to run: still report the environment
        with ForkServer() as server:
            envs.append(dict(server.env))
    # A server that ran something reported the environment of this run; prefer it.
    env = envs[-1] if threads else envs[0]
    return env, [r for r in results if r is not None]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def report_json(env: dict, results: list[Result]) -> dict:
    counts = {s: sum(r.status == s for r in results) for s in ("pass", "fail", "skip")}
    counts["reused"] = sum(r.cached for r in results)
    return {
        "environment": {k: env.get(k) for k in ("torch", "python", "platform", "device", "timestamp")},
        "summary": counts,
        "results": [{k: v for k, v in asdict(r).items() if k != "output"} for r in results],
    }
