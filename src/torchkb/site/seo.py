"""What search engines read besides the pages: one sitemap for both languages, and robots.txt.

MkDocs writes a sitemap per language build. After both builds, the two are merged into
site/sitemap.xml: every page in both languages, each entry naming its twin with hreflang
alternates (en, zh-Hans, and x-default = English), the form search engines accept for pages whose
<head> does not carry them. The pages themselves carry no <link rel="alternate" hreflang>:
Material's JavaScript fetches "sitemap.xml" relative to every such link (for its language switch),
which would be one request per page per language to a file that does not exist there; our
language switch links to the twin itself (partials/alternate.html). Each page has its canonical
URL (MkDocs, from site_url). robots.txt names the sitemap.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path
from xml.sax.saxutils import escape

from torchkb.site.deploy import Deployment

LOC = re.compile(r"<url>\s*<loc>([^<]+)</loc>(?:\s*<lastmod>([^<]+)</lastmod>)?", re.S)
HREFLANG = {"en": "en", "zh": "zh-Hans"}


def _entries(path: Path, base: str) -> dict[str, str]:
    """page path (relative to base) -> lastmod, from one MkDocs sitemap."""
    out = {}
    for loc, lastmod in LOC.findall(path.read_text(encoding="utf-8")):
        if loc.startswith(base):
            out[loc[len(base):]] = lastmod or ""
    return out


def merged_sitemap(en: dict[str, str], zh: dict[str, str], d: Deployment) -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">']
    for path in sorted(set(en) | set(zh)):
        twins = {lang: d.site_for(lang) + path for lang, pages in (("en", en), ("zh", zh)) if path in pages}
        links = [f'<xhtml:link rel="alternate" hreflang="{HREFLANG[lang]}" href="{escape(url)}"/>'
                 for lang, url in twins.items()]
        if len(twins) == 2:
            links.append(f'<xhtml:link rel="alternate" hreflang="x-default" href="{escape(twins["en"])}"/>')
        for lang, url in twins.items():
            lastmod = (en if lang == "en" else zh)[path]
            lines.append(f"<url><loc>{escape(url)}</loc>" + (f"<lastmod>{lastmod}</lastmod>" if lastmod else "")
                         + "".join(links) + "</url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def write_sitemap_and_robots(site: Path, d: Deployment) -> None:
    en = _entries(site / "sitemap.xml", d.site_for("en"))
    zh = _entries(site / "zh" / "sitemap.xml", d.site_for("zh"))
    text = merged_sitemap(en, zh, d)
    (site / "sitemap.xml").write_text(text, encoding="utf-8")
    with gzip.open(site / "sitemap.xml.gz", "wt", encoding="utf-8") as fh:
        fh.write(text)
    for name in ("sitemap.xml", "sitemap.xml.gz"):
        (site / "zh" / name).unlink(missing_ok=True)
    (site / "robots.txt").write_text(f"User-agent: *\nAllow: /\n\nSitemap: {d.site_url}sitemap.xml\n",
                                     encoding="utf-8")
