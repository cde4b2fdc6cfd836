"""The built site as a reader meets it, in both languages: on every knowledge point the badge,
the fix at a glance, the version notes, the actions and the tags below; the navigation by area
with its overview pages; descriptions; the error index; the home page; the 404 page. Links that
need the site's repository are checked against the deployment the site was built for
(torchkb.site.deploy: the Pages workflow's, or `make test`'s stand-in)."""

import html
import json
import re
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from bs4 import BeautifulSoup

from torchkb import REPO_ROOT
from torchkb.kp import AREAS, load_all, sections
from torchkb.site import deploy
from torchkb.site.describe import first_paragraph
from torchkb.site.nav import AREA_TITLES
from torchkb.site.typesetting import typeset_chinese

KPS = load_all(REPO_ROOT)
ERROR_KPS = [kp for kp in KPS if kp.kind != "recipe"]
LANGS = ("en", "zh")
DEPLOY = deploy.current()
pytestmark = pytest.mark.site

BADGE_TITLES = {
    "verified": {"en": "Verified", "zh": "已验证"},
    "partly": {"en": "Partly verified", "zh": "部分已验证"},
    "skipped": {"en": "Not verified in this build", "zh": "本次构建未验证"},
}


def parse(site_dir: Path, url: str) -> BeautifulSoup:
    path = site_dir / url.lstrip("/")
    if url.endswith("/"):
        path = path / "index.html"
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def report() -> dict:
    return json.loads((REPO_ROOT / "build" / "verify.json").read_text(encoding="utf-8"))


def lang_root(lang: str) -> str:
    return "/zh/" if lang == "zh" else "/"


def expected_state(slug: str) -> str:
    statuses = [r["status"] for r in report()["results"] if r["slug"] == slug]
    if "skip" not in statuses:
        return "verified"
    return "partly" if "pass" in statuses else "skipped"


@pytest.mark.parametrize("kp", KPS, ids=[kp.slug for kp in KPS])
@pytest.mark.parametrize("lang", LANGS)
def test_kp_page_has_its_badge_and_actions(site_dir, kp, lang):
    page = parse(site_dir, kp.url(lang))
    article = page.select_one("article")
    badge = article.select_one("details.torchkb-badge")
    assert badge is not None, "no verification badge"
    assert badge.has_attr("data-search-exclude"), "the badge would show in search previews"
    # Right under the title: the first element after the H1.
    assert badge.find_previous_sibling() is article.select_one("h1")
    state = expected_state(kp.slug)
    assert f"torchkb-badge--{state}" in badge["class"]
    assert badge.select_one(".torchkb-badge__state").get_text(strip=True).endswith(BADGE_TITLES[state][lang])
    env = report()["environment"]
    assert env["torch"] in badge.get_text() and env["python"] in badge.get_text()

    hrefs = [a["href"] for a in badge.select(".torchkb-actions a")]
    assert "notebook/" in hrefs and f"{kp.slug}.ipynb" in hrefs
    folder = site_dir / kp.url(lang).lstrip("/")
    assert (folder / "notebook" / "index.html").is_file() and (folder / f"{kp.slug}.ipynb").is_file()
    report_link = badge.select_one("a.torchkb-report")
    colab = badge.select_one("a.torchkb-colab")
    if DEPLOY.repo_url is None:
        assert report_link is None and colab is None, "a repository link without a repository"
        return
    url = urlsplit(report_link["href"])
    assert f"{url.scheme}://{url.netloc}{url.path}" == f"{DEPLOY.repo_url}/issues/new"
    query = parse_qs(url.query)
    assert kp.slug in query["title"][0]
    assert "python -m torch.utils.collect_env" in query["body"][0] and kp.slug in query["body"][0]
    assert DEPLOY.site_for(lang) + f"{kp.area}/{kp.slug}/" in query["body"][0]
    path = f"notebooks/{lang}/{kp.slug}.ipynb"
    assert colab["href"] == f"https://colab.research.google.com/github/{DEPLOY.repo_name}/blob/main/{path}"
    assert (REPO_ROOT / path).is_file(), f"{path} is not committed (run `torchkb notebooks`)"


@pytest.mark.parametrize("kp", ERROR_KPS, ids=[kp.slug for kp in ERROR_KPS])
@pytest.mark.parametrize("lang", LANGS)
def test_the_fix_at_a_glance_comes_from_the_marked_lines(site_dir, kp, lang):
    fix_sections = sections(kp.dir / "fix.py")
    if "fix" not in fix_sections:
        pytest.skip(f"{kp.slug}/fix.py marks no fix section yet")
    page = parse(site_dir, kp.url(lang))
    glance = page.select_one("article .torchkb-glance")
    assert glance is not None, "no 'fix at a glance'"
    # After the summary paragraph, before the first section.
    assert glance.find_previous_sibling("h2") is None
    blocks = [pre.get_text() for pre in glance.select("pre")]
    expected = []
    for file, name in (("repro.py", "cause"), ("fix.py", "fix")):
        found = sections(kp.dir / file)
        if name in found:
            first, last = found[name]
            lines = (kp.dir / file).read_text(encoding="utf-8").splitlines()[first - 1:last]
            indent = min(len(x) - len(x.lstrip()) for x in lines if x.strip())
            expected.append("\n".join(x[indent:] for x in lines))
    assert [b.rstrip("\n") for b in blocks] == expected
    more = glance.select_one("a[href='#fix']")
    assert more is not None and page.find(id="fix") is not None


@pytest.mark.parametrize("kp", ERROR_KPS, ids=[kp.slug for kp in ERROR_KPS])
@pytest.mark.parametrize("lang", LANGS)
def test_version_notes_start_with_this_build(site_dir, kp, lang):
    page = parse(site_dir, kp.url(lang))
    heading = page.find("h2", id="version-notes")
    assert heading is not None, "no Version notes section"
    table = heading.find_next_sibling(class_="torchkb-versions")
    if table is None:
        sentence = {"en": "Not run on other torch releases yet.", "zh": "尚未在其他 torch 版本上运行。"}[lang]
        assert sentence in heading.find_next_sibling("p").get_text()
        return
    first_row = table.select("tbody tr")[0].get_text(" ", strip=True)
    assert report()["environment"]["torch"] in first_row
    # Each other wording the harness captured is listed under the table, cited or not.
    from torchkb.matching.signatures import release_wordings
    from torchkb.verification.releases import load_releases
    captured = release_wordings(kp, load_releases())
    intro = {"en": "Other wordings our harness captured:", "zh": "验证工具捕获到的其他措辞："}[lang]
    listed = table.find_next_sibling(class_="torchkb-captured")
    if not captured:
        assert listed is None
        return
    assert listed is not None and intro in listed.p.get_text()
    items = listed.select("ul > li")
    assert len(items) == len(captured)
    for item, wording in zip(items, captured):
        assert wording["message"][:40] in html.unescape(item.get_text())


@pytest.mark.parametrize("kp", KPS, ids=[kp.slug for kp in KPS])
def test_both_languages_share_section_ids(site_dir, kp):
    """So the language switch keeps #fix, #cause... (the Chinese headings get the English ids)."""
    ids = {lang: [h["id"] for h in parse(site_dir, kp.url(lang)).select("article h2[id]")] for lang in LANGS}
    standard = {"symptom", "cause", "reproduce", "fix", "why-it-works", "version-notes", "references",
                "summary", "example", "pitfalls"}
    assert [i for i in ids["en"] if i in standard] == [i for i in ids["zh"] if i in standard]
    if kp.kind != "recipe":
        assert {"symptom", "cause", "reproduce", "fix", "references"} <= set(ids["zh"]), ids["zh"]


@pytest.mark.parametrize("kp", KPS, ids=[kp.slug for kp in KPS])
@pytest.mark.parametrize("lang", LANGS)
def test_kp_page_edit_link_date_tags_below_and_footer(site_dir, kp, lang):
    page = parse(site_dir, kp.url(lang))
    edit = page.select_one("a.md-content__button[href*='/edit/']")
    if DEPLOY.repo_url:
        assert edit is not None, "no 'edit this page' link"
        assert edit["href"] == f"{DEPLOY.repo_url}/edit/main/docs/{lang}/{kp.area}/{kp.slug}.md"
    else:
        assert edit is None
    assert page.select_one(".md-source-file"), "no last-updated date"
    if kp.tags:
        tags = page.select_one("article .torchkb-tags")
        assert tags is not None, "the tags are not below the page"
        shown = {t.get_text(strip=True) for t in tags.select(".md-tag")}
        assert set(kp.tags) <= shown, f"tags {set(kp.tags) - shown} missing"
        assert not page.select("article > .md-tags"), "tags still above the page"
    footer = page.select(".md-footer__link")
    assert footer, "no previous/next links"
    for a in footer:
        assert (site_dir / kp.url(lang).lstrip("/") / a["href"] / "index.html").resolve().is_file()


def chinese_text_nodes(page: BeautifulSoup):
    article = page.select_one("article") or page
    for text in article.find_all(string=True):
        if text.find_parent(["pre", "code", "script", "style"]) is None:
            yield str(text)


# Two Chinese characters (or Chinese punctuation) with white space between them.
CJK_GAP = re.compile(r"[\u4e00-\u9fff\uff0c\u3002\uff1a\uff1b\uff01\uff1f\u3001\uff09\u201d]\s+[\u4e00-\u9fff\uff08\u201c]")


def test_no_line_break_spaces_between_chinese_characters(site_dir):
    found = []
    for path in sorted((site_dir / "zh").rglob("index.html")):
        if "notebook" in path.parts:
            continue  # a notebook's text is its cells'
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for text in chinese_text_nodes(page):
            for m in CJK_GAP.finditer(text):
                found.append(f"{path.relative_to(site_dir)}: {text[max(0, m.start() - 10):m.end() + 10]!r}")
    assert not found, "spaces between Chinese characters:\n" + "\n".join(found[:30])


@pytest.mark.parametrize("lang", LANGS)
def test_nav_has_every_area_section_overview_and_kp(site_dir, lang):
    page = parse(site_dir, lang_root(lang))
    nav = page.select_one("nav.md-nav--primary")
    labels = {el.get_text(" ", strip=True) for el in nav.select("label.md-nav__link, .md-nav__link")}
    hrefs = {a.get("href", "").rstrip("/") for a in nav.select("a")}
    for area in {kp.area for kp in KPS}:
        assert AREA_TITLES[area][lang] in labels, f"no nav section {AREA_TITLES[area][lang]!r}"
        assert area in hrefs, f"no overview page for {area}"
    for kp in KPS:
        assert f"{kp.area}/{kp.slug}" in hrefs, f"{kp.slug} is not in the {lang} navigation"
    for top in ("errors", "tags", "explain", "verification"):
        assert top in hrefs


@pytest.mark.parametrize("lang", LANGS)
def test_area_overview_pages_list_their_pages(site_dir, lang):
    for area in AREAS:
        members = [kp for kp in KPS if kp.area == area]
        if not members:
            continue
        page = parse(site_dir, f"{lang_root(lang)}{area}/")
        links = {a["href"].rstrip("/") for a in page.select("article li a")}
        assert {kp.slug for kp in members} <= links, f"{area} overview misses pages"


def meta_description(page: BeautifulSoup) -> str:
    tag = page.find("meta", attrs={"name": "description"})
    return tag["content"] if tag else ""


@pytest.mark.parametrize("kp", KPS, ids=[kp.slug for kp in KPS])
@pytest.mark.parametrize("lang", LANGS)
def test_description_is_the_first_paragraph(site_dir, kp, lang):
    page = parse(site_dir, kp.url(lang))
    source = kp.page(REPO_ROOT / "docs", lang).read_text(encoding="utf-8")
    expected = first_paragraph(typeset_chinese(source) if lang == "zh" else source)
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
def test_error_index_has_one_row_per_page(site_dir, lang):
    page = parse(site_dir, lang_root(lang) + "errors/")
    rows = page.select("#torchkb-errors table tbody tr")
    assert len(rows) == len(ERROR_KPS)
    by_slug = {kp.slug: kp for kp in ERROR_KPS}
    for row in rows:
        kp = by_slug[row["data-slug"]]
        cells = row.find_all("td")
        assert len(cells) == 3
        link = cells[0].find("a")
        assert (site_dir / lang_root(lang).lstrip("/") / "errors" / link["href"] / "index.html").resolve() == \
               (site_dir / kp.url(lang).lstrip("/") / "index.html").resolve()
        # The title the navigation shows (the page's H1).
        h1 = " ".join(parse(site_dir, kp.url(lang)).select_one("article h1").get_text().split()).rstrip("¶ ")
        assert " ".join(link.get_text().split()) == h1
        errors = cells[0].select("li")
        assert errors and len(errors) <= len(kp.expectations)
        types = {e.select("code")[0].get_text(strip=True) for e in errors}
        assert types <= {e.type for e in kp.expectations}
        status = cells[2].get_text(strip=True)
        assert status
        if lang == "zh":
            assert not re.search(r"requires|this machine", status), f"English status on the Chinese index: {status}"
    box = page.select_one(".torchkb-filter")
    assert box.find("input", id="torchkb-filter-input") and box.find("label", attrs={"for": "torchkb-filter-input"})
    assert page.select_one("#torchkb-filter-empty") is not None
    scripts = [s["src"] for s in page.find_all("script", src=True)]
    assert any(s.endswith("assets/torchkb-site/errors.js") for s in scripts)


@pytest.mark.parametrize("kp", ERROR_KPS, ids=[kp.slug for kp in ERROR_KPS])
def test_error_index_shows_the_captured_message(site_dir, kp):
    from torchkb.site.errorindex import captured_message

    row = parse(site_dir, "/errors/").select_one(f"#torchkb-errors tr[data-slug='{kp.slug}']")
    text = " ".join(html.unescape(row.get_text(" ")).split())
    for snippet in kp.snippets:
        if snippet.role == "repro" and snippet.golden.is_file():
            message = captured_message(snippet)
            assert message, f"{snippet.id}: no {snippet.expectation.type} message in {snippet.golden.name}"
            start = " ".join(message.split())[:60]
            assert start in text, f"error index row of {kp.slug} does not show {start!r}"


def test_error_index_release_menu_agrees_with_the_release_data(site_dir):
    """Each row lists the releases whose current records show a reproducer raising; the menu offers
    exactly the releases with data, plus this build's."""
    records = {}
    for path in sorted((REPO_ROOT / "releases").glob("torch-*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["device"] == "cpu":
            records[data["release"]] = data["records"]
    hashes = {}
    from torchkb.verification.releases import snippet_hash
    for kp in ERROR_KPS:
        for snippet in kp.snippets:
            hashes[snippet.id] = snippet_hash(snippet)
    report = json.loads((REPO_ROOT / "build" / "verify.json").read_text(encoding="utf-8"))
    this_build = report["environment"]["torch"]
    for lang in LANGS:
        page = parse(site_dir, lang_root(lang) + "errors/")
        options = [o["value"] for o in page.select("#torchkb-release-select option")]
        assert options[0] == "" and set(options[1:]) == set(records) | {this_build}
        for kp in ERROR_KPS:
            row = page.select_one(f"#torchkb-errors tr[data-slug='{kp.slug}']")
            listed = set(row["data-releases"].split())
            for release, recs in records.items():
                raised = any(recs.get(s.id, {}).get("outcome") in ("raised", "other-wording")
                             and recs[s.id]["hash"] == hashes[s.id]
                             for s in kp.snippets if s.role == "repro")
                assert (release in listed) == raised, f"{kp.slug} on {release}: menu {sorted(listed)}"
    # The weights_only default arrived in 2.6: its page applies from there on, not before.
    row = parse(site_dir, "/errors/").select_one("#torchkb-errors tr[data-slug='weights-only-load-failed']")
    assert {"2.6.0", "2.14.1"} <= set(row["data-releases"].split()) and "2.4.1" not in row["data-releases"]


def test_home_pages_paste_box_first_and_area_cards(site_dir):
    for lang in LANGS:
        page = parse(site_dir, lang_root(lang))
        article = page.select_one("article")
        box = article.select_one(".torchkb-explain")
        assert box is not None and box.select_one("textarea#error-input") is not None
        assert box.find_previous("h2") is None, "the paste box is not the first thing on the home page"
        cards = article.select(".grid.cards a")
        assert {a["href"].rstrip("/").split("/")[0] for a in cards} == {kp.area for kp in KPS}
        hrefs = {a["href"] for a in article.select("a")}
        assert "errors/" in hrefs and "verification/" in hrefs
        assert not any(h.startswith(("tensors/", "autograd/", "nn/")) and h.count("/") > 1 for h in hrefs), \
            "the home page lists knowledge points by hand; the navigation and the area pages do that"


@pytest.mark.parametrize("lang", LANGS)
def test_404_page(site_dir, lang):
    path = site_dir / lang_root(lang).lstrip("/") / "404.html"
    page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    h1 = page.select_one("article h1").get_text(strip=True)
    assert h1 == {"en": "404: page not found", "zh": "404：页面不存在"}[lang]
    hrefs = [unquote(a["href"]) for a in page.select("article a")]
    home = urlsplit(DEPLOY.site_for(lang)).path
    assert home in hrefs and home + "explain/" in hrefs and home + "errors/" in hrefs
    other = page.select_one("article [lang]")
    assert other is not None and other["lang"] == ("en" if lang == "zh" else "zh")


@pytest.mark.parametrize("lang", LANGS)
def test_canonical_url_is_the_deployed_page(site_dir, lang):
    for kp in KPS[:5]:
        canonical = parse(site_dir, kp.url(lang)).find("link", rel="canonical")["href"]
        assert canonical == DEPLOY.site_for(lang) + f"{kp.area}/{kp.slug}/"


def test_one_sitemap_with_hreflang_for_both_languages(site_dir):
    text = (site_dir / "sitemap.xml").read_text(encoding="utf-8")
    assert not (site_dir / "zh" / "sitemap.xml").exists(), "a second sitemap"
    entries = re.findall(r"<url><loc>([^<]+)</loc>.*?</url>", text)
    for kp in KPS:
        for lang in LANGS:
            url = DEPLOY.site_for(lang) + f"{kp.area}/{kp.slug}/"
            assert url in entries, f"{url} is not in the sitemap"
            block = re.search(rf"<url><loc>{re.escape(url)}</loc>.*?</url>", text).group(0)
            assert f'hreflang="en" href="{DEPLOY.site_for("en")}{kp.area}/{kp.slug}/"' in block
            assert f'hreflang="zh-Hans" href="{DEPLOY.site_for("zh")}{kp.area}/{kp.slug}/"' in block
            assert f'hreflang="x-default" href="{DEPLOY.site_for("en")}{kp.area}/{kp.slug}/"' in block
    robots = (site_dir / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {DEPLOY.site_url}sitemap.xml" in robots


def test_no_generated_file_lands_in_docs():
    """Notebooks, area pages and the error index are generated into the build, never next to the pages."""
    for lang in LANGS:
        docs = REPO_ROOT / "docs" / lang
        assert not list(docs.rglob("*.ipynb"))
        assert not (docs / "errors.md").exists() and not (docs / "tags.md").exists()
        assert not [a for a in AREAS if (docs / a / "index.md").exists()]


@pytest.mark.parametrize("lang", LANGS)
def test_search_finds_the_page_not_its_notebook_nor_the_badge(site_dir, lang):
    index = json.loads((site_dir / lang_root(lang).lstrip("/") / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert not [loc for loc in locations if loc.endswith("/notebook/")]
    for kp in KPS:
        assert f"{kp.area}/{kp.slug}/" in locations, f"{kp.slug} is not in the {lang} search index"
    # The badge, its actions and the fix at a glance are excluded (data-search-exclude): a result's
    # preview is the page's summary.
    excluded = {"en": ("snippet(s) ran on torch", "doesn't reproduce for me", "The fix at a glance"),
                "zh": ("段代码于", "我这里复现不出来", "一眼看懂怎么改")}[lang]
    for doc in index["docs"]:
        assert not [w for w in excluded if w in doc["text"] or w in doc["title"]], doc["location"]


def test_no_terminal_escape_codes_in_any_page(site_dir):
    bad = [str(p.relative_to(site_dir)) for p in site_dir.rglob("*.html") if "\x1b" in p.read_text(encoding="utf-8")]
    assert not bad, f"raw ESC characters (ANSI colours) in {bad[:10]}"


@pytest.mark.parametrize("kp", KPS[:3] + ERROR_KPS[-2:], ids=[kp.slug for kp in KPS[:3] + ERROR_KPS[-2:]])
@pytest.mark.parametrize("lang", LANGS)
def test_notebook_page_has_download_colab_and_back(site_dir, kp, lang):
    page = parse(site_dir, kp.url(lang) + "notebook/")
    bar = page.select_one(".torchkb-notebook-bar")
    hrefs = [a["href"] for a in bar.select("a")]
    assert "../" in hrefs and f"../{kp.slug}.ipynb" in hrefs
    assert (site_dir / kp.url(lang).lstrip("/") / f"{kp.slug}.ipynb").is_file()
    colab = bar.select_one("a.torchkb-colab")
    assert (colab is not None) == (DEPLOY.repo_url is not None)
    # The navigation shows where the reader is: the notebook's page is the active entry.
    active = page.select("nav.md-nav--primary a.md-nav__link--active")
    assert [a["href"] for a in active] == ["../"], [a["href"] for a in active]  # ../ is the page
