"""A process that imports torch once and forks a fresh child for every snippet.

Protocol: JSON lines. Requests on stdin: {"snippet", "timeout", "mode": "fork"|"spawn"}.
Replies on the original stdout (fd 1 is pointed at stderr so nothing a snippet or torch prints
can corrupt the channel). The first reply is {"ready": true, "env": {...}}.

The server itself runs no tensor op: forking after torch's thread pools start can deadlock
children, so only imports happen here. CUDA snippets use "spawn" (a fresh interpreter), because
a process that initialised CUDA cannot fork a child that uses it.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone

from torchkb.verification import child

# torch.optim pulls in torch._dynamo on first use (seconds per snippet); importing it here once
# starts no threads, so forking stays safe.
PRELOAD = ("torch", "numpy", "torch.nn", "torch.nn.functional", "torch.utils.data", "torch.optim", "torch._dynamo")


def environment() -> dict:
    import torch

    # NVML-based check answers without initialising CUDA in this (forking) process. Where NVML
    # cannot answer (no driver), torch falls back to asking CUDA itself, which marks every later
    # fork as "bad" (children then raise "Cannot re-initialize CUDA in forked subprocess"), so a
    # CUDA build on a machine without the driver's device node is not asked at all.
    os.environ.setdefault("PYTORCH_NVML_BASED_CUDA_CHECK", "1")
    cuda = bool(torch.backends.cuda.is_built() and os.path.exists("/dev/nvidiactl") and torch.cuda.is_available())
    return {
        "torch": torch.__version__,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "device": "cuda" if cuda else "cpu",
        "cuda_available": cuda,
        "cuda_version": torch.version.cuda,
        "timestamp": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }


def _wait(pid: int, timeout: float) -> tuple[str, int | None, str | None]:
    """Wait for pid up to timeout. Returns (status, exit_code, signal_name)."""
    deadline = time.monotonic() + timeout
    delay = 0.001
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() >= deadline:
            _kill_group(pid)
            os.waitpid(pid, 0)
            return "timeout", None, None
        time.sleep(delay)
        delay = min(delay * 2, 0.02)
    _kill_group(pid)  # reap stragglers a snippet left behind (DataLoader workers, servers)
    if os.WIFSIGNALED(status):
        return "crashed", None, signal.Signals(os.WTERMSIG(status)).name
    return "done", os.WEXITSTATUS(status), None


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _fork_child(snippet: str, workdir: str, result: str) -> int:
    pid = os.fork()
    if pid == 0:  # child
        code = 70
        try:
            os.setsid()
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            child.run_snippet(snippet, workdir, result)
            code = 0
        finally:
            os._exit(code)
    return pid


def _spawn_child(snippet: str, workdir: str, result: str) -> int:
    proc = subprocess.Popen(
        [sys.executable, "-m", "torchkb.verification.child", snippet, workdir, result],
        start_new_session=True, stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    return proc.pid


def handle(request: dict) -> dict:
    snippet = os.path.abspath(request["snippet"])
    timeout = float(request.get("timeout", 60))
    workdir = tempfile.mkdtemp(prefix="torchkb-")
    result = os.path.join(workdir, ".torchkb-result.json")
    started = time.monotonic()
    launch = _spawn_child if request.get("mode") == "spawn" else _fork_child
    pid = launch(snippet, workdir, result)
    status, exit_code, signame = _wait(pid, timeout)
    seconds = time.monotonic() - started
    facts = None
    if os.path.exists(result):
        with open(result, encoding="utf-8") as fh:
            facts = json.load(fh)
    output = ""
    out_path = os.path.join(workdir, "output.txt")
    if os.path.exists(out_path):
        with open(out_path, encoding="utf-8", errors="replace") as fh:
            output = fh.read()
    shutil.rmtree(workdir, ignore_errors=True)
    if status == "done" and exit_code != 0 and facts is None:
        status = "crashed"  # died without reporting, e.g. os._exit from inside the snippet
    return {
        "status": status, "exit_status": exit_code, "signal": signame, "facts": facts,
        "output": output, "workdir": workdir, "pid": pid, "seconds": round(seconds, 4),
    }


def main() -> None:
    channel = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)
    for name in PRELOAD:
        try:
            __import__(name)
        except Exception:  # noqa: BLE001 - absent or broken on this release (torch._dynamo before 2.0)
            pass
    channel.write(json.dumps({"ready": True, "env": environment()}) + "\n")
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            reply = handle(json.loads(line))
        except Exception as exc:  # noqa: BLE001 - report, keep serving
            reply = {"status": "error", "error": f"{type(exc).__name__}: {exc}"}
        channel.write(json.dumps(reply) + "\n")


if __name__ == "__main__":
    main()
