"""The error index: one row per documented error or warning, generated from kp.toml at build time.

The message shown is the one PyTorch printed in the last verified run (the reproducer's .out
file); where there is none yet (a snippet that needs CUDA, say) the declared pattern is shown in
a readable form. The status comes from the harness JSON of the same build.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from torchkb.kp import AREAS, KnowledgePoint, Snippet
from torchkb.site.nav import AREA_TITLES

MAX_MESSAGE = 240

WORDS = {
    "en": {
        "title": "Error index",
        "intro": "Every error and warning on this site, with the exception type and the message PyTorch "
                 "printed when we reproduced it. Type a few words of your error to filter the table, or "
                 "paste a whole traceback on [Explain my error](explain.md).",
        "intro_no_explain": "Every error and warning on this site, with the exception type and the message "
                            "PyTorch printed when we reproduced it. Type a few words of your error to filter "
                            "the table.",
        "env": "Status from this build's verification run: torch {torch}, Python {python}, {device}, {date}.",
        "filter": "Filter by type, message or area",
        "count": "{shown} of {total} shown",
        "placeholder": "e.g. RuntimeError size mismatch",
        "cols": ("Exception", "Message", "Area", "Status"),
        "verified": "Verified",
        "skipped": "Not verified in this build: {reason}",
        "warning": "warning",
        "description": "Every PyTorch error and warning on torchkb: exception type, the real message, area "
                       "and verification status, filterable by typing.",
    },
    "zh": {
        "title": "报错索引",
        "intro": "本站收录的所有报错和警告：异常类型，以及我们复现时 PyTorch 实际打印的报错信息。输入报错里的"
                 "几个词即可筛选表格；也可以把整段 traceback 粘贴到[解释我的报错](explain.md)页面。",
        "intro_no_explain": "本站收录的所有报错和警告：异常类型，以及我们复现时 PyTorch 实际打印的报错信息。"
                            "输入报错里的几个词即可筛选表格。",
        "env": "验证状态来自本次构建的验证运行：torch {torch}、Python {python}、{device}，{date}。",
        "filter": "按异常类型、报错信息或领域筛选",
        "count": "显示 {shown} / {total} 条",
        "placeholder": "例如 RuntimeError size mismatch",
        "cols": ("异常类型", "报错信息", "领域", "状态"),
        "verified": "已验证",
        "skipped": "本次构建未验证：{reason}",
        "warning": "警告",
        "description": "torchkb 收录的全部 PyTorch 报错与警告：异常类型、真实报错信息、所属领域和验证状态，"
                       "输入关键词即可筛选。",
    },
}


@dataclass(frozen=True)
class Row:
    type: str
    message: str
    kp: KnowledgePoint
    snippet: str
    status: str  # verified | skipped
    reason: str = ""


def readable_pattern(regex: str) -> str:
    """A message regex shown to people: `\\d+` as N, escapes dropped, cut at the first group,
    alternation or wildcard (with an ellipsis), so it reads as the start of the real message."""
    out, i = [], 0
    while i < len(regex):
        rest = regex[i:]
        m = re.match(r"\\d[+*]|\[0-9\][+*]", rest)
        if m:
            out.append("N")
            i += m.end()
        elif rest[0] == "\\" and len(rest) > 1 and not rest[1].isalnum():
            out.append(rest[1])
            i += 2
        elif rest[0] in "^$" and (i == 0 or i == len(regex) - 1):
            i += 1
        elif rest[0] in "\\()[]|?*+{}.":
            return "".join(out).rstrip() + " …"
        else:
            out.append(rest[0])
            i += 1
    return "".join(out)


def captured_message(snippet: Snippet) -> str | None:
    """The message of the declared exception or warning in the snippet's .out file, if any."""
    exp = snippet.expectation
    if exp is None or not snippet.golden.is_file():
        return None
    text = snippet.golden.read_text(encoding="utf-8")
    marker = f"{exp.type}: "
    if snippet.kp.kind == "warning":
        for line in text.splitlines():
            if marker in line:
                message = line.split(marker, 1)[1]
                if exp.regex.search(message):
                    return message.strip()
        return None
    start = None
    for m in re.finditer(rf"(?m)^{re.escape(marker)}", text):
        start = m.end()  # the last one: the exception that ended the run
    if start is None:
        return None
    return text[start:].strip() or None


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1].rstrip() + "…"


def rows(kps: list[KnowledgePoint], report: dict) -> list[Row]:
    by_slug: dict[str, list[dict]] = {}
    for r in report["results"]:
        by_slug.setdefault(r["slug"], []).append(r)
    out = []
    for kp in kps:
        if kp.kind == "recipe":
            continue
        results = by_slug.get(kp.slug, [])
        skipped = [r for r in results if r["status"] == "skip"]
        for exp in kp.expectations:
            snippet = next(s for s in kp.snippets if s.name == exp.snippet)
            message = captured_message(snippet) or readable_pattern(exp.message)
            out.append(Row(type=exp.type, message=_shorten(message), kp=kp, snippet=snippet.name,
                           status="skipped" if skipped else "verified",
                           reason=skipped[0]["reason"] if skipped else ""))
    order = {a: i for i, a in enumerate(AREAS)}
    return sorted(out, key=lambda r: (order[r.kp.area], r.type.lower(), r.message.lower()))


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|")


def _code(text: str) -> str:
    """An inline code span holding text (a pipe inside a code span does not split the table cell)."""
    ticks = "``" if "`" in text else "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def markdown(kps: list[KnowledgePoint], report: dict, lang: str, has_explain: bool) -> str:
    """The page, as Markdown with front matter, for docs/<lang>/errors.md (generated, not on disk)."""
    w = WORDS[lang]
    env = report["environment"]
    lines = [
        "---",
        f"description: \"{w['description']}\"",
        "torchkb_page: errors",
        "hide:",
        "  - toc",
        "---",
        "",
        f"# {w['title']}",
        "",
        w["intro"] if has_explain else w["intro_no_explain"],
        "",
        w["env"].format(torch=env["torch"], python=env["python"], date=env["timestamp"][:10],
                        device="CUDA" if env.get("device") == "cuda" else "CPU"),
        "",
        f'<div class="torchkb-filter" data-count="{w["count"]}" hidden>',
        f'  <label for="torchkb-filter-input">{w["filter"]}</label>',
        f'  <input id="torchkb-filter-input" type="search" autocomplete="off" spellcheck="false" '
        f'placeholder="{w["placeholder"]}" aria-controls="torchkb-errors">',
        '  <output id="torchkb-filter-count" aria-live="polite"></output>',
        "</div>",
        "",
        '<div class="torchkb-errors" id="torchkb-errors" markdown>',
        "",
        "| " + " | ".join(w["cols"]) + " |",
        "| --- | --- | --- | --- |",
    ]
    for row in rows(kps, report):
        page = f"{row.kp.area}/{row.kp.slug}.md"
        kind = f" ({w['warning']})" if row.kp.kind == "warning" else ""
        status = w["verified"] if row.status == "verified" else w["skipped"].format(reason=row.reason)
        title = _cell(row.kp.title[lang])
        lines.append(
            f"| `{row.type}`{kind} | [{title}]({page})<br>{_code(row.message)} "
            f"| {AREA_TITLES[row.kp.area][lang]} | {_cell(status)} |"
        )
    lines += ["", "</div>", ""]
    return "\n".join(lines)
