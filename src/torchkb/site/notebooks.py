"""Jupyter notebooks generated from a knowledge point's snippet files, executed with nbclient.

One notebook per knowledge point and language: markdown cells in that language, code cells that
are the snippet files unchanged (a recipe's example*.py split into cells at `# %%` lines).
Reproducers of errors are tagged `raises-exception`, so the notebook runs from top to bottom.

The code cells are the same in both languages, so they are executed once, in the venv's own
`python3` kernel (ipykernel, found next to this interpreter, not in the user's Jupyter setup),
and the executed cells are cached under build/notebooks/cache by a hash of their sources and the
versions that produced them. Outputs are normalized the way the harness normalizes its .out
files (no local paths, no memory addresses), so a notebook built on CI reads like one built here.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import copy
import fcntl
import hashlib
import importlib.metadata
import json
import os
import platform
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import nbformat

from torchkb import REPO_ROOT
from torchkb.kp import SECTION_MARK, KnowledgePoint, Snippet
from torchkb.verification.normalize import ANSI_ESCAPE, HEX_ADDR, _stdlib_prefixes

CACHE_DIR = REPO_ROOT / "build" / "notebooks" / "cache"
# Bump when the cells or the execution change, so cached notebooks are not reused.
FORMAT = 6
RAISES = "raises-exception"
# nbclient does not run cells with this tag: the CUDA-only snippets on a machine without CUDA.
SKIP = "skip-execution"
CELL_MARK = re.compile(r"^# %%(.*)$")
# The temp file IPython compiles a cell into, as warnings print it.
# IPython names a cell's code file $TMPDIR/ipykernel_<pid>/<hash>.py (TMPDIR is the scratch folder).
IPYKERNEL_CELL = re.compile(r"(?:<tmp>/|[^\s\"'<>()]*/)?ipykernel_\d+/\d+\.py")
SITE_PACKAGES = re.compile(r"""(?:[^\s"'(\x1b]*/)?(?:site|dist)-packages/""")

SETUP_SOURCE = """\
# The harness runs every snippet with these seeds; seeding once here makes this notebook repeatable.
import random

import numpy
import torch

random.seed(0)
numpy.random.seed(0)
torch.manual_seed(0);"""

WORDS = {
    "en": {
        "intro": "The code of [{title}]({url}) as a notebook. After the first cell, which seeds the random "
                 "generators, every code cell is a snippet file that our harness runs, unchanged but for the `# --8<--` marker lines (a recipe's "
                 "example is split into cells at its `# %%` marks).",
        "ran": "The outputs below are real: this notebook was executed on torch {torch}, Python {python}, "
               "{device}, on {date}.",
        "not_run": "**Not executed in this build:** {reason}. Run it where that is available; the code "
                   "is the same.",
        "partly": "**Some cells were not executed in this build** ({reason}); they are tagged "
                  "`skip-execution` and have no output here.",
        "colab_intro": "The code of the torchkb page \u201c{title}\u201d as a notebook. After the first cell, "
                       "which seeds the random generators, every code cell is a snippet file that the site's "
                       "harness runs, unchanged but for the `# --8<--` marker lines. Run the cells in order: the reproducer raises its error on "
                       "purpose, then the fix runs and asserts its result.",
        "repro": "Reproduce",
        "raises": "`{file}` raises `{type}` on purpose. The cell is tagged `raises-exception`, so the "
                  "notebook carries on to the fix.",
        "warns": "`{file}` emits a `{type}` warning.",
        "raises_script": "`{file}` raises `{type}` on purpose. It runs in a process of its own (the cell after "
                         "it), so the notebook carries on to the fix.",
        "scripts": "These snippets start processes, process groups or change process-wide settings, so each "
                   "file runs as a script in a process of its own, as the harness runs it: one cell writes the "
                   "file (`%%writefile`), the next runs it with `run_snippet.py` (first cell).",
        "fix": "Fix",
        "fix_body": "`{file}` asserts the fixed behaviour: it runs to the end without an error.",
        "example": "Example",
        "example_body": "`{file}`: every claim is an `assert`.",
    },
    "zh": {
        "intro": "[{title}]({url})的代码，做成了 Notebook。第一个单元格设置随机数种子，之后的每个代码单元格"
                 "都是测试工具实际运行的代码文件，除去 `# --8<--` 标记行外一字未改（示例文件按其中的 `# %%` 标记拆成多个单元格）。",
        "ran": "下面的输出都是真实的：这个 Notebook 于 {date} 在 torch {torch}、Python {python}、{device} 上执行。",
        "not_run": "**本次构建没有执行：**{reason}。请在具备条件的环境中运行，代码是一样的。",
        "partly": "**本次构建有部分单元格没有执行**（{reason}），它们带有 `skip-execution` 标签，这里没有输出。",
        "colab_intro": "torchkb 页面“{title}”的代码，做成了 Notebook。第一个单元格设置随机数种子，之后的每个代码"
                       "单元格都是网站验证工具实际运行的代码文件，除去 `# --8<--` 标记行外一字未改。按顺序运行：复现代码会故意报错，"
                       "随后修复代码运行并用断言检查结果。",
        "repro": "复现",
        "raises": "`{file}` 会故意抛出 `{type}`。这个单元格带有 `raises-exception` 标签，所以 Notebook 会"
                  "继续往下执行修复代码。",
        "warns": "`{file}` 会发出 `{type}` 警告。",
        "raises_script": "`{file}` 会故意抛出 `{type}`。它在单独的进程里运行（下一个单元格），所以 Notebook 会继续往下执行修复代码。",
        "scripts": "这些代码会启动子进程、进程组，或者修改整个进程的设置，所以每个文件都像验证工具那样作为脚本在单独的进程里运行："
                   "一个单元格写出文件（`%%writefile`），下一个单元格用 `run_snippet.py`（第一个单元格）运行它。",
        "fix": "解决方法",
        "fix_body": "`{file}` 用断言检查修复后的行为，会完整运行结束，不报错。",
        "example": "示例",
        "example_body": "`{file}`：每个结论都由 `assert` 检查。",
    },
}


class NotebookError(RuntimeError):
    """A notebook that does not execute as its knowledge point declares."""


@dataclass(frozen=True)
class Cell:
    source: str
    tags: tuple[str, ...] = ()
    snippet: str = ""


def split_cells(text: str) -> list[tuple[str, str]]:
    """A file's text split at `# %%` lines: (title after the mark, source) per cell.

    The mark itself becomes a plain comment (`# %% Title` -> `# Title`) so the cell reads as code.
    """
    cells: list[tuple[str, list[str]]] = [("", [])]
    for line in text.splitlines():
        m = CELL_MARK.match(line)
        if m:
            title = m.group(1).strip()
            cells.append((title, [f"# {title}"] if title else []))
        else:
            cells[-1][1].append(line)
    out = []
    for title, lines in cells:
        source = "\n".join(lines).strip("\n")
        if source.strip():
            out.append((title, source))
    return out


def _ordered(kp: KnowledgePoint, role: str) -> list[Snippet]:
    """Snippets of a role, the plain file (repro.py) first, then the named ones (repro_*.py)."""
    return sorted((s for s in kp.snippets if s.role == role), key=lambda s: (s.path.stem != role, s.name))


def snippet_source(snippet: Snippet) -> str:
    """The file as the page shows it: without the section markers of "the fix at a glance"."""
    lines = snippet.path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not SECTION_MARK.search(line)).rstrip("\n")


# For knowledge points whose snippets must each run in a process of their own (they start worker
# processes with the spawn method, create process groups, change process-wide limits or global
# registries: kp.toml `notebook = "scripts"`), a cell writes the file and the next one runs it with
# this runner, the way the harness runs it: its own process, a fresh folder, seeded generators.
RUNNER = "run_snippet.py"
RUNNER_SOURCE = f"""%%writefile {RUNNER}
# Runs one snippet file the way the site's harness does: in a process of its own, in a fresh
# empty folder, with the random generators seeded at 0.
import os, random, runpy, sys, tempfile

import numpy
import torch

path = os.path.abspath(sys.argv[1])
os.chdir(tempfile.mkdtemp())
random.seed(0)
numpy.random.seed(0)
torch.manual_seed(0)
sys.argv = [path]
runpy.run_path(path, run_name="__main__")"""


def _script_cells(source: str, name: str, tags: tuple[str, ...]) -> list[Cell]:
    # sys.executable: the kernel's own Python, whatever `python` means in the shell.
    return [Cell(f"%%writefile {name}\n{source}", tags, name),
            Cell(f"import sys\n!{{sys.executable}} {RUNNER} {name}", tags, name)]


def _is_run_cell(cell) -> bool:
    return f" {RUNNER} " in cell.source and not cell.source.startswith("%%writefile")


def code_cells(kp: KnowledgePoint, skip: frozenset[str] = frozenset()) -> list[Cell]:
    """The code cells of kp's notebook, in order; the same in every language. Snippets named in
    skip (CUDA-only ones where there is no GPU) are tagged so that nbclient leaves them unrun."""
    if kp.notebook == "scripts":
        cells = [Cell(RUNNER_SOURCE)]
        for s in _ordered(kp, "repro") + _ordered(kp, "fix") + _ordered(kp, "example"):
            cells += _script_cells(snippet_source(s), s.name, (SKIP,) if s.name in skip else ())
        return cells
    cells = [Cell(SETUP_SOURCE)]
    if kp.kind == "recipe":
        for s in _ordered(kp, "example"):
            for _, source in split_cells(snippet_source(s)):
                cells.append(Cell(source, (SKIP,) if s.name in skip else (), s.name))
        return cells
    for s in _ordered(kp, "repro"):
        tags = ((RAISES,) if kp.kind == "error" else ()) + ((SKIP,) if s.name in skip else ())
        cells.append(Cell(snippet_source(s), tags, s.name))
    for s in _ordered(kp, "fix"):
        cells.append(Cell(snippet_source(s), (SKIP,) if s.name in skip else (), s.name))
    return cells


def cache_key(kp: KnowledgePoint, cells: list[Cell]) -> str:
    h = hashlib.sha256()
    versions = {name: _version(name) for name in ("torch", "numpy", "ipykernel", "nbclient")}
    h.update(json.dumps({
        "format": FORMAT, "python": sys.version, "versions": versions, "timeout": kp.timeout,
        "cells": [[c.source, list(c.tags), c.snippet] for c in cells],
    }, sort_keys=True).encode())
    return h.hexdigest()[:20]


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return ""


def _code_notebook(cells: list[Cell]) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    for i, c in enumerate(cells):
        cell = nbformat.v4.new_code_cell(c.source)
        cell.id = f"code-{i}"
        if c.tags:
            cell.metadata["tags"] = list(c.tags)
        if c.snippet:
            cell.metadata["torchkb"] = {"snippet": c.snippet}
        nb.cells.append(cell)
    return nb


def _clean(text: str, workdir: str) -> str:
    # IPython colours tracebacks and links file names (OSC 8); a page shows plain text.
    text = ANSI_ESCAPE.sub("", text)
    for wd in {workdir, str(Path(workdir).resolve())}:
        text = text.replace(wd, "<tmp>")
    text = IPYKERNEL_CELL.sub("<cell>", text)
    text = SITE_PACKAGES.sub(".../site-packages/", text)
    for prefix in _stdlib_prefixes():
        text = text.replace(prefix, ".../lib/python/")
    text = text.replace(str(REPO_ROOT) + "/", "")
    text = text.replace(sys.prefix.rstrip("/") + "/", "<venv>/")
    return HEX_ADDR.sub("0x…", text)


def _clean_outputs(nb: nbformat.NotebookNode, workdir: str) -> None:
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        for out in cell.get("outputs", []):
            if out.output_type == "stream":
                out.text = _clean(out.text, workdir)
            elif out.output_type == "error":
                out.evalue = _clean(out.evalue, workdir)
                out.traceback = [_clean(t, workdir) for t in out.traceback]
            elif "data" in out:
                for mime in ("text/plain", "text/html"):
                    if mime in out.data:
                        out.data[mime] = _clean(out.data[mime], workdir)


def check_executed(kp: KnowledgePoint, nb: nbformat.NotebookNode) -> None:
    """Raise NotebookError unless every reproducer raised its exception and nothing else failed."""
    expected = {e.snippet: e for e in kp.expectations}
    for cell in nb.cells:
        errors = [o for o in cell.get("outputs", []) if o.output_type == "error"]
        snippet = cell.metadata.get("torchkb", {}).get("snippet", "setup cell")
        if SKIP in cell.metadata.get("tags", []):
            continue
        if kp.notebook == "scripts" and _is_run_cell(cell):
            _check_script_output(kp, snippet, cell, expected.get(snippet))
            continue
        if RAISES in cell.metadata.get("tags", []):
            exp = expected[snippet]
            if not errors:
                raise NotebookError(f"{kp.slug}/{snippet}: the cell raised nothing in the notebook "
                                    f"(expected {exp.type})")
            err = errors[0]
            if err.ename != exp.type.rsplit(".", 1)[-1] or not exp.regex.search(err.evalue):
                raise NotebookError(f"{kp.slug}/{snippet}: the cell raised {err.ename}: {err.evalue} "
                                    f"(expected {exp.type} matching /{exp.message}/)")
        elif errors:
            raise NotebookError(f"{kp.slug}/{snippet}: {errors[0].ename}: {errors[0].evalue}")


def _check_script_output(kp: KnowledgePoint, snippet: str, cell, exp) -> None:
    """A `!python run_snippet.py file` cell: what the process printed decides."""
    text = "".join(o.get("text", "") for o in cell.get("outputs", []) if o.output_type == "stream")
    crashed = "Traceback (most recent call last)" in text
    if exp is None:
        if crashed:
            raise NotebookError(f"{kp.slug}/{snippet}: the script failed in the notebook:\n{text[-1500:]}")
        return
    if kp.kind == "warning":
        if not re.search(rf"\b{re.escape(exp.type)}: ", text) or not exp.regex.search(text):
            raise NotebookError(f"{kp.slug}/{snippet}: the script emitted no {exp.type} in the notebook")
        return
    tail = text.split("Traceback (most recent call last)")[-1] if crashed else ""
    name = exp.type.rsplit(".", 1)[-1]
    if not re.search(rf"(^|[.\s]){re.escape(name)}: ", tail) or not exp.regex.search(tail):
        raise NotebookError(f"{kp.slug}/{snippet}: the script did not raise {exp.type} matching "
                            f"/{exp.message}/ in the notebook:\n{text[-1500:]}")


def _kernel_manager_class():
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

    class VenvKernelManager(AsyncKernelManager):
        """Only ipykernel's own `python3` spec, which runs sys.executable: this venv's Python,
        whatever kernels the user's Jupyter setup registers."""

        @default("kernel_spec_manager")
        def _venv_only(self):
            return KernelSpecManager(kernel_dirs=[])

    return VenvKernelManager


async def _execute(kp: KnowledgePoint, nb: nbformat.NotebookNode, limit: asyncio.Semaphore) -> None:
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    async with limit:
        scratch = Path(tempfile.mkdtemp(prefix=f"torchkb-nb-{kp.slug}-"))
        workdir = scratch / "work"
        workdir.mkdir()
        env = dict(os.environ, IPYTHONDIR=str(scratch / "ipython"), TMPDIR=str(scratch),
                   TORCHKB_WORKDIR=str(workdir), PYDEVD_DISABLE_FILE_VALIDATION="1")
        # The client owns its kernel manager, so it shuts the kernel down when the notebook is done.
        client = NotebookClient(nb, kernel_name="python3", kernel_manager_class=_kernel_manager_class(),
                                timeout=int(kp.timeout), startup_timeout=120,
                                resources={"metadata": {"path": str(workdir)}})
        log = scratch / "kernel.log"
        try:
            with log.open("wb") as stderr:
                await client.async_execute(env=env, stderr=stderr)
        except CellExecutionError as exc:
            raise NotebookError(f"{kp.slug}: a cell failed in the notebook:\n{_clean(str(exc), str(workdir))}") from None
        except Exception as exc:  # kernel died, timed out...
            tail = log.read_text(encoding="utf-8", errors="replace")[-2000:]
            raise NotebookError(f"{kp.slug}: the notebook did not execute: {type(exc).__name__}: {exc}\n"
                                f"kernel stderr:\n{tail}") from None
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        # Judged on what the kernel printed (the patterns are written for raw messages), then
        # cleaned of local paths and addresses for the page.
        check_executed(kp, nb)
        _clean_outputs(nb, str(workdir))
        # When and on what it ran: kept with the cached notebook, so a page says the real date.
        nb.metadata["torchkb_run"] = {"date": datetime.now(timezone.utc).date().isoformat(),
                                      "torch": _version("torch"), "python": platform.python_version()}


def executed_cells(kps: list[KnowledgePoint], jobs: int | None = None, cache_dir: Path = CACHE_DIR,
                   skips: dict[str, frozenset[str]] | None = None) -> dict[str, nbformat.NotebookNode]:
    """Executed code notebooks by slug, from the cache or run now (several kernels at a time).
    skips: slug -> the snippets to leave unrun (see code_cells)."""
    skips = skips or {}
    cache_dir.mkdir(parents=True, exist_ok=True)
    # The two languages build in parallel processes and need the same executed cells: whichever
    # comes first executes (on every core), the other waits here and then reads the cache, so both
    # pages show the outputs of one run.
    with _locked(cache_dir / ".lock"):
        return _executed_cells(kps, jobs, cache_dir, skips)


@contextlib.contextmanager
def _locked(path: Path):
    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _executed_cells(kps: list[KnowledgePoint], jobs: int | None, cache_dir: Path,
                    skips: dict[str, frozenset[str]]) -> dict[str, nbformat.NotebookNode]:
    result: dict[str, nbformat.NotebookNode] = {}
    todo: list[tuple[KnowledgePoint, nbformat.NotebookNode, Path]] = []
    for kp in kps:
        cells = code_cells(kp, skips.get(kp.slug, frozenset()))
        path = cache_dir / f"{kp.slug}.{cache_key(kp, cells)}.ipynb"
        if path.is_file():
            result[kp.slug] = nbformat.read(path, as_version=4)
        else:
            todo.append((kp, _code_notebook(cells), path))
    if todo:
        outcomes = execute_many([(kp, nb) for kp, nb, _ in todo], jobs)
        failures = [str(o) for o in outcomes if isinstance(o, BaseException)]
        for (kp, nb, path), outcome in zip(todo, outcomes):
            if isinstance(outcome, BaseException):
                continue
            tmp = path.with_suffix(".tmp")
            nbformat.write(nb, tmp)
            tmp.replace(path)
            result[kp.slug] = nb
        if failures:
            raise NotebookError("\n".join(failures))
    return result


def execute_many(items: list[tuple[KnowledgePoint, nbformat.NotebookNode]],
                 jobs: int | None = None) -> list[BaseException | None]:
    """Execute the notebooks in place, a fresh kernel each, several at a time.

    Returns, per notebook, None or the NotebookError it failed with.
    """
    jobs = jobs or max(1, min(len(items), os.cpu_count() or 1))

    async def run_all():
        limit = asyncio.Semaphore(jobs)
        return await asyncio.gather(*(_execute(kp, nb, limit) for kp, nb in items), return_exceptions=True)

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(run_all())
    # Called from inside an event loop (Playwright's, in the test session): use a thread of our own.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(run_all())).result()


def current_key(kp: KnowledgePoint, skip: frozenset[str] = frozenset()) -> str:
    return cache_key(kp, code_cells(kp, skip))


def prune_cache(keys: dict[str, str], cache_dir: Path = CACHE_DIR) -> None:
    """Keep only the cached notebook of each knowledge point's current cells (keys: slug -> key)."""
    if not cache_dir.is_dir():
        return
    for path in cache_dir.glob("*.ipynb"):
        slug, _, rest = path.name.partition(".")
        if rest != f"{keys.get(slug)}.ipynb":
            path.unlink(missing_ok=True)


def unexecuted_cells(kp: KnowledgePoint) -> nbformat.NotebookNode:
    return _code_notebook(code_cells(kp))


def _md_text(text: str) -> str:
    return text.replace("<", "&lt;").replace(">", "&gt;")


def _md(source: str) -> nbformat.NotebookNode:
    return nbformat.v4.new_markdown_cell(source)


def notebook_for(kp: KnowledgePoint, lang: str, code: nbformat.NotebookNode, *, page_url: str | None,
                 env: dict | None, skip_reason: str | None = None, partly: str | None = None) -> nbformat.NotebookNode:
    """kp's notebook in lang: markdown cells in that language around the (executed) code cells.
    Without page_url and env it is the notebook committed for Colab (see colab_notebook)."""
    words = WORDS[lang]
    title = kp.title[lang]
    nb = nbformat.v4.new_notebook()
    nb.metadata = copy.deepcopy(code.metadata)
    nb.metadata["torchkb"] = {"slug": kp.slug, "lang": lang, "executed": env is not None and skip_reason is None}
    if page_url is None or env is None:
        intro = [words["colab_intro"].format(title=_md_text(title))]
    else:
        intro = [words["intro"].format(title=_md_text(title), url=page_url)]
    if env is None:
        pass
    elif skip_reason is None:
        run = code.metadata.get("torchkb_run") or {}
        intro.append(words["ran"].format(torch=run.get("torch") or env["torch"], python=run.get("python") or env["python"],
                                         date=run.get("date") or env["timestamp"][:10],
                                         device="CUDA" if env.get("device") == "cuda" else "CPU"))
    else:
        intro.append(words["not_run"].format(reason=skip_reason))
    if partly:
        intro.append(words["partly"].format(reason=partly))
    if kp.notebook == "scripts":
        intro.append(words["scripts"])
    # Markdown cells are rendered as Markdown: a "<locals>" in a title is text, not a tag.
    cells = [_md(f"# {_md_text(title)}\n\n" + "\n\n".join(intro))]
    code_cells_ = [copy.deepcopy(c) for c in code.cells]
    if skip_reason is not None:
        for c in code_cells_:
            c.outputs, c.execution_count = [], None
    expected = {e.snippet: e for e in kp.expectations}
    seen_section = None
    for c in code_cells_:
        snippet = c.metadata.get("torchkb", {}).get("snippet")
        if snippet:
            role = next(s.role for s in kp.snippets if s.name == snippet)
            if role != seen_section:
                heading = {"repro": "repro", "fix": "fix", "example": "example"}[role]
                cells.append(_md(f"## {words[heading]}"))
                seen_section = role
            first_of_file = not any(
                x.metadata.get("torchkb", {}).get("snippet") == snippet for x in cells if x.cell_type == "code")
            if first_of_file:
                if role == "repro":
                    exp = expected[snippet]
                    key = "warns" if kp.kind != "error" else ("raises_script" if kp.notebook == "scripts" else "raises")
                    cells.append(_md(words[key].format(file=snippet, type=exp.type)))
                elif role == "fix":
                    cells.append(_md(words["fix_body"].format(file=snippet)))
                else:
                    cells.append(_md(words["example_body"].format(file=snippet)))
        cells.append(c)
    for i, c in enumerate(cells):
        c.id = f"{c.cell_type}-{i}"
    nb.cells = cells
    nbformat.validate(nb)
    return nb


def write(nb: nbformat.NotebookNode, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)


# Notebooks committed for "Open in Colab" (Colab opens notebooks from a GitHub repository, not
# from a URL): the same cells as the site's notebook, without outputs and without anything that
# depends on the build (date, versions, site URL). `torchkb notebooks` writes them; a test checks
# the committed ones are current.
COLAB_DIR = "notebooks"


def colab_path(kp: KnowledgePoint, lang: str) -> str:
    return f"{COLAB_DIR}/{lang}/{kp.slug}.ipynb"


def colab_notebook(kp: KnowledgePoint, lang: str) -> nbformat.NotebookNode:
    nb = notebook_for(kp, lang, unexecuted_cells(kp), page_url=None, env=None)
    nb.metadata["colab"] = {"provenance": []}
    nb.metadata["accelerator"] = "GPU" if any(s.device == "cuda" for s in kp.snippets) else "None"
    return nb


def colab_text(kp: KnowledgePoint, lang: str) -> str:
    return nbformat.writes(colab_notebook(kp, lang)) + "\n"
