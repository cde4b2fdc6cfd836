"""Make captured output stable across machines and runs, without hiding what PyTorch said.

Only what differs between two honest runs is replaced: temp dirs, install paths, the repo path,
memory addresses, PIDs (the snippet's and its DataLoader workers') and timings; terminal colour
codes and NUL bytes, which a terminal does not show, are dropped. Shapes, numbers and messages stay as printed.
"""

from __future__ import annotations

import re
import sys
import sysconfig
from pathlib import Path

# Terminal colours and hyperlinks (CSI and OSC sequences), as IPython prints tracebacks.
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")
HEX_ADDR = re.compile(r"0x[0-9a-fA-F]{6,}")
# DataLoader names its worker processes by pid in several messages.
WORKER_PIDS = re.compile(r"(DataLoader worker \(pid(?:\(s\))? )\d+(?:, \d+)*\)")
TIMING = re.compile(r"\b\d+\.\d+ ?(?:ms|s|sec|seconds)\b")
SITE_PACKAGES = re.compile(r"""(?:[^\s"'(]*/)?(?:site|dist)-packages/""")


def _stdlib_prefixes() -> list[str]:
    paths = {sysconfig.get_paths()["stdlib"], sysconfig.get_paths()["platstdlib"]}
    return sorted((p.rstrip("/") + "/" for p in paths if p), key=len, reverse=True)


def normalize(text: str, *, snippet_dir: Path, workdir: str | None = None, pid: int | None = None,
              repo_root: Path | None = None) -> str:
    # A terminal renders colour codes (torch.load bolds parts of its message) and shows no NULs.
    text = ANSI_ESCAPE.sub("", text).replace("\x00", "")
    if workdir:
        for wd in {workdir, str(Path(workdir).resolve())}:
            text = text.replace(wd, "<tmp>")
    text = text.replace(str(snippet_dir.resolve()) + "/", "")
    text = SITE_PACKAGES.sub(".../site-packages/", text)
    for prefix in _stdlib_prefixes():
        text = text.replace(prefix, ".../lib/python/")
    if repo_root is not None:
        text = text.replace(str(repo_root.resolve()) + "/", "")
    text = text.replace(sys.prefix.rstrip("/") + "/", "<venv>/")
    text = HEX_ADDR.sub("0x…", text)
    if pid:
        text = re.sub(rf"\b{pid}\b", "<pid>", text)
    text = WORKER_PIDS.sub(r"\1<pid>)", text)
    text = TIMING.sub("<time>", text)
    # Trailing spaces differ between terminals and editors strip them; line ends must not matter.
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip("\n") + "\n" if any(lines) else ""
