"""Chinese typesetting of the Markdown pages, applied at build time (the source stays readable).

- A soft line break inside a Chinese paragraph becomes nothing, not a space: Markdown turns a
  line break into a space, right for English, wrong between two Chinese characters
  ("方差为零，\\n所以" would render as "方差为零， 所以"). Lines are joined only where both sides
  are Chinese (a character or full-width punctuation); a break next to Latin text stays, since
  a space belongs there.
- The section headings of knowledge-point pages get the same ids in both languages
  (`## 解决方法` -> `#fix`), so a link or a language switch keeps its anchor.

Fenced code and the lines that start a new block (lists, tables, headings, HTML, admonitions,
snippet includes) are never touched.
"""

from __future__ import annotations

import re

# Han characters and the full-width / CJK punctuation used in Chinese text.
CJK_CHAR = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d\u2026\u2014"
ENDS_CJK = re.compile(f"[{CJK_CHAR}]$")
STARTS_CJK = re.compile(f"^[{CJK_CHAR}]")
FENCE = re.compile(r"^\s*(```|~~~)")
# A line that starts a block of its own: never glued to the previous line.
BLOCK_START = re.compile(r"^\s*(?:[-*+] |\d+[.)] |#|\||<|!!!|\?\?\?|>|--8<--|\{|\[\^|=== )")

# Section headings of knowledge-point pages (CONTRIBUTING.md) -> the English page's ids.
SECTION_IDS = {
    "现象": "symptom", "原因": "cause", "复现": "reproduce", "解决方法": "fix", "原理": "why-it-works",
    "版本说明": "version-notes", "参考资料": "references", "要点": "summary", "示例": "example",
    "易错点": "pitfalls",
}
HEADING = re.compile(r"^(##) ([^\n{]+?)\s*$")


def join_chinese_lines(markdown: str) -> str:
    out: list[str] = []
    in_fence = False
    fence = ""
    for line in markdown.split("\n"):
        m = FENCE.match(line)
        if m:
            if not in_fence:
                in_fence, fence = True, m.group(1)
            elif m.group(1) == fence:
                in_fence = False
            out.append(line)
            continue
        if in_fence or not out:
            out.append(line)
            continue
        prev = out[-1]
        stripped = line.strip()
        if (stripped and prev.strip() and ENDS_CJK.search(prev.rstrip()) and STARTS_CJK.match(stripped)
                and not BLOCK_START.match(line) and not FENCE.match(prev)
                and _indent(line) >= _indent(prev) - 4 and not prev.endswith("  ")):
            out[-1] = prev.rstrip() + stripped
            continue
        out.append(line)
    return "\n".join(out)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def section_ids(markdown: str) -> str:
    """`## 解决方法` -> `## 解决方法 {#fix}` (outside fenced code; an explicit id is kept)."""
    out = []
    in_fence = False
    for line in markdown.split("\n"):
        if FENCE.match(line):
            in_fence = not in_fence
        m = None if in_fence else HEADING.match(line)
        if m and m.group(2).strip() in SECTION_IDS:
            line = f"{m.group(1)} {m.group(2).strip()} {{#{SECTION_IDS[m.group(2).strip()]}}}"
        out.append(line)
    return "\n".join(out)


def typeset_chinese(markdown: str) -> str:
    return section_ids(join_chinese_lines(markdown))
