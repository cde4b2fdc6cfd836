"""The usual rules for mixing Chinese and Latin text, checked on the Chinese pages (`torchkb lint`).

1. One space between a Chinese character and a Latin letter, a digit or inline code
   (`使用 torch.cat 拼接`, `第 2 维`, `调用 `backward()` 时`).
2. Full-width punctuation next to Chinese text: `，。：；！？（）`, not `, . : ; ! ? ( )`.
3. No space next to full-width punctuation (`报错里多了“view”`, not `多了 “view”`).

Code (fenced and inline), link targets, HTML tags, snippet includes and front matter are not
text and are left alone; titles quoted verbatim (a blog post's name) can be listed in KEEP.
`--fix` applies rules 1 and 3, which are mechanical; rule 2 needs a person (a comma inside an
English phrase stays half-width).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
FULL_PUNCT = "，。：；！？、（）“”‘’《》【】"
# Verbatim names that break rule 1 on purpose.
KEEP = ("Pytorch中知识点03", "PyTorch 常用方法总结1：生成随机数Tensor的方法汇总（标准分布、正态分布……） - 知乎",
        "记录一个Tensor操作——扩充维度+复制")

FENCE = re.compile(r"^\s*(```|~~~)")
INLINE_CODE = re.compile(r"(`+)(.+?)\1")
LINK_TARGET = re.compile(r"\]\([^)\s]*\)|<[^>\n]+>|\{[#.][^}]*\}|https?://\S+")
SKIP_LINE = re.compile(r"^\s*(?:--8<--|\||---\s*$|[a-z_]+:\s)")

MISSING_SPACE = re.compile(rf"(?<=[{HAN}])(?=[A-Za-z0-9`])|(?<=[A-Za-z0-9`])(?=[{HAN}])")
HALF_PUNCT = re.compile(rf"(?<=[{HAN}])[,;:?!](?=\s|[{HAN}]|$)|(?<=[{HAN}])\((?=[^)]*[{HAN}])|(?<=[{HAN}])\.(?=\s*$)")
SPACE_PUNCT = re.compile(rf"[ \t]+(?=[{FULL_PUNCT}])|(?<=[{FULL_PUNCT}])[ \t]+(?=\S)")
# What may stand before a space at the start of a line: a list marker, a heading, a quote.
LINE_START = re.compile(r"^\s*(?:[-*+>]|\d+[.)]|#+)?\s*$")


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    rule: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.rule}: {self.text}"


def _masked(line: str) -> str:
    """The line with code, link targets and tags replaced by placeholders of the same length:
    inline code becomes `x` padding, so rule 1 still sees where code touches Chinese."""
    def code(m: re.Match) -> str:
        return "`" + "x" * (len(m.group(0)) - 2) + "`"

    line = INLINE_CODE.sub(code, line)
    line = LINK_TARGET.sub(lambda m: "\0" * len(m.group(0)), line)
    for name in KEEP:
        line = line.replace(name, "\0" * len(name))
    return line


def check_text(text: str, path: Path) -> list[Finding]:
    findings: list[Finding] = []
    in_fence = False
    front = text.startswith("---\n")
    for number, line in enumerate(text.split("\n"), 1):
        if front:
            if number > 1 and line.strip() == "---":
                front = False
            continue
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence or SKIP_LINE.match(line):
            continue
        masked = _masked(line)
        for rule, rx in (("space between Chinese and Latin", MISSING_SPACE),
                         ("half-width punctuation in Chinese text", HALF_PUNCT),
                         ("space next to full-width punctuation", SPACE_PUNCT)):
            for m in rx.finditer(masked):
                if "\0" in masked[max(0, m.start() - 1):m.end() + 1]:
                    continue
                if rx is SPACE_PUNCT and LINE_START.match(masked[:m.start()]):
                    continue
                excerpt = line[max(0, m.start() - 12):m.end() + 12]
                findings.append(Finding(path, number, rule, excerpt))
    return findings


def fix_text(text: str) -> str:
    """Rules 1 and 3, outside code and links."""
    out = []
    in_fence = False
    front = text.startswith("---\n")
    for number, line in enumerate(text.split("\n"), 1):
        if front:
            if number > 1 and line.strip() == "---":
                front = False
            out.append(line)
            continue
        if FENCE.match(line):
            in_fence = not in_fence
        if in_fence or FENCE.match(line) or SKIP_LINE.match(line):
            out.append(line)
            continue
        masked = _masked(line)
        edits = []
        for m in MISSING_SPACE.finditer(masked):
            if "\0" not in masked[max(0, m.start() - 1):m.end() + 1]:
                edits.append((m.start(), m.end(), " "))
        for m in SPACE_PUNCT.finditer(masked):
            if "\0" not in masked[max(0, m.start() - 1):m.end() + 1] and not LINE_START.match(masked[:m.start()]):
                edits.append((m.start(), m.end(), ""))
        for start, end, new in sorted(edits, reverse=True):
            line = line[:start] + new + line[end:]
        out.append(line)
    return "\n".join(out)


def lint(paths: list[Path], fix: bool = False) -> list[Finding]:
    findings = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        if fix:
            fixed = fix_text(text)
            if fixed != text:
                path.write_text(fixed, encoding="utf-8")
                text = fixed
        findings += check_text(text, path)
    return findings
