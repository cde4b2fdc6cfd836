"""The verification stamp shown on every knowledge-point page, from the harness JSON."""

from __future__ import annotations

import json
from pathlib import Path

from torchkb import REPO_ROOT


WORDS = {
    "en": {
        "verified": "Verified",
        "body": "{n} snippet(s) ran on torch {torch}, Python {python}, {device}, {date}: reproducers raised "
                "exactly the documented error and fixes passed their assertions.",
        "skipped": "Not verified in this build",
        "skip_body": "skipped on torch {torch}, Python {python}, {device}, {date}: {reason}. "
                     "The output shown is from the last run where it was verified.",
        "never_body": "skipped on torch {torch}, Python {python}, {device}, {date}: {reason}. "
                      "No output of these snippets has been captured yet: the messages quoted on this "
                      "page come from the linked reports.",
    },
    "zh": {
        "verified": "已验证",
        "body": "{n} 段代码于 {date} 在 torch {torch}、Python {python}、{device} 上运行：复现代码抛出了文中记录的错误，"
                "修复代码通过了其中的断言。",
        "skipped": "本次构建未验证",
        "skip_body": "在 torch {torch}、Python {python}、{device} 上跳过（{date}）：{reason}。"
                     "页面上的输出来自最近一次验证通过的运行。",
        "never_body": "在 torch {torch}、Python {python}、{device} 上跳过（{date}）：{reason}。"
                      "这些代码的输出还从未被捕获过，页面上引用的报错信息来自文中链接的用户报告。",
    },
}


class StampError(RuntimeError):
    pass


def load_report(path: Path) -> dict:
    if not path.is_file():
        raise StampError(f"{path} is missing: run `torchkb verify --json {path}` before building the site")
    return json.loads(path.read_text(encoding="utf-8"))


def has_captured_output(slug: str) -> bool:
    """Whether any snippet of slug has a .out file from an earlier verified run."""
    return any((REPO_ROOT / "snippets" / slug).glob("*.out"))


def stamp_markdown(report: dict, slug: str, lang: str) -> str:
    """An admonition for the page; raises StampError when any snippet of slug failed."""
    results = [r for r in report["results"] if r["slug"] == slug]
    if not results:
        raise StampError(f"no verification results for '{slug}' in the harness report")
    failed = [r for r in results if r["status"] == "fail"]
    if failed:
        details = "; ".join(f"{r['snippet']}: {r['reason'].splitlines()[0]}" for r in failed)
        raise StampError(f"knowledge point '{slug}' failed verification, its page must not build: {details}")
    env = report["environment"]
    words = WORDS[lang]
    fields = {
        "torch": env["torch"], "python": env["python"],
        "device": "CUDA" if env["device"] == "cuda" else "CPU",
        "date": env["timestamp"][:10], "n": len(results),
    }
    skipped = [r for r in results if r["status"] == "skip"]
    if skipped:
        reason = skipped[0]["reason"]
        body = words["skip_body"] if has_captured_output(slug) else words["never_body"]
        return (f'!!! warning "{words["skipped"]}"\n\n'
                f'    {body.format(reason=reason, **fields)}\n')
    return f'!!! success "{words["verified"]}"\n\n    {words["body"].format(**fields)}\n'
