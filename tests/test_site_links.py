"""Links of the built site: every internal link and anchor resolves, nothing is loaded from another
origin, and every external link is well-formed (CI has no internet, so form is what we can check).
The external links are listed in test-artifacts/external-links.txt for a person to review."""

import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

REPO_ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO_ROOT / "test-artifacts"
SITE_PATH = "/torchkb/"  # the path of site_url: 404 pages use absolute links under it
HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
pytestmark = pytest.mark.site


def html_pages(site_dir: Path) -> list[Path]:
    return sorted(p for p in site_dir.rglob("*.html"))


@lru_cache(maxsize=None)
def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


@lru_cache(maxsize=None)
def ids(path: Path) -> frozenset[str]:
    s = soup(path)
    return frozenset([t["id"] for t in s.find_all(id=True)] + [t["name"] for t in s.find_all("a", attrs={"name": True})])


def links(path: Path):
    """(attribute value, tag name) for every link-like attribute of the page."""
    for tag in soup(path).find_all(["a", "link", "script", "img", "iframe", "source", "form"]):
        for attr in ("href", "src", "action"):
            if tag.get(attr):
                yield tag[attr], tag.name


def page_url(site_dir: Path, path: Path) -> str:
    return "/" + path.relative_to(site_dir).as_posix()


def resolve(site_dir: Path, url: str) -> Path | None:
    """The file an absolute site path points at, or None."""
    local = unquote(urlsplit(url).path)
    target = site_dir / local.lstrip("/")
    if local.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


def test_every_internal_link_and_anchor_resolves(site_dir):
    broken = []
    for path in html_pages(site_dir):
        base = page_url(site_dir, path)
        for value, tag in links(path):
            split = urlsplit(value)
            if split.scheme or split.netloc:
                continue
            url = urljoin(base, value)
            if path.name == "404.html" and value.startswith(SITE_PATH):
                # served at any missing URL, so its links are absolute under the site's path
                url = "/" + value[len(SITE_PATH):]
            target = resolve(site_dir, url)
            if target is None:
                broken.append(f"{base}: {tag} -> {value} (no file)")
                continue
            fragment = unquote(urlsplit(url).fragment)
            if fragment and target.suffix == ".html" and fragment not in ids(target):
                broken.append(f"{base}: {tag} -> {value} (no id '{fragment}' in {target.relative_to(site_dir)})")
    assert not broken, "broken internal links:\n" + "\n".join(broken[:50])


def test_nothing_is_loaded_from_another_origin(site_dir):
    """Scripts, styles, images and frames all come from the site itself (no CDN, no fonts)."""
    foreign = []
    for path in html_pages(site_dir):
        for tag in soup(path).find_all(["script", "img", "iframe", "source", "link"]):
            if tag.name == "link" and not set(tag.get("rel", [])) & {"stylesheet", "preload", "modulepreload",
                                                                     "icon", "manifest", "prefetch"}:
                continue
            value = tag.get("src") or tag.get("href") or ""
            if urlsplit(value).scheme in ("http", "https") or value.startswith("//"):
                foreign.append(f"{page_url(site_dir, path)}: <{tag.name}> {value}")
        # Inline styles and scripts: CSS url()/@import, JS import() and fetches by absolute URL.
        for tag in soup(path).find_all(["style", "script"]):
            code = tag.string or ""
            for m in re.finditer(r"""(?:import\s*\(|@import|url\(|fetch\(|src\s*=)\s*["'`]?\s*(?:https?:)?//""", code):
                foreign.append(f"{page_url(site_dir, path)}: <{tag.name}> {code[m.start():m.start() + 80]!r}")
    assert not foreign, "loaded from another origin:\n" + "\n".join(foreign[:50])


def check_form(url: str) -> str | None:
    """Why url is malformed, or None."""
    if url != url.strip() or re.search(r"\s", url):
        return "contains whitespace"
    if re.search(r'["<>\\^`{|}]', url):
        return "contains a character that must be percent-encoded"
    split = urlsplit(url)
    if split.scheme == "mailto":
        return None if re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", split.path) else "bad mail address"
    if split.scheme != "https":
        return f"scheme {split.scheme or '(none)'} is not https"
    if not split.hostname or not HOST.match(split.hostname):
        return f"bad host {split.netloc!r}"
    if split.port or split.username or split.password:
        return "has a port or credentials"
    if "//" in split.path or "/./" in split.path or "/../" in split.path:
        return "has an odd path"
    if re.search(r"%(?![0-9A-Fa-f]{2})", url):
        return "has a bad percent escape"
    return None


def test_external_links_are_well_formed_and_listed(site_dir):
    seen: dict[str, set[str]] = defaultdict(set)
    for path in html_pages(site_dir):
        for value, tag in links(path):
            if urlsplit(value).scheme in ("http", "https", "mailto") or value.startswith("//"):
                seen[value].add(page_url(site_dir, path))
    ARTIFACTS.mkdir(exist_ok=True)
    with (ARTIFACTS / "external-links.txt").open("w", encoding="utf-8") as out:
        out.write(f"# {len(seen)} external links in {site_dir}; each with the number of pages and one of them\n")
        for url in sorted(seen):
            out.write(f"{url}\t{len(seen[url])}\t{sorted(seen[url])[0]}\n")
    bad = [f"{url}: {why} (on {sorted(seen[url])[0]})" for url in sorted(seen) if (why := check_form(url))]
    assert not bad, "malformed external links:\n" + "\n".join(bad)
    assert any(u.startswith("https://pytorch.org/docs/") for u in seen), "no link to the PyTorch docs at all?"


@pytest.mark.parametrize("url,problem", [
    ("https://pytorch.org/docs/stable/generated/torch.cat.html", None),
    ("https://github.com/o/r/issues/new?title=a%20b&body=x", None),
    ("http://pytorch.org/", "scheme"),
    ("https://pytorch .org/", "whitespace"),
    ("https://pytorch.org/a b", "whitespace"),
    ("https:/pytorch.org/docs", "host"),
    ("https://localhost/x", "host"),
    ("https://pytorch.org//docs", "path"),
    ("https://pytorch.org/%zz", "percent"),
    ("https://pytorch.org/<x>", "percent-encoded"),
])
def test_check_form_catches_typos(url, problem):
    why = check_form(url)
    assert (why is None) == (problem is None), why
    if problem:
        assert problem in why
