"""The verification badge under each knowledge point's title, from the harness JSON of the build.

One line a reader takes in at a glance ("Verified · torch 2.13.0 · CPU · 2026-11-29"), with the
details on demand (a <details> element): what ran, what was skipped and why, which other torch
releases gave the same result, the GPU run, and the page's actions (notebook, download, Colab,
"this doesn't reproduce for me"). A knowledge point whose snippets failed does not build.

States: every snippet ran and passed ("Verified"); some were skipped, typically the CUDA-only
ones on a machine without a GPU ("Partly verified", naming what was not verified in this build);
none ran ("Not verified in this build").
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path

from torchkb import REPO_ROOT

WORDS = {
    "en": {
        "verified": "Verified",
        "partly": "Partly verified",
        "skipped": "Not verified in this build",
        "line": "torch {torch} · {device} · {date}",
        "partly_line": "{ran} of {n} snippets ran on torch {torch} · {device} · {date}",
        "body": "{n} snippet(s) ran on torch {torch}, Python {python}, {device}, {date}: reproducers raised "
                "exactly the documented error and fixes passed their assertions.",
        "partly_body": "{ran} of {n} snippets ran on torch {torch}, Python {python}, {device}, {date} and behaved "
                       "as documented. Not verified in this build: {skipped} ({reason}).",
        "skip_body": "Skipped on torch {torch}, Python {python}, {device}, {date}: {reason}. "
                     "The output shown is from the last run where it was verified.",
        "never_body": "Skipped on torch {torch}, Python {python}, {device}, {date}: {reason}. "
                      "No output of these snippets has been captured yet: the messages quoted on this "
                      "page come from the linked reports.",
        "gpu_yes": "Verified on a GPU: {gpu}, torch {torch}, {date}.",
        "gpu_stale": "Run on a GPU ({gpu}, torch {torch}, {date}), but not re-run since the snippets changed.",
        "gpu_no": "Not yet verified on a GPU.",
        "details": "Details",
    },
    "zh": {
        "verified": "已验证",
        "partly": "部分已验证",
        "skipped": "本次构建未验证",
        "line": "torch {torch} · {device} · {date}",
        "partly_line": "{n} 段代码中有 {ran} 段在 torch {torch} · {device} · {date} 上运行",
        "body": "{n} 段代码于 {date} 在 torch {torch}、Python {python}、{device} 上运行：复现代码抛出了文中记录的错误，"
                "修复代码通过了其中的断言。",
        "partly_body": "{n} 段代码中有 {ran} 段于 {date} 在 torch {torch}、Python {python}、{device} 上运行，"
                       "结果与文中一致。本次构建未验证：{skipped}（{reason}）。",
        "skip_body": "在 torch {torch}、Python {python}、{device} 上跳过（{date}）：{reason}。"
                     "页面上的输出来自最近一次验证通过的运行。",
        "never_body": "在 torch {torch}、Python {python}、{device} 上跳过（{date}）：{reason}。"
                      "这些代码的输出还从未被捕获过，页面上引用的报错信息来自文中链接的用户报告。",
        "gpu_yes": "已在 GPU 上验证：{gpu}，torch {torch}，{date}。",
        "gpu_stale": "曾在 GPU 上运行（{gpu}，torch {torch}，{date}），但代码改动后尚未重新运行。",
        "gpu_no": "尚未在 GPU 上验证。",
        "details": "详情",
    },
}


class StampError(RuntimeError):
    pass


# The harness gives its skip reasons in English; the Chinese pages say them in Chinese.
REASONS_ZH = [
    (re.compile(r"^requires a CUDA device; this machine has none$"), "需要 CUDA 设备，本次构建的机器没有"),
    (re.compile(r"^shows what happens without CUDA; this machine has a CUDA device$"),
     "演示的是没有 CUDA 时的情况，而本次构建的机器有 CUDA 设备"),
    (re.compile(r"^requires module '([^']+)', which is not installed$"), r"需要模块 \1，本机没有安装"),
    (re.compile(r"^requires the program '([^']+)', which is not installed$"), r"需要程序 \1，本机没有安装"),
]


def reason_text(reason: str, lang: str) -> str:
    if lang == "zh":
        for pattern, text in REASONS_ZH:
            if pattern.match(reason):
                return pattern.sub(text, reason)
    return reason


def load_report(path: Path) -> dict:
    if not path.is_file():
        raise StampError(f"{path} is missing: run `torchkb verify --json {path}` before building the site")
    return json.loads(path.read_text(encoding="utf-8"))


def has_captured_output(slug: str) -> bool:
    """Whether any snippet of slug has a .out file from an earlier verified run."""
    return any((REPO_ROOT / "snippets" / slug).glob("*.out"))


@dataclass(frozen=True)
class GpuRun:
    """What a GPU run of the CUDA-only snippets says for this page (from releases/*-cuda.json)."""
    state: str  # verified | stale | none
    gpu: str = ""
    torch: str = ""
    date: str = ""


@dataclass(frozen=True)
class Badge:
    state: str        # verified | partly | skipped
    title: str
    line: str
    body: str


def results_of(report: dict, slug: str) -> list[dict]:
    results = [r for r in report["results"] if r["slug"] == slug]
    if not results:
        raise StampError(f"no verification results for '{slug}' in the harness report")
    failed = [r for r in results if r["status"] == "fail"]
    if failed:
        details = "; ".join(f"{r['snippet']}: {r['reason'].splitlines()[0]}" for r in failed)
        raise StampError(f"knowledge point '{slug}' failed verification, its page must not build: {details}")
    return results


def badge(report: dict, slug: str, lang: str, gpu: GpuRun | None = None) -> Badge:
    """The badge's state and texts; raises StampError when any snippet of slug failed."""
    results = results_of(report, slug)
    env = report["environment"]
    words = WORDS[lang]
    ran = [r for r in results if r["status"] == "pass"]
    skipped = [r for r in results if r["status"] == "skip"]
    # The date of the oldest run behind these results (a cached pass keeps the date it ran).
    dates = [r.get("verified_at") or env["timestamp"] for r in ran] or [env["timestamp"]]
    fields = {
        "torch": env["torch"], "python": env["python"],
        "device": "CUDA" if env["device"] == "cuda" else "CPU",
        "date": min(dates)[:10], "n": len(results), "ran": len(ran),
    }
    gpu_text = ""
    if gpu is not None and skipped and all("CUDA" in r["reason"] for r in skipped):
        key = {"verified": "gpu_yes", "stale": "gpu_stale"}.get(gpu.state, "gpu_no")
        # Chinese sentences follow each other without a space.
        gpu_text = ("" if lang == "zh" else " ") + words[key].format(gpu=gpu.gpu, torch=gpu.torch, date=gpu.date)
    if not skipped:
        return Badge("verified", words["verified"], words["line"].format(**fields), words["body"].format(**fields))
    reason = reason_text(skipped[0]["reason"], lang)
    if ran:
        names = ", ".join(r["snippet"] for r in skipped)
        return Badge("partly", words["partly"], words["partly_line"].format(**fields),
                     words["partly_body"].format(skipped=names, reason=reason, **fields) + gpu_text)
    body = words["skip_body"] if has_captured_output(slug) else words["never_body"]
    return Badge("skipped", words["skipped"], words["line"].format(**fields),
                 body.format(reason=reason, **fields) + gpu_text)


ICONS = {"verified": "✓", "partly": "◐", "skipped": "!"}


def badge_html(b: Badge, lang: str, *, releases_line: str = "", releases_more: str = "", actions: str = "") -> str:
    """The badge as an HTML block for the Markdown page, kept out of the search index."""
    esc = html.escape
    summary = (f'<span class="torchkb-badge__state">{ICONS[b.state]} {esc(b.title)}</span> '
               f'<span class="torchkb-badge__line">{esc(b.line)}</span>')
    if releases_line:
        summary += f' <span class="torchkb-badge__releases">· {esc(releases_line)}</span>'
    parts = [f'<p>{esc(b.body)}</p>']
    if releases_more:
        parts.append(releases_more)
    if actions:
        parts.append(f'<p class="torchkb-actions">{actions}</p>')
    return (f'<details class="torchkb-badge torchkb-badge--{b.state}" data-search-exclude>'
            f'<summary>{summary}</summary>\n<div class="torchkb-badge__details">{"".join(parts)}</div></details>\n')
