"""MkDocs hooks: add the verification stamp to knowledge-point pages.

Loaded by mkdocs.base.yml (`hooks:`). Knowledge-point pages are found by their file name: a
page docs/<lang>/<area>/<slug>.md belongs to snippets/<slug>/.
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.exceptions import PluginError

from torchkb.stamp import StampError, load_report, stamp_markdown

REPO_ROOT = Path(__file__).resolve().parents[2]
REPORT = Path(os.environ.get("TORCHKB_VERIFY_JSON", REPO_ROOT / "build" / "verify.json"))

_report: dict | None = None


def on_config(config, **kwargs):
    global _report
    _report = None
    return config


def _kp_slug(page) -> str | None:
    src = Path(page.file.src_uri)
    if src.suffix != ".md" or len(src.parts) != 2:
        return None
    slug = src.stem
    return slug if (REPO_ROOT / "snippets" / slug / "kp.toml").is_file() else None


def on_page_markdown(markdown, page, config, files, **kwargs):
    global _report
    slug = _kp_slug(page)
    if slug is None:
        return markdown
    try:
        if _report is None:
            _report = load_report(REPORT)
        stamp = stamp_markdown(_report, slug, config.theme["language"])
    except StampError as exc:
        raise PluginError(str(exc)) from None
    # After the title, so a reader sees at once whether the page was verified.
    lines = markdown.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("# "):
            return "\n".join(lines[: i + 1] + ["", stamp] + lines[i + 1 :])
    return stamp + "\n" + markdown
