import os
import subprocess
import sys
from pathlib import Path

import pytest

from torchkb.verification.harness import ForkServer

REPO_ROOT = Path(__file__).resolve().parents[1]


def pytest_addoption(parser):
    parser.addoption("--update-goldens", action="store_true",
                     help="rewrite snippets/*/*.out from this run (like `torchkb verify --update`)")


@pytest.fixture(scope="session")
def fork_server():
    with ForkServer() as server:
        yield server


def build_site(site_dir: Path) -> Path:
    """verify + both MkDocs builds, the same steps as `make build`."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    bin_dir = Path(sys.executable).parent
    report = REPO_ROOT / "build" / "verify.json"
    subprocess.run([bin_dir / "torchkb", "verify", "--json", report], check=True, cwd=REPO_ROOT, env=env,
                   stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, "-m", "torchkb.site.build_both", site_dir, site_dir.parent / "site-zh"],
                   check=True, cwd=REPO_ROOT, env=env)
    return site_dir


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory) -> Path:
    """The built site: TORCHKB_SITE_DIR when `make test` built it already, else built here."""
    given = os.environ.get("TORCHKB_SITE_DIR")
    if given:
        path = Path(given).resolve()
        assert (path / "index.html").is_file() and (path / "zh" / "index.html").is_file(), \
            f"TORCHKB_SITE_DIR={given} holds no built site"
        return path
    return build_site(tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="session")
def site_url(site_dir):
    """The built site over real HTTP on 127.0.0.1 (a free port), for the browser tests."""
    import functools
    import http.server
    import threading

    handler = functools.partial(QuietHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


class QuietHandler(__import__("http.server").server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


CHROMIUM = "/usr/bin/chromium"
# Without these flags Chromium phones home at start; this machine's network refuses it.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser():
    """Real Chromium (Debian's) driven by Playwright."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium)")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    pg = context.new_page()
    yield pg
    context.close()


ARTIFACTS = REPO_ROOT / "test-artifacts"
