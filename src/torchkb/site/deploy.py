"""Where the site is served and which repository it comes from, decided at build time.

The Pages workflow knows both and passes them in (TORCHKB_SITE_URL: the Pages URL;
TORCHKB_REPO_URL: https://github.com/<owner>/<repo>). Without them the site is built for
http://127.0.0.1:8000/ (what `make serve` serves), and the repository is the checkout's GitHub
`origin` when it has one; otherwise there is none, and the links that need one (edit this page,
"this doesn't reproduce for me", "ask for this error", Open in Colab) are left out rather than
pointing somewhere that does not exist.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from torchkb import REPO_ROOT

LOCAL_SITE_URL = "http://127.0.0.1:8000/"
GITHUB_RE = re.compile(r"^(?:https://github\.com/|git@github\.com:|ssh://git@github\.com/)([\w.-]+)/([\w.-]+?)(?:\.git)?/?$")


class DeployError(ValueError):
    pass


@dataclass(frozen=True)
class Deployment:
    site_url: str             # ends with "/": the English site; Chinese is site_url + "zh/"
    repo_url: str | None      # https://github.com/<owner>/<repo>, or None
    branch: str = "main"

    @property
    def repo_name(self) -> str | None:
        return self.repo_url.removeprefix("https://github.com/") if self.repo_url else None

    def site_for(self, lang: str) -> str:
        return self.site_url + ("zh/" if lang == "zh" else "")


def _git_origin(root: Path) -> str | None:
    try:
        out = subprocess.run(["git", "-C", str(root), "remote", "get-url", "origin"], capture_output=True,
                             text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def github_repo_url(url: str | None) -> str | None:
    """https://github.com/<owner>/<repo> for a GitHub remote URL, else None."""
    m = GITHUB_RE.match(url or "")
    return f"https://github.com/{m.group(1)}/{m.group(2)}" if m else None


def current(root: Path = REPO_ROOT, environ: dict | None = None) -> Deployment:
    env = os.environ if environ is None else environ
    site_url = env.get("TORCHKB_SITE_URL") or LOCAL_SITE_URL
    if not re.match(r"^https?://[^/\s]+(/\S*)?$", site_url):
        raise DeployError(f"TORCHKB_SITE_URL={site_url!r} is not an http(s) URL")
    site_url = site_url.rstrip("/") + "/"
    given = env.get("TORCHKB_REPO_URL")
    if given:
        repo_url = github_repo_url(given)
        if repo_url is None:
            raise DeployError(f"TORCHKB_REPO_URL={given!r} is not a GitHub repository URL "
                              "(https://github.com/<owner>/<repo>)")
    else:
        repo_url = github_repo_url(_git_origin(root))
    return Deployment(site_url=site_url, repo_url=repo_url, branch=env.get("TORCHKB_BRANCH") or "main")
