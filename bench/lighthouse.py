"""Lighthouse (npm `lighthouse`, pinned in package.json) with Debian's Chromium, headless, on the
home page and a knowledge-point page in both languages: performance, accessibility, best
practices and SEO (target: each at least 95). The desktop preset; the site is served on
127.0.0.1:8000, the address a local build is made for (so its canonical URLs are this site's),
gzip-compressed as a static host serves it.
Failed audits are listed under each score that misses the target.

Usage: python bench/lighthouse.py [SITE_DIR]   (default: site/, as `make bench` builds it)
"""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LIGHTHOUSE = REPO / "node_modules" / ".bin" / "lighthouse"
PORT = 8000
PAGES = ["/", "/nn/mat1-mat2-shape-mismatch/", "/zh/", "/zh/nn/mat1-mat2-shape-mismatch/"]
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
                "--disable-background-networking --disable-component-update --disable-sync")


class Gzipped(http.server.SimpleHTTPRequestHandler):
    """Serves files gzip-compressed when the browser accepts it, as GitHub Pages (or any static
    host) does; Python's plain server sends them raw, which a throttled Lighthouse run would count
    as a slow network, not as this site."""

    def log_message(self, *args):
        pass

    def do_GET(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().do_GET()  # the redirect to the folder's URL
            path = path / "index.html"
        if "gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file():
            return super().do_GET()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def main() -> int:
    site = Path(sys.argv[1] if len(sys.argv) > 1 else REPO / "site").resolve()
    if not LIGHTHOUSE.exists():
        print(f"{LIGHTHOUSE} is missing: run `make browser` (npm ci)", file=sys.stderr)
        return 1
    try:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", PORT), functools.partial(Gzipped, directory=str(site)))
    except OSError as exc:
        print(f"cannot serve on 127.0.0.1:{PORT} ({exc}); stop `make serve` first", file=sys.stderr)
        return 1
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        for path in PAGES:
            with tempfile.TemporaryDirectory() as tmp:
                out = Path(tmp) / "report.json"
                subprocess.run([str(LIGHTHOUSE), f"http://127.0.0.1:{PORT}{path}", "--quiet", "--preset=desktop",
                                "--output=json", f"--output-path={out}", "--chrome-path=/usr/bin/chromium",
                                f"--chrome-flags={CHROME_FLAGS}", f"--only-categories={','.join(CATEGORIES)}"],
                               check=True, timeout=600)
                report = json.loads(out.read_text(encoding="utf-8"))
            scores = {c: round(100 * (report["categories"][c]["score"] or 0)) for c in CATEGORIES}
            print(f"lighthouse {path}: " + ", ".join(f"{c} {s}" for c, s in scores.items()) + "  (target >= 95 each)")
            for c, s in scores.items():
                if s < 95:
                    refs = report["categories"][c]["auditRefs"]
                    failed = [r["id"] for r in refs if r.get("weight") and
                              (report["audits"][r["id"]].get("score") is not None) and report["audits"][r["id"]]["score"] < 0.9]
                    print(f"    {c} below target: {', '.join(failed)}")
    finally:
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
