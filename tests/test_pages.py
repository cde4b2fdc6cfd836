"""Pages and snippets belong together: both languages, every file included, real output shown."""

import html
import re
from pathlib import Path

import pytest

from torchkb.verification.harness import REPO_ROOT
from torchkb.kp import check_pages, load_all

KPS = load_all(REPO_ROOT)
DOCS = REPO_ROOT / "docs"
INCLUDE = re.compile(r'^\s*--8<--\s+"(snippets/[^"]+)"', re.M)
LANGS = ("en", "zh")


def included(kp, lang: str) -> set[str]:
    return set(INCLUDE.findall(kp.page(DOCS, lang).read_text(encoding="utf-8")))


def test_every_kp_has_both_pages():
    check_pages(KPS, DOCS)


def test_no_page_without_a_kp():
    slugs = {kp.slug for kp in KPS}
    for lang in LANGS:
        for page in (DOCS / lang).glob("*/*.md"):
            assert page.stem in slugs, f"{page} looks like a knowledge-point page but snippets/{page.stem} is missing"


@pytest.mark.parametrize("kp", KPS, ids=[kp.slug for kp in KPS])
@pytest.mark.parametrize("lang", LANGS)
def test_page_includes_every_snippet_file_of_its_kp(kp, lang):
    paths = included(kp, lang)
    for path in paths:
        assert path.startswith(f"snippets/{kp.slug}/"), f"{kp.page(DOCS, lang)} includes another kp's file {path}"
    files = {f"snippets/{kp.slug}/{s.name}" for s in kp.snippets}
    files |= {f"snippets/{kp.slug}/{s.golden.name}" for s in kp.snippets if s.golden.exists()}
    missing = files - paths
    assert not missing, f"{kp.page(DOCS, lang)} does not include {sorted(missing)}"


def page_text(site_dir: Path, url: str) -> str:
    raw = (site_dir / url.lstrip("/") / "index.html").read_text(encoding="utf-8")
    return html.unescape(re.sub(r"<[^>]+>", "", raw))


ERROR_KPS = [kp for kp in KPS if kp.kind != "recipe"]


@pytest.mark.parametrize("kp", ERROR_KPS, ids=[kp.slug for kp in ERROR_KPS])
@pytest.mark.parametrize("lang", LANGS)
def test_built_page_shows_the_captured_error(site_dir, kp, lang):
    text = page_text(site_dir, kp.url(lang))
    checked = 0
    for snippet in kp.snippets:
        if snippet.role != "repro" or not snippet.golden.exists():
            continue
        lines = [line for line in snippet.golden.read_text(encoding="utf-8").splitlines() if line.strip()]
        exp = snippet.expectation
        # The error as printed: from the last line naming its type to the end (cv2.error and
        # others continue the message on the following lines).
        start = max(i for i, line in enumerate(lines) if exp.type in line)
        block = lines[start:]
        assert exp.regex.search("\n".join(block)), f"{snippet.golden} does not end with the declared error"
        for line in block:
            assert line.strip() in text, f"{kp.url(lang)} does not show {line!r}"
        checked += 1
    if checked == 0:
        pytest.skip(f"{kp.slug} has no captured output in this build (its reproducers need CUDA)")


@pytest.mark.parametrize("kp", KPS, ids=[kp.slug for kp in KPS])
@pytest.mark.parametrize("lang", LANGS)
def test_language_switch_points_to_the_twin(site_dir, kp, lang):
    page = site_dir / kp.url(lang).lstrip("/") / "index.html"
    raw = page.read_text(encoding="utf-8")
    other = "zh" if lang == "en" else "en"
    match = re.search(rf'<a href="([^"]+)" hreflang="{other}"[^>]*class="md-select__link"', raw)
    assert match, f"{page} has no language switch to {other}"
    target = (page.parent / match.group(1)).resolve()
    assert target == (site_dir / kp.url(other).lstrip("/")).resolve(), f"{page} switches to {target}"
    assert (target / "index.html").is_file()


@pytest.mark.parametrize("kp", KPS, ids=[kp.slug for kp in KPS])
@pytest.mark.parametrize("lang", LANGS)
def test_titles_have_no_markup_by_accident(kp, lang):
    """An H1 is also the page's title in the navigation and the error index: "<class ...>" or
    "__init__" outside a code span would be read as an HTML tag or as bold and vanish there."""
    h1 = next(line for line in kp.page(DOCS, lang).read_text(encoding="utf-8").splitlines() if line.startswith("# "))
    outside = re.sub(r"`[^`]*`", "", h1)
    assert not re.search(r"<[A-Za-z/!]|__\w+__", outside), f"{kp.page(DOCS, lang)}: put {h1!r}'s code in backticks"
