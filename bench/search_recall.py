"""How well a pasted error finds its page: `torchkb explain` and the site's header search.

Evaluation set: tests/data/real_errors.jsonl, real error texts as users pasted them in public
issues and forums, each labeled with the knowledge point it should find (`expected`) or with null
where we have no page. Only records whose knowledge point exists in snippets/ count for recall.

Prints, for explain (Python; the browser's match.js gives the same ranking, which the tests check,
and is run here too on the explain page) and for the header search (Material's lunr search on the
built site, driven in Chromium: the text is typed into the search box and the first results are
read from the page), in both languages:
- recall@1 and recall@3;
- explain's false-confident rate: the share of null texts whose best match still scores at least
  matching.CONFIDENT (0.8: a verified pattern found in the last exception line or in the text;
  fuzzy matches score at most 0.7, a pattern found only in an earlier exception 0.73-0.8).
Also, on the Chinese site's header search, recall@1 and recall@3 of
- the Chinese-word queries (tests/data/zh_queries.json, words separated by spaces), and
- the typed Chinese queries (tests/data/zh_typed_queries.json: typed as Chinese users type them,
  without spaces, often mixed with English; only those whose page exists in snippets/ count),
  with the queries that miss and what came first instead.

Usage: python bench/search_recall.py [SITE_DIR] [--zh-only]
  SITE_DIR: default site/, as `make bench` builds it; --zh-only: only the Chinese-query figures
"""

from __future__ import annotations

import datetime
import functools
import http.server
import json
import os
import platform
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from torchkb.matching import matcher as matching  # noqa: E402
from torchkb.kp import load_all  # noqa: E402
from torchkb.matching.signatures import build_signatures  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SEARCH_INPUT = "input[data-md-component=search-query]"


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(site: Path) -> tuple[str, http.server.ThreadingHTTPServer]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}", server


def recall(ranked: list[list[str]], expected: list[str]) -> tuple[float, float]:
    n = len(expected)
    at1 = sum(r[:1] == [e] for r, e in zip(ranked, expected)) / n
    at3 = sum(e in r[:3] for r, e in zip(ranked, expected)) / n
    return at1, at3


def header_search(page, url: str, texts: list[str], slug_of) -> list[list[str]]:
    page.goto(url)
    out, last = [], None
    for text in texts:
        for value in ([""] if text == last else []) + [text]:
            before = page.get_attribute("html", "data-torchkb-search-results")
            page.fill(SEARCH_INPUT, value)
            page.dispatch_event(SEARCH_INPUT, "keyup")
            page.wait_for_function(
                "b => { const v = document.documentElement.getAttribute('data-torchkb-search-results');"
                " return v !== null && v !== b; }", arg=before, timeout=20000)
        last = text
        hrefs = page.eval_on_selector_all(".md-search-result__list > li",
                                          "els => els.map(e => e.querySelector('a').href)")
        out.append([slug_of(urlsplit(h).path) for h in hrefs])
    return out


def explain_page(page, url: str, texts: list[str], slug_of) -> list[list[str]]:
    page.goto(url)
    page.wait_for_selector("html[data-torchkb-signatures]", state="attached", timeout=20000)
    out = []
    for text in texts:
        before = page.get_attribute("#matches", "data-renders")
        page.fill("#error-input", text)
        page.wait_for_function("b => document.getElementById('matches').getAttribute('data-renders') !== b",
                               arg=before)
        paths = page.eval_on_selector_all("#matches a", "els => els.map(a => new URL(a.href).pathname)")
        # Each result links its page and its fix (#fix): one entry per page, in order.
        out.append(list(dict.fromkeys(slug_of(p) for p in paths)))
    return out


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def typed_queries(have: set[str]) -> list[tuple[str, str]]:
    """(query, slug) of tests/data/zh_typed_queries.json whose page exists."""
    rows = json.loads((REPO / "tests/data/zh_typed_queries.json").read_text("utf-8"))
    return [(r["query"], r["slug"]) for r in rows if r["slug"] in have]


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    zh_only = "--zh-only" in sys.argv[1:]
    site = Path(args[0] if args else os.environ.get("TORCHKB_SITE_DIR", REPO / "site")).resolve()
    if not (site / "index.html").is_file() or not (site / "zh" / "index.html").is_file():
        print(f"no built site in {site}: run `make build` first", file=sys.stderr)
        return 2
    kps = load_all(REPO)
    have = {kp.slug for kp in kps}
    by_path = {kp.url(lang): kp.slug for kp in kps for lang in ("en", "zh")}

    def slug_of(path: str) -> str:
        return by_path.get(path, path)

    records = [json.loads(line) for line in (REPO / "tests/data/real_errors.jsonl").read_text("utf-8").splitlines()
               if line.strip()]
    found = [r for r in records if r["expected"] in have]
    nulls = [r for r in records if r["expected"] is None]
    texts = [r["text"] for r in found]
    expected = [r["expected"] for r in found]

    from playwright.sync_api import sync_playwright

    zh_queries = json.loads((REPO / "tests/data/zh_queries.json").read_text("utf-8"))
    zh_pairs = [(q, slug) for slug, qs in zh_queries.items() if slug in have for q in qs]
    typed = typed_queries(have)
    url, server = serve(site)
    results = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        version = browser.version
        for lang, root in (("en", f"{url}/"), ("zh", f"{url}/zh/")):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            if not zh_only:
                started = time.monotonic()
                results[("search", lang)] = header_search(page, root, texts, slug_of)
                results[("search-time", lang)] = time.monotonic() - started
                results[("explain", lang)] = explain_page(page, root + "explain/", texts, slug_of)
            if lang == "zh":
                results["zh-words"] = header_search(page, root, [q for q, _ in zh_pairs], slug_of)
                results["zh-typed"] = header_search(page, root, [q for q, _ in typed], slug_of)
            context.close()
        browser.close()
    server.shutdown()

    print(f"date: {datetime.date.today().isoformat()}; machine: {machine()}; Chromium {version}")
    zh_at1, zh_at3 = recall(results["zh-words"], [s for _, s in zh_pairs])
    print(f"Chinese-word queries on the zh site: {len(zh_pairs)} queries, first {zh_at1:.3f}, top 3 {zh_at3:.3f}")
    ty_at1, ty_at3 = recall(results["zh-typed"], [s for _, s in typed])
    ty_hits = sum(r[:1] == [s] for r, (_, s) in zip(results["zh-typed"], typed))
    print(f"typed Chinese queries on the zh site (header search): {len(typed)} queries whose page exists, "
          f"recall@1 {ty_at1:.3f} ({ty_hits}/{len(typed)})  recall@3 {ty_at3:.3f}")
    misses = [(q, s, r[:2]) for r, (q, s) in zip(results["zh-typed"], typed) if r[:1] != [s]]
    print(f"typed Chinese misses (query, expected, first two): {misses}")
    if zh_only:
        return 0

    index = matching.build_index(build_signatures(REPO)["signatures"])
    started = time.monotonic()
    py_ranked = [[m["slug"] for m in matching.match(t, index)] for t in texts]
    py_seconds = time.monotonic() - started
    confident = [r["id"] for r in nulls
                 if (m := matching.match(r["text"], index)) and m[0]["score"] >= matching.CONFIDENT]
    print(f"evaluation set: {len(records)} texts, {len(found)} whose knowledge point exists "
          f"({len(have)} knowledge points), {len(nulls)} with no page")
    at1, at3 = recall(py_ranked, expected)
    print(f"explain (torchkb explain, Python):  recall@1 {at1:.3f}  recall@3 {at3:.3f}  "
          f"({1000 * py_seconds / len(texts):.1f} ms per text)")
    for lang in ("en", "zh"):
        at1, at3 = recall(results[("explain", lang)], expected)
        # The page lists what the matcher ranked, except for a text with no exception line and no
        # confident match: there it shows the site search's results instead of word-overlap guesses.
        differ = [r["id"] for r, page_ranked, py in zip(found, results[("explain", lang)], py_ranked)
                  if page_ranked != py[:len(page_ranked)] or (py and not page_ranked)]
        print(f"explain page ({lang}, match.js in Chromium): recall@1 {at1:.3f}  recall@3 {at3:.3f}  "
              f"lists what Python ranks: {'yes' if not differ else 'not for ' + ', '.join(differ)}")
    for lang in ("en", "zh"):
        at1, at3 = recall(results[("search", lang)], expected)
        print(f"header search ({lang}, lunr in Chromium): recall@1 {at1:.3f}  recall@3 {at3:.3f}  "
              f"({1000 * results[('search-time', lang)] / len(texts):.0f} ms per query incl. typing)")
    print(f"explain false-confident rate (score >= {matching.CONFIDENT} on a text with no page): "
          f"{len(confident)}/{len(nulls)} = {len(confident) / max(len(nulls), 1):.3f}  {confident}")
    misses = [(r["id"], r["expected"], rk[:3]) for r, rk in zip(found, py_ranked) if rk[:1] != [r["expected"]]]
    print(f"explain misses: {misses}")
    for lang in ("en", "zh"):
        misses = [(r["id"], r["expected"], rk[:2]) for r, rk in zip(found, results[("search", lang)])
                  if rk[:1] != [r["expected"]]]
        print(f"header search misses ({lang}): {misses}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
