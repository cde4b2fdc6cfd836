"""The error index: one row per error or warning page, generated from kp.toml at build time.

A row shows the page's title (as the navigation shows it: the page's H1), every error it covers
with the message PyTorch printed in the last verified run (the reproducer's .out file; where there
is none yet, a CUDA-only snippet say, the declared pattern in a readable form), the area and the
verification status of the same build, in the page's language.

The table is HTML so each row carries its slug and its search text; assets/torchkb-site/errors.js
filters it (plain words, or a pasted error matched like the explain page does), keeps the filter in
the URL (?q=) and shows an empty state that leads to the explain page. A release menu keeps the
rows whose reproducer raised under that torch release in the harness's own runs (this build, or
releases/*.json; stale records do not count), also kept in the URL (?torch=).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from torchkb.kp import AREAS, KnowledgePoint, Snippet
from torchkb.site.describe import plain_text
from torchkb.site.nav import AREA_TITLES
from torchkb.site.stamp import reason_text
from torchkb.verification.releases import Release, version_key

MAX_MESSAGE = 240

WORDS = {
    "en": {
        "title": "Error index",
        "intro": "Every page about an error or a warning, with the messages PyTorch printed when we "
                 "reproduced them. Type a few words, or paste your error, to filter the table; for a whole "
                 "traceback, [Explain my error](explain.md) also explains what it found.",
        "intro_no_explain": "Every page about an error or a warning, with the messages PyTorch printed when we "
                            "reproduced them. Type a few words, or paste your error, to filter the table.",
        "env": "Status from this build's verification run: torch {torch}, Python {python}, {device}, {date}.",
        "filter": "Filter: a few words, or paste your error",
        "release": "Raised on torch",
        "any_release": "any release",
        "this_build": "{torch} (this build)",
        "count": "{shown} of {total} shown",
        "placeholder": "e.g. RuntimeError size mismatch",
        "cols": ("Page and the errors it covers", "Area", "Status"),
        "verified": "Verified",
        "partly": "Partly verified: {reason}",
        "skipped": "Not verified in this build: {reason}",
        "warning": "warning",
        "empty": "No page matches “{query}”. Paste the whole error on <a href=\"{explain}\">Explain my error</a>, "
                 "which also searches the pages’ text.",
        "empty_no_explain": "No page matches “{query}”.",
        "description": "Every PyTorch error and warning on torchkb: exception type, the real message, area "
                       "and verification status, filterable by typing.",
    },
    "zh": {
        "title": "报错索引",
        "intro": "本站所有关于报错和警告的页面，附上我们复现时 PyTorch 实际打印的报错信息。输入几个词，"
                 "或者直接粘贴报错，即可筛选表格；整段 traceback 也可以粘贴到[解释我的报错](explain.md)页面。",
        "intro_no_explain": "本站所有关于报错和警告的页面，附上我们复现时 PyTorch 实际打印的报错信息。"
                            "输入几个词，或者直接粘贴报错，即可筛选表格。",
        "env": "验证状态来自本次构建的验证运行：torch {torch}、Python {python}、{device}，{date}。",
        "filter": "筛选：输入几个词，或粘贴报错",
        "release": "复现于 torch",
        "any_release": "任意版本",
        "this_build": "{torch}（本次构建）",
        "count": "显示 {shown} / {total} 条",
        "placeholder": "例如 RuntimeError size mismatch",
        "cols": ("页面及其涵盖的报错", "领域", "状态"),
        "verified": "已验证",
        "partly": "部分已验证：{reason}",
        "skipped": "本次构建未验证：{reason}",
        "warning": "警告",
        "empty": "没有页面匹配“{query}”。可以把完整报错粘贴到<a href=\"{explain}\">解释我的报错</a>，"
                 "那里还会搜索页面正文。",
        "empty_no_explain": "没有页面匹配“{query}”。",
        "description": "torchkb 收录的全部 PyTorch 报错与警告：异常类型、真实报错信息、所属领域和验证状态，"
                       "输入关键词即可筛选。",
    },
}


@dataclass(frozen=True)
class Error:
    type: str
    message: str
    snippet: str


@dataclass(frozen=True)
class Row:
    kp: KnowledgePoint
    title: str
    errors: tuple[Error, ...]
    status: str  # verified | partly | skipped
    reason: str = ""
    raised_on: tuple[str, ...] = ()  # the releases under which a reproducer raised (any wording)


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


def page_title(kp: KnowledgePoint, docs_root, lang: str) -> str:
    """The page's H1 as plain text, which is also its title in the navigation."""
    for line in kp.page(docs_root, lang).read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return plain_text(line[2:])
    return kp.title[lang]


def raised_on(kp: KnowledgePoint, releases: list[Release], report: dict) -> tuple[str, ...]:
    """The releases under which at least one of kp's reproducers raised (as documented or in
    another wording): this build from its report, the others from current records only."""
    repros = [s for s in kp.snippets if s.role == "repro"]
    found = []
    names = {s.name for s in repros}
    if any(r["status"] == "pass" for r in report["results"] if r["slug"] == kp.slug and r["snippet"] in names):
        found.append(report["environment"]["torch"])
    for rel in releases:
        for snippet in repros:
            state, rec = rel.status(snippet)
            if state == "current" and rec is not None and rec.outcome in ("raised", "other-wording"):
                found.append(rel.release)
                break
    return tuple(found)


def release_choices(releases: list[Release], report: dict) -> list[str]:
    """The CPU releases the menu offers, newest first, this build's among them."""
    found = {r.release for r in releases if r.device == "cpu"} | {report["environment"]["torch"]}
    return sorted(found, key=version_key, reverse=True)


def rows(kps: list[KnowledgePoint], report: dict, docs_root, lang: str,
         releases: list[Release] = ()) -> list[Row]:
    cpu_releases = [r for r in releases if r.device == "cpu"]
    by_slug: dict[str, list[dict]] = {}
    for r in report["results"]:
        by_slug.setdefault(r["slug"], []).append(r)
    out = []
    for kp in kps:
        if kp.kind == "recipe":
            continue
        results = by_slug.get(kp.slug, [])
        skipped = [r for r in results if r["status"] == "skip"]
        errors, seen = [], set()
        for exp in kp.expectations:
            snippet = next(s for s in kp.snippets if s.name == exp.snippet)
            message = _shorten(captured_message(snippet) or readable_pattern(exp.message))
            if (exp.type, message) not in seen:
                seen.add((exp.type, message))
                errors.append(Error(exp.type, message, snippet.name))
        status = "verified" if not skipped else ("partly" if len(skipped) < len(results) else "skipped")
        out.append(Row(kp=kp, title=page_title(kp, docs_root, lang), errors=tuple(errors), status=status,
                       reason=reason_text(skipped[0]["reason"], lang) if skipped else "",
                       raised_on=raised_on(kp, cpu_releases, report)))
    order = {a: i for i, a in enumerate(AREAS)}
    return sorted(out, key=lambda r: (order[r.kp.area], r.title.lower()))


def markdown(kps: list[KnowledgePoint], report: dict, lang: str, has_explain: bool, docs_root,
             releases: list[Release] = ()) -> str:
    """The page, as Markdown with front matter, for docs/<lang>/errors.md (generated, not on disk)."""
    w = WORDS[lang]
    env = report["environment"]
    releases = list(releases)
    esc = html.escape
    empty = (w["empty"] if has_explain else w["empty_no_explain"]).replace("{explain}", "../explain/")
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
        f'<div class="torchkb-filter" data-count="{esc(w["count"])}" data-empty="{esc(empty)}" hidden>',
        f'  <label for="torchkb-filter-input">{w["filter"]}</label>',
        f'  <input id="torchkb-filter-input" type="search" autocomplete="off" spellcheck="false" '
        f'placeholder="{esc(w["placeholder"])}" aria-controls="torchkb-errors">',
        '  <span class="torchkb-filter__release">',
        '  <label for="torchkb-release-select">' + w["release"] + '</label>',
        '  <select id="torchkb-release-select" aria-controls="torchkb-errors">',
        f'    <option value="">{esc(w["any_release"])}</option>',
        *(f'    <option value="{esc(v)}">'
          f'{esc(w["this_build"].format(torch=v) if v == env["torch"] else v)}</option>'
          for v in release_choices(releases, report)),
        "  </select>",
        "  </span>",
        '  <output id="torchkb-filter-count" aria-live="polite"></output>',
        "</div>",
        "",
        '<div class="torchkb-errors md-typeset__scrollwrap" id="torchkb-errors"><div class="md-typeset__table"><table>',
        "<thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in w["cols"]) + "</tr></thead><tbody>",
    ]
    for row in rows(kps, report, docs_root, lang, releases):
        kp = row.kp
        kind = f" ({w['warning']})" if kp.kind == "warning" else ""
        status = {"verified": w["verified"], "partly": w["partly"].format(reason=row.reason),
                  "skipped": w["skipped"].format(reason=row.reason)}[row.status]
        errors = "".join(f'<li><code>{esc(e.type)}</code>{esc(kind)}: <code>{esc(e.message)}</code></li>'
                         for e in row.errors)
        search = " ".join([row.title, kp.title[lang], *kp.tags])
        lines.append(
            f'<tr data-slug="{kp.slug}" data-search="{esc(search)}" data-status="{row.status}" '
            f'data-releases="{esc(" ".join(row.raised_on))}">'
            f'<td><a href="../{kp.area}/{kp.slug}/">{esc(row.title)}</a><ul class="torchkb-errors__list">{errors}</ul></td>'
            f'<td>{esc(AREA_TITLES[kp.area][lang])}</td><td>{esc(status)}</td></tr>')
    lines += ["</tbody></table></div></div>", "",
              '<p id="torchkb-filter-empty" class="torchkb-filter__empty" hidden></p>', ""]
    return "\n".join(lines)
