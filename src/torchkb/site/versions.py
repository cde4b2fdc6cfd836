"""Which torch releases a knowledge point applies to, from the harness's own runs.

The main pin is the build's own verification (build/verify.json); other releases come from
releases/*.json (torchkb.verification.releases). For each knowledge point the page gets:

- a one-line summary in the badge ("same error on torch 2.0.1 – 2.14.1", "as documented since
  2.6.0"), counting only current records: a stale one (its snippet or expectation changed since
  that run) is never counted as verified;
- a compact table in its "Version notes" section: release, what the reproducers did, whether the
  fixes passed, and the wording where it differs from today's. Stale records say "not re-run since
  the snippet changed";
- under it, each other wording the harness captured, with the releases that printed it and
  whether it is one of the older wordings kp.toml cites (with that source) or one it does not.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from torchkb.kp import KnowledgePoint
from torchkb.matching.signatures import release_wordings, search_regex
from torchkb.verification.releases import Release, version_key

WORDS = {
    "en": {
        "same": "same error on torch {span}",
        "since": "as documented on torch {span}",
        "other": "another wording on {list}",
        "none_raised": "not raised on {list}",
        "heading": "Version notes",
        "intro": "What our harness saw when it ran this page's snippets under each torch release "
                 "(CPU unless marked; the first row is this build):",
        "cols": ("torch", "Reproducer", "Fix", "Message where it differs"),
        "raised": "raised as documented",
        "other-wording": "another wording",
        "did-not-raise": "did not raise",
        "error": "did not finish",
        "skipped": "skipped",
        "passed": "passed",
        "failed": "failed",
        "stale": "not re-run since the snippet changed",
        "missing": "not run",
        "this_build": "{torch} (this build)",
        "none": "Not run on other torch releases yet.",
        "captured": "Other wordings our harness captured:",
        "on": "on torch {list}",
        "cited": "one of the older wordings this page cites ([source]({source}))",
        "new": "not among the wordings this page cites",
    },
    "zh": {
        "same": "torch {span} 上报错相同",
        "since": "torch {span} 上与文中一致",
        "other": "{list} 上措辞不同",
        "none_raised": "{list} 上不报错",
        "heading": "版本说明",
        "intro": "下表是我们的验证工具在各个 torch 版本下运行本页代码的结果（除注明外均为 CPU；第一行是本次构建）：",
        "cols": ("torch", "复现代码", "修复代码", "报错信息（与当前不同时）"),
        "raised": "按文中所述报错",
        "other-wording": "措辞不同",
        "did-not-raise": "没有报错",
        "error": "未能运行完",
        "skipped": "跳过",
        "passed": "通过",
        "failed": "失败",
        "stale": "代码改动后尚未重新运行",
        "missing": "未运行",
        "this_build": "{torch}（本次构建）",
        "none": "尚未在其他 torch 版本上运行。",
        "captured": "验证工具捕获到的其他措辞：",
        "on": "出现在 torch {list}",
        "cited": "本页引用过的旧措辞之一（[来源]({source})）",
        "new": "本页没有引用过的措辞",
    },
}


@dataclass(frozen=True)
class Row:
    label: str
    repro: str       # outcome word key: raised | other-wording | did-not-raise | error | skipped | stale | missing
    fix: str         # passed | failed | skipped | stale | missing
    wording: str     # "Type: message" where the reproducer printed something else
    version: tuple[int, ...]
    current: bool


def _combine(outcomes: list[str], good: str) -> str:
    if not outcomes:
        return "missing"
    for bad in ("stale", "missing", "error", "failed", "did-not-raise", "other-wording"):
        if bad in outcomes and bad != good:
            return bad
    if all(o == "skipped" for o in outcomes):
        return "skipped"
    return good


def rows(kp: KnowledgePoint, releases: list[Release], report: dict) -> list[Row]:
    """The main pin first (from this build's report), then every release file that has records of kp."""
    env = report["environment"]
    mine = {r["snippet"]: r["status"] for r in report["results"] if r["slug"] == kp.slug}
    repro_names = [s.name for s in kp.snippets if s.role == "repro"]
    run_names = [s.name for s in kp.snippets if s.role != "repro"]
    to_word = {"pass": None, "skip": "skipped", "fail": "failed"}
    out = [Row(label=env["torch"], current=True, version=version_key(env["torch"]), wording="",
               repro=_combine([to_word[mine[n]] or "raised" for n in repro_names if n in mine], "raised"),
               fix=_combine([to_word[mine[n]] or "passed" for n in run_names if n in mine], "passed"))]
    for rel in releases:
        repro, run, wording, current = [], [], "", True
        any_record = False
        for snippet in kp.snippets:
            state, rec = rel.status(snippet)
            if rec is not None:
                any_record = True
            outcome = "stale" if state == "stale" else ("missing" if rec is None else rec.outcome)
            current = current and state == "current"
            (repro if snippet.role == "repro" else run).append(outcome)
            if rec is not None and state == "current" and rec.outcome == "other-wording" and not wording:
                wording = f"{rec.type}: {rec.message}" if rec.type else rec.message
        if not any_record:
            continue
        out.append(Row(label=rel.label, repro=_combine(repro, "raised"), fix=_combine(run, "passed"),
                       wording=wording, version=version_key(rel.release), current=current))
    return out


def _span(versions: list[str]) -> str:
    return versions[0] if len(versions) == 1 else f"{versions[0]} – {versions[-1]}"


def summary(kp: KnowledgePoint, table: list[Row], lang: str) -> str:
    """One line for the badge, from current CPU rows only; "" when no other release has run."""
    if kp.kind == "recipe":
        return ""
    w = WORDS[lang]
    cpu = sorted((r for r in table if "CUDA" not in r.label and r.repro != "stale" and r.repro != "missing"),
                 key=lambda r: r.version)
    if len(cpu) < 2:
        return ""
    label = [r.label.split(" ")[0].split("+")[0] for r in cpu]
    raised = [lab for lab, r in zip(label, cpu) if r.repro == "raised"]
    if len(raised) == len(cpu):
        return w["same"].format(span=_span(raised))
    parts = []
    if raised:
        parts.append(w["since"].format(span=_span(raised)))
    other = [lab for lab, r in zip(label, cpu) if r.repro == "other-wording"]
    if other:
        parts.append(w["other"].format(list=", ".join(other)))
    quiet = [lab for lab, r in zip(label, cpu) if r.repro == "did-not-raise"]
    if quiet:
        parts.append(w["none_raised"].format(list=", ".join(quiet)))
    return "; ".join(parts)


def table_markdown(kp: KnowledgePoint, table: list[Row], lang: str) -> str:
    w = WORDS[lang]
    if len(table) < 2:
        return w["none"] + "\n"
    lines = [w["intro"], "", '<div class="torchkb-versions" markdown>', "",
             "| " + " | ".join(w["cols"]) + " |", "| --- | --- | --- | --- |"]
    for i, row in enumerate(table):
        label = w["this_build"].format(torch=row.label) if i == 0 else row.label
        wording = f"<code>{html.escape(_short(row.wording))}</code>" if row.wording else ""
        lines.append(f"| {label} | {w[row.repro]} | {w[row.fix]} | {wording} |")
    lines += ["", "</div>", ""]
    return "\n".join(lines)


def wordings_markdown(kp: KnowledgePoint, releases: list[Release], lang: str) -> str:
    """The other wordings the harness captured (current records only), each said to be a cited
    variant of kp.toml (with its source) or not; "" when there are none."""
    w = WORDS[lang]
    variants = [(re.compile(search_regex(v.message), re.I | re.S), v) for exp in kp.expectations for v in exp.variants]
    items = []
    for wording in release_wordings(kp, releases):
        line = f"{wording['type']}: {wording['message']}" if wording["type"] else wording["message"]
        cited = next((v for rx, v in variants if (not v.type or v.type == wording["type"])
                      and rx.search(wording["message"])), None)
        verdict = w["cited"].format(source=cited.source) if cited else w["new"]
        sep, comma = ("，", "、") if lang == "zh" else (", ", ", ")
        items.append(f"- <code>{html.escape(_short(line))}</code>{sep}"
                     f"{w['on'].format(list=comma.join(wording['releases']))}{sep}{verdict}")
    if not items:
        return ""
    # In its own block, so Markdown does not merge it with a list the page's text starts with.
    return "\n".join(['<div class="torchkb-captured" markdown>', "", w["captured"], "", *items, "", "</div>", ""])


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def insert_table(markdown: str, block: str, lang: str) -> str:
    """Put block at the top of the page's Version notes section, or add that section before the
    references (or at the end)."""
    heading = {"en": "## Version notes", "zh": "## 版本说明"}[lang]
    new_heading = {"en": "## Version notes", "zh": "## 版本说明 {#version-notes}"}[lang]
    refs = {"en": "## References", "zh": "## 参考资料"}[lang]
    lines = markdown.split("\n")
    for i, line in enumerate(lines):
        if line.strip().split(" {")[0] == heading:
            return "\n".join(lines[: i + 1] + ["", block] + lines[i + 1:])
    for i, line in enumerate(lines):
        if line.strip().split(" {")[0] == refs:
            return "\n".join(lines[:i] + [new_heading, "", block, ""] + lines[i:])
    return markdown.rstrip("\n") + f"\n\n{new_heading}\n\n{block}"
