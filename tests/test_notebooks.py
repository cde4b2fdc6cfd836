"""Notebooks: generated from the snippet files, executed, rendered by mkdocs-jupyter with their real
output in both languages, downloadable, and they run top to bottom in a fresh kernel."""

import html
import json
import re
from pathlib import Path

import nbformat
import pytest

from torchkb.site import notebooks
from torchkb.verification.harness import REPO_ROOT
from torchkb.kp import SECTION_MARK, load_all

KPS = load_all(REPO_ROOT)
LANGS = ("en", "zh")
CJK = re.compile(r"[\u4e00-\u9fff]")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def report() -> dict:
    return json.loads((REPO_ROOT / "build" / "verify.json").read_text(encoding="utf-8"))


def skipped_in_this_build(kp) -> set[str]:
    return {r["snippet"] for r in report()["results"] if r["slug"] == kp.slug and r["status"] == "skip"}


def executed_in_this_build(kp) -> bool:
    """Executed: nothing was skipped, or only CUDA-only snippets while the rest ran (their cells
    are tagged skip-execution and keep no output)."""
    statuses = {r["status"] for r in report()["results"] if r["slug"] == kp.slug}
    cuda = {s.name for s in kp.snippets if s.device == "cuda"}
    return "pass" in statuses and skipped_in_this_build(kp) <= cuda


def downloaded(site_dir: Path, kp, lang: str) -> nbformat.NotebookNode:
    path = site_dir / kp.url(lang).lstrip("/") / f"{kp.slug}.ipynb"
    return nbformat.read(path, as_version=4)


def code_lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("kp", KPS, ids=[kp.slug for kp in KPS])
def test_code_cells_are_the_snippet_files(kp):
    """Each snippet file, unchanged but for its "fix at a glance" marker lines: as cells in one
    kernel, or (notebook = "scripts") written by one cell and run as a process by the next."""
    cells = notebooks.code_cells(kp)
    assert "torch.manual_seed(0)" in cells[0].source and not cells[0].snippet
    for snippet in kp.snippets:
        mine = [c for c in cells if c.snippet == snippet.name]
        assert mine, f"{snippet.name} is not in the notebook"
        text = "\n".join(line for line in snippet.path.read_text(encoding="utf-8").splitlines()
                         if not SECTION_MARK.search(line))
        if kp.notebook == "scripts":
            write, run = mine
            assert write.source == f"%%writefile {snippet.name}\n{text.rstrip()}"
            assert run.source.endswith(f"{notebooks.RUNNER} {snippet.name}")
            assert notebooks.RAISES not in write.tags + run.tags  # the process raises, not the cell
            continue
        expected = [re.sub(r"^# %%\s*", "# ", line) for line in code_lines(text)]
        expected = [line for line in expected if line.strip() != "#"]
        assert [line for c in mine for line in code_lines(c.source)] == expected
        tagged = all(notebooks.RAISES in c.tags for c in mine)
        assert tagged == (snippet.role == "repro" and kp.kind == "error")


def test_split_cells_at_percent_marks():
    text = '"""Doc."""\nimport torch\n\n# %% First part\nx = 1\n\n# %%\ny = 2\n'
    assert notebooks.split_cells(text) == [
        ("", '"""Doc."""\nimport torch'), ("First part", "# First part\nx = 1"), ("", "y = 2")]



@pytest.mark.site
@pytest.mark.parametrize("kp", KPS, ids=[kp.slug for kp in KPS])
def test_downloadable_notebook(site_dir, kp):
    en, zh = downloaded(site_dir, kp, "en"), downloaded(site_dir, kp, "zh")
    for lang, nb in (("en", en), ("zh", zh)):
        nbformat.validate(nb)
        assert nb.metadata["kernelspec"]["name"] == "python3"
        assert nb.metadata["torchkb"] == {"slug": kp.slug, "lang": lang, "executed": executed_in_this_build(kp)}
        first = nb.cells[0]
        title = kp.title[lang].replace("<", "&lt;").replace(">", "&gt;")  # Markdown text, not tags
        assert first.cell_type == "markdown" and first.source.startswith(f"# {title}\n")
        prose = " ".join(c.source for c in nb.cells if c.cell_type == "markdown")
        assert bool(CJK.search(prose.replace(kp.title["zh"], ""))) == (lang == "zh"), f"{lang} notebook in the wrong language"
    # Same code, same outputs: executed once, shown in both languages.
    code = [[(c.source, c.outputs) for c in nb.cells if c.cell_type == "code"] for nb in (en, zh)]
    assert code[0] == code[1]
    assert [c.source for c in en.cells if c.cell_type == "code"] == [c.source for c in notebooks.code_cells(kp)]
    if not executed_in_this_build(kp):
        return
    expectations = {e.snippet: e for e in kp.expectations}
    for cell in (c for c in en.cells if c.cell_type == "code"):
        if notebooks.SKIP in cell.metadata.get("tags", []):
            assert cell.metadata["torchkb"]["snippet"] in skipped_in_this_build(kp) and not cell.outputs
            continue
        assert cell.execution_count, "not executed"
        errors = [o for o in cell.outputs if o.output_type == "error"]
        snippet = cell.metadata.get("torchkb", {}).get("snippet")
        if kp.notebook == "scripts":
            assert not errors  # the scripts raise in their own process; their output is text
        elif notebooks.RAISES in cell.metadata.get("tags", []):
            exp = expectations[snippet]
            assert len(errors) == 1 and errors[0].ename == exp.type.rsplit(".", 1)[-1]
            assert exp.regex.search(errors[0].evalue)
        else:
            assert not errors, f"{snippet}: {errors[0].ename}: {errors[0].evalue}"
        for out in cell.outputs:
            text = json.dumps(out)
            assert str(REPO_ROOT) not in text and "/site-packages/" not in text.replace(".../site-packages/", "")


def output_texts(nb) -> list[str]:
    """The lines a reader must see on the notebook page: stdout lines and exception messages."""
    texts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.output_type == "stream" and out.name == "stdout":
                texts += [line.strip() for line in out.text.splitlines() if line.strip()][:3]
            elif out.output_type == "error":
                texts.append(f"{out.ename}: {out.evalue}".splitlines()[0])
    return texts


@pytest.mark.site
@pytest.mark.parametrize("kp", KPS, ids=[kp.slug for kp in KPS])
@pytest.mark.parametrize("lang", LANGS)
def test_notebook_page_shows_real_output(site_dir, kp, lang):
    page = site_dir / kp.url(lang).lstrip("/") / "notebook" / "index.html"
    raw = page.read_text(encoding="utf-8")
    assert "jupyter-wrapper" in raw, "not rendered by mkdocs-jupyter"
    assert "cdnjs" not in raw and "require.min.js" not in raw
    text = " ".join(html.unescape(ANSI.sub("", re.sub(r"<[^>]+>", "", raw))).split())
    assert kp.title[lang] in text
    nb = downloaded(site_dir, kp, lang)
    if not executed_in_this_build(kp):
        pytest.skip(f"{kp.slug} was not executed in this build")
    expected = output_texts(nb)
    assert expected, f"{kp.slug}: the notebook printed nothing"
    if kp.kind == "recipe":
        assert any(o.output_type == "stream" for c in nb.cells for o in c.get("outputs", [])), \
            "a recipe notebook shows no output"
    for line in expected:
        assert " ".join(line.split()) in text, f"{page} does not show {line!r}"
    assert raw.count("jp-InputArea-editor\"") == sum(c.cell_type == "code" for c in nb.cells)


@pytest.mark.site
def test_notebooks_run_top_to_bottom_in_a_fresh_kernel(site_dir, tmp_path):
    """The downloadable files themselves, as a reader would run them (raises-exception cells
    included), each in a new kernel of this venv's ipykernel."""
    items = []
    for kp in KPS:
        if executed_in_this_build(kp):
            nb = downloaded(site_dir, kp, "en")
            for cell in nb.cells:
                if cell.cell_type == "code":
                    cell.outputs, cell.execution_count = [], None
            items.append((kp, nb))
    failures = [str(err) for err in notebooks.execute_many(items) if err]
    assert not failures, "\n\n".join(failures)
    for kp, nb in items:
        ran = [c for c in nb.cells if c.cell_type == "code" and notebooks.SKIP not in c.metadata.get("tags", [])]
        assert all(c.execution_count for c in ran), kp.slug


def test_the_two_language_builds_execute_notebooks_once(tmp_path):
    """The languages build in parallel processes; executing goes through one lock on the cache, so
    the second build reads what the first executed instead of running (and printing) it again."""
    import fcntl
    import threading

    with open(tmp_path / ".lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # another build is executing
        waiter = threading.Thread(target=notebooks.executed_cells, args=([],), kwargs={"cache_dir": tmp_path})
        waiter.start()
        waiter.join(0.5)
        assert waiter.is_alive(), "executed_cells did not wait for the build that holds the cache lock"
        fcntl.flock(held, fcntl.LOCK_UN)
    waiter.join(5)
    assert not waiter.is_alive()


LOCAL_PATH = re.compile(r"/tmp/|torchkb-nb-|ipykernel_\d|/root/|/home/|\.venv/")


@pytest.mark.site
@pytest.mark.parametrize("lang", ("en", "zh"))
def test_no_local_path_in_notebook_outputs(site_dir, lang):
    """Outputs read like the harness's: a warning's cell file or a scratch folder is not shown
    as the path it had on the machine that built the site."""
    found = []
    for kp in KPS:
        nb = downloaded(site_dir, kp, lang)
        for cell in (c for c in nb.cells if c.cell_type == "code"):
            text = json.dumps(cell.outputs)
            if LOCAL_PATH.search(text):
                found.append(f"{kp.slug}: {LOCAL_PATH.search(text).group(0)!r} in {text[:200]}")
    assert not found, "\n".join(found)
