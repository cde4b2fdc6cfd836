"""The built site as a reader meets it, in both languages: stamp and actions on every knowledge
point, navigation by area, tags, previous/next, edit links, dates, descriptions, the error index
and the 404 page."""

import html
import json
import re
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from bs4 import BeautifulSoup

from torchkb.site.describe import first_paragraph
from torchkb.verification.harness import REPO_ROOT
from torchkb.kp import load_all
from torchkb.site.nav import AREA_TITLES

KPS = load_all(REPO_ROOT)
ERROR_KPS = [kp for kp in KPS if kp.kind != "recipe"]
LANGS = ("en", "zh")
REPO_URL = "https://github.com/torchkb/torchkb"
pytestmark = pytest.mark.site


def parse(site_dir: Path, url: str) -> BeautifulSoup:
    path = site_dir / url.lstrip("/")
    if url.endswith("/"):
        path = path / "index.html"
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def report() -> dict:
    return json.loads((REPO_ROOT / "build" / "verify.json").read_text(encoding="utf-8"))


def lang_root(lang: str) -> str:
    return "/zh/" if lang == "zh" else "/"


@pytest.mark.parametrize("kp", KPS, ids=[kp.slug for kp in KPS])
@pytest.mark.parametrize("lang", LANGS)
def test_kp_page_has_stamp_notebook_and_report_links(site_dir, kp, lang):
    page = parse(site_dir, kp.url(lang))
    article = page.select_one("article")
    statuses = {r["status"] for r in report()["results"] if r["slug"] == kp.slug}
    stamp = article.select_one(".admonition")
    title = stamp.select_one(".admonition-title").get_text(strip=True)
    if "skip" in statuses:
        assert title == {"en": "Not verified in this build", "zh": "本次构建未验证"}[lang]
    else:
        assert statuses == {"pass"} and title == {"en": "Verified", "zh": "已验证"}[lang]
    env = report()["environment"]
    assert env["torch"] in stamp.get_text() and env["python"] in stamp.get_text()

    actions = stamp.select_one(".torchkb-actions")
    hrefs = [a["href"] for a in actions.select("a")]
    assert "notebook/" in hrefs and f"{kp.slug}.ipynb" in hrefs
    folder = site_dir / kp.url(lang).lstrip("/")
    assert (folder / "notebook" / "index.html").is_file() and (folder / f"{kp.slug}.ipynb").is_file()
    label = {"en": "Run it as a notebook", "zh": "以 Notebook 运行"}[lang]
    assert any(label in a.get_text() or "Notebook" in a.get_text() for a in actions.select("a"))

    report_link = actions.select_one("a.torchkb-report")
    url = urlsplit(report_link["href"])
    assert f"{url.scheme}://{url.netloc}{url.path}" == f"{REPO_URL}/issues/new"
    query = parse_qs(url.query)
    assert kp.slug in query["title"][0]
    body = query["body"][0]
    assert "python -m torch.utils.collect_env" in body and kp.slug in body
    assert report_link.get_text(strip=True) == {"en": "This doesn't reproduce for me", "zh": "我这里复现不出来"}[lang]


@pytest.mark.parametrize("kp", KPS, ids=[kp.slug for kp in KPS])
@pytest.mark.parametrize("lang", LANGS)
def test_kp_page_edit_link_date_tags_and_footer(site_dir, kp, lang):
    page = parse(site_dir, kp.url(lang))
    edit = page.select_one("a.md-content__button[href*='/edit/']")
    assert edit is not None, "no 'edit this page' link"
    expected = f"{REPO_URL}/edit/main/docs/{lang}/{kp.area}/{kp.slug}.md"
    assert edit["href"] == expected
    assert (REPO_ROOT / "docs" / lang / kp.area / f"{kp.slug}.md").is_file()
    assert page.select_one(".md-source-file"), "no last-updated date"
    if kp.tags:
        shown = {t.get_text(strip=True) for t in page.select(".md-tags .md-tag")}
        assert set(kp.tags) <= shown, f"tags {set(kp.tags) - shown} missing"
    footer = page.select(".md-footer__link")
    assert footer, "no previous/next links"
    for a in footer:
        assert (site_dir / kp.url(lang).lstrip("/") / a["href"] / "index.html").resolve().is_file()


@pytest.mark.parametrize("lang", LANGS)
def test_nav_has_every_area_section_and_every_kp(site_dir, lang):
    page = parse(site_dir, lang_root(lang))
    nav = page.select_one("nav.md-nav--primary")
    labels = {el.get_text(" ", strip=True) for el in nav.select("label.md-nav__link, .md-nav__link")}
    for area in {kp.area for kp in KPS}:
        assert AREA_TITLES[area][lang] in labels, f"no nav section {AREA_TITLES[area][lang]!r}"
    hrefs = {a.get("href", "").rstrip("/") for a in nav.select("a")}
    for kp in KPS:
        assert f"{kp.area}/{kp.slug}" in hrefs, f"{kp.slug} is not in the {lang} navigation"
    for top in ("errors", "tags"):
        assert top in hrefs
    if (REPO_ROOT / "docs" / lang / "explain.md").is_file():
        assert "explain" in hrefs


def meta_description(page: BeautifulSoup) -> str:
    tag = page.find("meta", attrs={"name": "description"})
    return tag["content"] if tag else ""


@pytest.mark.parametrize("kp", KPS, ids=[kp.slug for kp in KPS])
@pytest.mark.parametrize("lang", LANGS)
def test_description_is_the_first_paragraph(site_dir, kp, lang):
    page = parse(site_dir, kp.url(lang))
    expected = first_paragraph(kp.page(REPO_ROOT / "docs", lang).read_text(encoding="utf-8"))
    assert expected and meta_description(page) == expected
    assert "TODO" not in expected


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_has_its_own_description(site_dir, lang):
    root = site_dir / ("zh" if lang == "zh" else "")
    site_description = meta_description(parse(site_dir, lang_root(lang) + "404.html"))
    pages = [p for p in root.rglob("index.html") if lang == "zh" or "zh" not in p.relative_to(root).parts[:1]]
    assert len(pages) > len(KPS)
    same = []
    for p in pages:
        m = re.search(r'<meta name="description" content="([^"]*)">', p.read_text(encoding="utf-8"))
        text = html.unescape(m.group(1)) if m else ""
        assert text, f"{p} has no description"
        if text == site_description:
            same.append(str(p.relative_to(site_dir)))
    assert not same, f"pages with only the site-wide description: {same}"


@pytest.mark.parametrize("lang", LANGS)
def test_error_index_lists_every_error_with_a_link(site_dir, lang):
    page = parse(site_dir, lang_root(lang) + "errors/")
    rows = page.select("#torchkb-errors table tbody tr")
    expected = sum(len(kp.expectations) for kp in ERROR_KPS)
    assert len(rows) == expected
    linked = set()
    for row in rows:
        cells = row.find_all("td")
        assert len(cells) == 4
        exc_type = cells[0].get_text(" ", strip=True).split(" ")[0]
        href = cells[1].find("a")["href"]
        assert (site_dir / lang_root(lang).lstrip("/") / "errors" / href / "index.html").resolve().is_file()
        slug = href.rstrip("/").rsplit("/", 1)[-1]
        kp = next(k for k in ERROR_KPS if k.slug == slug)
        assert exc_type in {e.type for e in kp.expectations}
        assert cells[1].find("code").get_text(strip=True), "no message"
        linked.add(slug)
        assert cells[3].get_text(strip=True)
    assert linked == {kp.slug for kp in ERROR_KPS}
    box = page.select_one(".torchkb-filter")
    assert box.find("input", id="torchkb-filter-input") and box.find("label", attrs={"for": "torchkb-filter-input"})
    scripts = [s["src"] for s in page.find_all("script", src=True)]
    assert any(s.endswith("assets/torchkb-site/errors.js") for s in scripts)


@pytest.mark.parametrize("kp", ERROR_KPS, ids=[kp.slug for kp in ERROR_KPS])
def test_error_index_shows_the_captured_message(site_dir, kp):
    text = html.unescape(parse(site_dir, "/errors/").get_text(" "))
    for snippet in kp.snippets:
        if snippet.role == "repro" and snippet.golden.is_file():
            from torchkb.site.errorindex import captured_message
            message = captured_message(snippet)
            assert message, f"{snippet.id}: no {snippet.expectation.type} message in {snippet.golden.name}"
            start = " ".join(message.split())[:60]
            assert start in " ".join(text.split()), f"error index does not show {start!r}"


@pytest.mark.parametrize("lang", LANGS)
def test_404_page(site_dir, lang):
    path = site_dir / lang_root(lang).lstrip("/") / "404.html"
    page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    h1 = page.select_one("article h1").get_text(strip=True)
    assert h1 == {"en": "404: page not found", "zh": "404：页面不存在"}[lang]
    hrefs = [unquote(a["href"]) for a in page.select("article a")]
    home = "/torchkb/zh/" if lang == "zh" else "/torchkb/"
    assert home in hrefs and home + "explain/" in hrefs and home + "errors/" in hrefs
    other = page.select_one("article [lang]")
    assert other is not None and other["lang"] == ("en" if lang == "zh" else "zh")


def test_home_pages_link_to_error_index_and_explain(site_dir):
    for lang in LANGS:
        page = parse(site_dir, lang_root(lang))
        hrefs = {a["href"] for a in page.select("article a")}
        assert "errors/" in hrefs and "explain/" in hrefs
        assert not any(h.startswith(("tensors/", "autograd/", "nn/")) for h in hrefs), \
            "the home page lists knowledge points by hand; the navigation does that"


def test_canonical_urls_per_language(site_dir):
    en = parse(site_dir, KPS[0].url("en")).find("link", rel="canonical")["href"]
    zh = parse(site_dir, KPS[0].url("zh")).find("link", rel="canonical")["href"]
    assert en == f"https://torchkb.github.io/torchkb/{KPS[0].area}/{KPS[0].slug}/"
    assert zh == f"https://torchkb.github.io/torchkb/zh/{KPS[0].area}/{KPS[0].slug}/"


def test_no_generated_file_lands_in_docs():
    """Notebooks and the error index are generated into the build, never next to the pages."""
    for lang in LANGS:
        docs = REPO_ROOT / "docs" / lang
        assert not list(docs.rglob("*.ipynb"))
        assert not (docs / "errors.md").exists() and not (docs / "tags.md").exists()


@pytest.mark.parametrize("lang", LANGS)
def test_search_finds_the_page_not_its_notebook(site_dir, lang):
    index = json.loads((site_dir / lang_root(lang).lstrip("/") / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert not [loc for loc in locations if loc.endswith("/notebook/")]
    for kp in KPS:
        assert f"{kp.area}/{kp.slug}/" in locations, f"{kp.slug} is not in the {lang} search index"
