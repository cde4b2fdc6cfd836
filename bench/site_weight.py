"""What a reader downloads and how fast a pasted error gets an answer, on the built site in Chromium.

- the search index per language, raw and gzip (target: at most 600 KB gzip);
- a knowledge-point page's transfer weight without the search index (HTML, CSS, JS, fonts,
  images, signatures.json...; each response counted gzip-compressed, as a server would send it;
  target: at most 250 KB);
- the time from the last keystroke of a pasted traceback to the first result: the header search
  (Material's search worker) and the explain box (its matching worker), each measured in the page
  with performance.now() (target: at most 300 ms), median of several pastes.

Usage: python bench/site_weight.py [SITE_DIR]   (default: site/)
"""

from __future__ import annotations

import functools
import gzip
import http.server
import statistics
import sys
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
KB = 1024

PASTES = [
    """Traceback (most recent call last):
  File "train.py", line 57, in <module>
    output = model(images)
  File "/usr/lib/python3.10/site-packages/torch/nn/modules/module.py", line 1501, in _call_impl
    return forward_call(*args, **kwargs)
RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x2048 and 512x10)""",
    """  File "/home/u/project/main.py", line 12, in <module>
    loss.backward()
RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn""",
    "RuntimeError: Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!",
    "ValueError: Expected input batch_size (32) to match target batch_size (64).",
    "RuntimeError: stack expects each tensor to be equal size, but got [3, 224, 224] at entry 0 and [3, 256, 256] at entry 3",
]


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def gz(data: bytes) -> int:
    return len(gzip.compress(data, 6))


def main() -> None:
    site = Path(sys.argv[1] if len(sys.argv) > 1 else REPO / "site").resolve()
    for lang, sub in (("en", ""), ("zh", "zh")):
        data = (site / sub / "search" / "search_index.json").read_bytes()
        print(f"search index {lang}: {len(data) / KB:7.0f} KB raw, {gz(data) / KB:6.0f} KB gzip  (target <= 600 KB gzip)")

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        for lang, prefix in (("en", "/"), ("zh", "/zh/")):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            sizes: dict[str, int] = {}

            def count(response):
                url = response.url
                if "search_index.json" in url or not url.startswith(base):
                    return
                try:
                    sizes[url] = gz(response.body())
                except Exception:  # redirects and the like have no body
                    pass

            page.on("response", count)
            page.goto(base + prefix + "nn/mat1-mat2-shape-mismatch/", wait_until="networkidle")
            total = sum(sizes.values())
            print(f"knowledge-point page {lang}: {total / KB:6.0f} KB gzip in {len(sizes)} responses, "
                  f"without the search index  (target <= 250 KB)")

            # Header search: type the paste, time until Material has rendered the results.
            page.goto(base + prefix, wait_until="networkidle")
            header = []
            for text in PASTES:
                header.append(page.evaluate("""text => new Promise(resolve => {
                    const box = document.querySelector('input[data-md-component=search-query]');
                    const list = document.querySelector('.md-search-result__list');
                    const html = document.documentElement;
                    const before = html.getAttribute('data-torchkb-search-results');
                    box.value = ''; box.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true}));
                    setTimeout(() => {
                      const t0 = performance.now();
                      box.value = text;
                      box.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true}));
                      const poll = () => {
                        const now = html.getAttribute('data-torchkb-search-results');
                        if (now !== before && list.children.length) resolve(performance.now() - t0);
                        else setTimeout(poll, 2);
                      };
                      poll();
                    }, 300);
                  })""", text))
            # Explain box: fill the textarea, time until the list is rendered for that text.
            page.goto(base + prefix + "explain/", wait_until="networkidle")
            page.wait_for_selector("html[data-torchkb-signatures]", state="attached")
            explain = []
            for text in PASTES:
                explain.append(page.evaluate("""text => new Promise(resolve => {
                    const box = document.getElementById('error-input');
                    const list = document.getElementById('matches');
                    const before = list.getAttribute('data-renders');
                    const t0 = performance.now();
                    box.value = text;
                    box.dispatchEvent(new Event('input'));
                    const poll = () => {
                      if (list.getAttribute('data-renders') !== before) resolve(performance.now() - t0);
                      else setTimeout(poll, 2);
                    };
                    poll();
                  })""", text))
            print(f"paste -> first result, {lang}: header search median {statistics.median(header):.0f} ms "
                  f"(max {max(header):.0f}), explain box median {statistics.median(explain):.0f} ms "
                  f"(max {max(explain):.0f})  (target <= 300 ms)")
            context.close()
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main()
