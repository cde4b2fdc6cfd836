"""A page's meta description: its first paragraph after the H1, as plain text.

Search engines show it under the link, so it should be the summary a person reads first. Every
page starts with an H1 and a one-paragraph summary (CONTRIBUTING.md), so that is what we take.
"""

from __future__ import annotations

import html
import re

MAX_CHARS = 300
CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
NOT_PROSE = re.compile(r"^\s*(?:!!!|\?\?\?|```|~~~|<|\||[-*+] |\d+\. |--8<--|>|#|\{|\[TOC\])")


def plain_text(text: str) -> str:
    """One line of Markdown as the reader sees it rendered (code spans, emphasis, links and
    escapes resolved the way Python-Markdown resolves them: `__init__` in a code span stays,
    __init__ outside one is bold "init")."""
    import markdown

    rendered = markdown.markdown(text)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", rendered)).split())


def _plain(text: str) -> str:
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)                    # images
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)(\{[^}]*\})?", r"\1", text)    # links
    text = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", text)               # reference links
    text = re.sub(r"(`+)(.+?)\1", lambda m: m.group(2).strip(), text)   # code spans
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)                     # bold
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)  # emphasis
    text = re.sub(r"<[^>]+>", "", text)                                 # inline HTML
    return html.unescape(text)


def _join(lines: list[str]) -> str:
    out = ""
    for line in (part.strip() for part in lines):
        if not line:
            continue
        if out and not (CJK.match(out[-1]) and CJK.match(line[0])):
            out += " "
        out += line
    return out


def _truncate(text: str) -> str:
    if len(text) <= MAX_CHARS:
        return text
    cut = text[:MAX_CHARS]
    for end in ("。", ". ", "；", "; "):
        at = cut.rfind(end)
        if at > MAX_CHARS // 2:
            return cut[: at + len(end)].strip()
    at = cut.rfind(" ")
    if at > MAX_CHARS // 2:
        cut = cut[:at]
    return cut.rstrip(",;:，、 ") + "…"


def first_paragraph(markdown: str) -> str | None:
    """Plain text of the first prose paragraph after the first H1 (or from the top when there is none)."""
    lines = markdown.split("\n")
    start = next((i + 1 for i, line in enumerate(lines) if line.startswith("# ")), 0)
    para: list[str] = []
    in_fence = False
    for line in lines[start:]:
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
            para = []
            continue
        if in_fence:
            continue
        if not line.strip():
            if para:
                break
            continue
        if not para and (NOT_PROSE.match(line) or line.startswith("    ")):
            continue
        para.append(line)
    if not para:
        return None
    text = _truncate(re.sub(r"\s+", " ", _plain(_join(para))).strip())
    return text or None


def attribute(text: str) -> str:
    """Text safe inside a double-quoted HTML attribute (MkDocs' Jinja does not autoescape)."""
    return html.escape(text, quote=True)
