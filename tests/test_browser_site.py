"""The built site in real Chromium (Playwright), over HTTP, in both languages.

- no request leaves the site's origin on any page, and no page throws a JavaScript error;
- at 390x844 (a phone) no page scrolls sideways;
- the language switch lands on the twin page;
- the copy button copies exactly the snippet file's text;
- axe-core (npm, pinned in package-lock.json) finds no serious or critical violation;
- screenshots of each page type, both languages, desktop and phone, in test-artifacts/screenshots/.
"""

import functools
import http.server
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from torchkb.verification.harness import REPO_ROOT
from torchkb.kp import SECTION_MARK, load_all

KPS = load_all(REPO_ROOT)
LANGS = ("en", "zh")
ARTIFACTS = REPO_ROOT / "test-artifacts"
SHOTS = ARTIFACTS / "screenshots"
AXE = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
pytestmark = pytest.mark.browser


def prefix(lang: str) -> str:
    return "/zh/" if lang == "zh" else "/"


def first(kind: str):
    preferred = {"error": "cat-vs-stack", "recipe": "creating-tensors"}[kind]
    kps = [kp for kp in KPS if (kp.kind == "recipe") == (kind == "recipe")]
    return next((kp for kp in kps if kp.slug == preferred), kps[0] if kps else None)


def page_types() -> dict[str, str | None]:
    """Page type -> path under the language prefix (None: not on this site yet)."""
    error, recipe = first("error"), first("recipe")
    has_explain = (REPO_ROOT / "docs" / "en" / "explain.md").is_file()
    return {
        "home": "",
        "error": f"{error.area}/{error.slug}/" if error else None,
        "recipe": f"{recipe.area}/{recipe.slug}/" if recipe else None,
        "notebook": f"{recipe.area}/{recipe.slug}/notebook/" if recipe else None,
        "errors": "errors/",
        # Issue 4 builds the explain page; covered here as soon as it exists.
        "explain": "explain/" if has_explain else None,
        "tags": "tags/",
    }


TYPES = page_types()
CASES = [(lang, name) for lang in LANGS for name in TYPES]


def all_pages(site_dir: Path) -> list[str]:
    return sorted("/" + p.relative_to(site_dir).as_posix().removesuffix("index.html")
                  for p in site_dir.rglob("index.html"))


def same_origin(url: str, origin: str) -> bool:
    if url.startswith(("data:", "blob:", "about:")):
        return True
    s = urlsplit(url)
    return f"{s.scheme}://{s.netloc}" == origin


@pytest.fixture(scope="module")
def phone(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    yield context
    context.close()


def test_every_page_stays_on_its_origin_and_fits_a_phone(site_dir, site_url, phone):
    """All built pages, both languages: every request goes to the site itself, no JavaScript
    error, and nothing makes the page wider than a 390 px phone screen."""
    origin = site_url
    foreign, js_errors, too_wide = [], [], []
    current = {"url": ""}
    phone.on("request", lambda req: foreign.append(f"{current['url']}: {req.url}")
             if not same_origin(req.url, origin) else None)
    page = phone.new_page()
    page.on("pageerror", lambda exc: js_errors.append(f"{current['url']}: {exc}"))
    pages = all_pages(site_dir)
    assert len(pages) > 2 * len(KPS)
    for path in pages:
        current["url"] = path
        response = page.goto(site_url + path, wait_until="load")
        assert response.ok, f"{path}: HTTP {response.status}"
        width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        if width[0] > width[1]:
            too_wide.append(f"{path}: {width[0]} px wide at {width[1]} px")
    page.wait_for_timeout(300)  # late requests (search worker, prefetch)
    page.close()
    assert not foreign, "requests that left the site:\n" + "\n".join(foreign[:30])
    assert not js_errors, "JavaScript errors:\n" + "\n".join(js_errors[:30])
    assert not too_wide, "pages that scroll sideways on a phone:\n" + "\n".join(too_wide)


@pytest.mark.parametrize("lang,name", CASES)
def test_language_switch_lands_on_the_twin(browser, site_url, lang, name):
    path = TYPES[name]
    if path is None:
        pytest.skip(f"no {name} page on this site yet")
    other = "zh" if lang == "en" else "en"
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(site_url + prefix(lang) + path)
    page.hover(".md-header__option .md-select")
    link = page.locator(f".md-select__link[hreflang='{other}']")
    link.wait_for(state="visible")
    with page.expect_navigation():
        link.click()
    assert urlsplit(page.url).path == prefix(other) + path
    assert page.locator("html").get_attribute("lang").startswith(other)
    context.close()


# The full listings of the snippet files (not the excerpts of "the fix at a glance").
LISTING = "article .highlight:not(.torchkb-glance *)"


def code_blocks_with_titles(page) -> list[tuple[str, int]]:
    names = page.eval_on_selector_all(
        f"{LISTING} > .filename", "els => els.map(e => e.textContent.trim())")
    return [(name, i) for i, name in enumerate(names)]


@pytest.mark.parametrize("lang", LANGS)
def test_copy_button_copies_the_snippet_file(browser, site_url, lang):
    kp = first("error")
    context = browser.new_context(viewport=DESKTOP)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url)
    page = context.new_page()
    page.goto(site_url + kp.url(lang))
    blocks = code_blocks_with_titles(page)
    assert {s.name for s in kp.snippets} <= {name for name, _ in blocks}
    for name, index in blocks:
        block = page.locator(f"{LISTING}:has(> .filename)").nth(index)
        block.hover()
        # Material 9.6+ puts it in nav.md-code__nav (older releases: button.md-clipboard)
        block.locator("button.md-code__button[data-clipboard-target], button.md-clipboard").first.click()
        copied = page.evaluate("navigator.clipboard.readText()")
        on_disk = (kp.dir / name).read_text(encoding="utf-8")
        # The page shows the file without the "fix at a glance" marker lines, and the highlighter
        # drops its final newline; every other character must be the same.
        shown = "\n".join(line for line in on_disk.splitlines() if not SECTION_MARK.search(line))
        assert copied.rstrip("\n") == shown.rstrip("\n"), f"copy button of {name} copied something else"
    context.close()


def shoot(page, lang: str, name: str, size: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"{lang}-{name}-{size}.png", full_page=True)


@pytest.mark.skipif(not AXE.is_file(), reason="node_modules/axe-core is missing: run `make browser`")
@pytest.mark.parametrize("lang,name", CASES)
def test_accessibility_and_screenshots(browser, site_url, lang, name):
    path = TYPES[name]
    if path is None:
        pytest.skip(f"no {name} page on this site yet")
    url = site_url + prefix(lang) + path
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(url)
    shoot(page, lang, name, "desktop")
    if name in ("home", "error", "recipe", "notebook", "errors", "explain", "tags"):
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        bad = [v for v in result["violations"] if v["impact"] in ("serious", "critical")]
        details = "\n".join(
            f"{v['impact']} {v['id']}: {v['help']} -- {[n['target'] for n in v['nodes']][:5]}" for v in bad)
        assert not bad, f"axe-core on {url}:\n{details}"
    context.close()

    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(url)
    width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    shoot(page, lang, name, "phone")
    assert width[0] <= width[1], f"{url} is {width[0]} px wide on a {width[1]} px phone"
    context.close()


class GitHubPagesHandler(http.server.SimpleHTTPRequestHandler):
    """The site under /torchkb/ (its site_url path), with 404.html for a missing path."""

    def log_message(self, *args):
        pass

    def translate_path(self, path):
        return super().translate_path("/" + path[len("/torchkb/"):] if path.startswith("/torchkb/") else "/\0")

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def pages_url(site_dir):
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(GitHubPagesHandler, directory=str(site_dir)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.mark.parametrize("lang", LANGS)
def test_404_page(browser, pages_url, lang):
    """As GitHub Pages serves it: the English 404.html for any missing path, zh/404.html by name."""
    url = pages_url + ("/torchkb/zh/404.html" if lang == "zh" else "/torchkb/no/such/page/")
    failed = []
    for viewport, size in ((DESKTOP, "desktop"), (PHONE, "phone")):
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        page.on("response", lambda r: failed.append(r.url) if r.status >= 400 and r.url != url else None)
        page.goto(url)
        heading = page.locator("article h1").inner_text()
        assert heading == {"en": "404: page not found", "zh": "404：页面不存在"}[lang]
        width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1]
        shoot(page, lang, "404", size)
        home = page.locator("article a").filter(has_text={"en": "Home page", "zh": "返回首页"}[lang])
        with page.expect_navigation():
            home.click()
        assert urlsplit(page.url).path == ("/torchkb/zh/" if lang == "zh" else "/torchkb/")
        context.close()
    assert not failed, f"the 404 page loads missing files: {failed}"
