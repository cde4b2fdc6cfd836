"""Run one snippet inside the current (fresh, forked or spawned) process and record raw facts.

Judging the facts against kp.toml happens in the parent (harness.py); this module only observes:
what was printed, which exception escaped, which warnings were emitted, whether the snippet
tried to reach the network beyond loopback.
"""

from __future__ import annotations

import io
import ipaddress
import json
import os
import random
import runpy
import socket
import sys
import threading
import traceback
import warnings
from pathlib import Path

LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", ""}


def _is_loopback(host) -> bool:
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode(errors="replace")
    host = str(host).strip("[]").lower()
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


class NetworkBlocked(OSError):
    """Raised inside a snippet that reaches for a non-loopback address."""


def install_network_guard(attempts: list[str]) -> None:
    """Refuse every connection, datagram and name lookup that is not loopback.

    The attempt is recorded as well as refused, so a snippet that swallows the exception still
    fails the run.
    """

    def refuse(what: str, target) -> None:
        attempts.append(f"{what} {target!r}")
        raise NetworkBlocked(f"torchkb: network access beyond loopback is not allowed ({what} {target!r})")

    def address_host(address):
        if isinstance(address, tuple) and address:
            return address[0]
        return None  # AF_UNIX paths are local

    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_sendto = socket.socket.sendto
    real_getaddrinfo = socket.getaddrinfo

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address_host(address)):
            refuse("connect to", address)
        return real_connect(self, address)

    def connect_ex(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address_host(address)):
            refuse("connect to", address)
        return real_connect_ex(self, address)

    def sendto(self, data, *args):
        address = args[-1]
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address_host(address)):
            refuse("sendto", address)
        return real_sendto(self, data, *args)

    def getaddrinfo(host, *args, **kwargs):
        if not _is_loopback(host):
            refuse("name lookup of", host)
        return real_getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = connect
    socket.socket.connect_ex = connect_ex
    socket.socket.sendto = sendto
    socket.getaddrinfo = getaddrinfo
    socket.gethostbyname = lambda host: getaddrinfo(host, None)[0][4][0]


def printed_type_name(cls: type) -> str:
    """The exception's name as Python's traceback prints it (module-qualified unless builtin)."""
    module = getattr(cls, "__module__", "builtins")
    if module in ("builtins", "__main__", "exceptions"):
        return cls.__qualname__
    return f"{module}.{cls.__qualname__}"


def _format_exception(exc: BaseException, snippet_file: str) -> str:
    """Traceback text starting at the snippet's own frame (the runner's frames are noise)."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != snippet_file:
        tb = tb.tb_next
    return "".join(traceback.format_exception(type(exc), exc, tb if tb is not None else exc.__traceback__))


def _seed_everything() -> None:
    random.seed(0)
    try:
        import numpy

        numpy.random.seed(0)
    except ImportError:
        pass
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.manual_seed(0)


def _finish_multiprocessing() -> None:
    """What interpreter shutdown would do for multiprocessing, which os._exit skips: flush the
    queues' feeder threads and run its exit handler (joins children, releases semaphores), so
    a snippet with spawned DataLoader workers ends the same way each time, as it would when run
    with `python snippet.py`."""
    util = sys.modules.get("multiprocessing.util")
    if util is None:
        return
    for thread in threading.enumerate():
        if thread.name == "QueueFeederThread":
            thread.join(timeout=5)
    try:
        util._exit_function()
    except Exception:  # noqa: BLE001 - shutdown is best effort, as in the interpreter itself
        pass


def run_snippet(snippet_path: str, workdir: str, result_path: str) -> None:
    """Execute snippet_path as __main__ in workdir and write the observed facts to result_path.

    Must be called in a process of its own: it rewires fds 1 and 2 and patches socket.
    """
    os.chdir(workdir)
    # stdin is the fork server's request pipe: a snippet that reads input must not eat requests.
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    sys.stdin = open(0, encoding="utf-8", closefd=False)
    out_path = os.path.join(workdir, "output.txt")
    out_fd = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.dup2(out_fd, 1)
    os.dup2(out_fd, 2)
    # One line-buffered text stream for both, so prints and warnings keep their order.
    stream = io.TextIOWrapper(os.fdopen(1, "wb", closefd=False), encoding="utf-8", line_buffering=True)
    sys.stdout = sys.stderr = stream

    attempts: list[str] = []
    install_network_guard(attempts)
    sys.argv = [snippet_path]
    sys.path.insert(0, os.path.dirname(snippet_path))
    os.environ["TORCHKB_WORKDIR"] = workdir
    _seed_everything()

    facts: dict = {"raised": None, "warnings": [], "exit_code": 0}

    def show_warning(message, category, filename, lineno, file=None, line=None):
        # Recorded for the judge and printed where it happened, as Python would print it.
        facts["warnings"].append({"type": category.__name__, "message": str(message),
                                  "file": filename, "line": lineno})
        stream.write(f"{filename}:{lineno}: {category.__name__}: {message}\n")

    with warnings.catch_warnings():
        warnings.simplefilter("always")
        # Garbage-collection noise (unclosed sockets/files at teardown), not what a snippet says.
        warnings.simplefilter("ignore", ResourceWarning)
        warnings.showwarning = show_warning
        try:
            runpy.run_path(snippet_path, run_name="__main__")
        except SystemExit as exc:
            code = exc.code
            facts["exit_code"] = code if isinstance(code, int) else (0 if code is None else 1)
        except BaseException as exc:  # noqa: BLE001 - the point is to observe any exception
            facts["raised"] = {
                "type": printed_type_name(type(exc)),
                "message": str(exc),
                "traceback": _format_exception(exc, snippet_path),
            }
        _finish_multiprocessing()
    stream.flush()
    facts["network_attempts"] = attempts
    facts["pid"] = os.getpid()
    with open(result_path, "w", encoding="utf-8") as fh:
        json.dump(facts, fh)


def main() -> None:
    """Spawn mode: `python -m torchkb.verification.child SNIPPET WORKDIR RESULT` (used where fork is unsafe, e.g. CUDA)."""
    snippet_path, workdir, result_path = sys.argv[1:4]
    try:
        import torch  # noqa: F401 - imported first so seeding and snippets see it
    except ImportError:
        pass
    run_snippet(str(Path(snippet_path).resolve()), workdir, result_path)
    os._exit(0)


if __name__ == "__main__":
    main()
