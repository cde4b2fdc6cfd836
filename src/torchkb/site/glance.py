""""The fix at a glance": the few lines that cause an error and the few that fix it, shown right
under the summary of an error or warning page, before the long explanation.

The lines come from the verified files themselves, between section markers that
pymdownx.snippets understands and hides from the full listing:

    # --8<-- [start:cause]          in repro.py, around the lines that raise
    # --8<-- [start:fix]            in fix.py, around the lines that fix it
    # --8<-- [end:fix]

So the excerpt cannot drift from the code the harness ran (kp.py checks the markers exist).
"""

from __future__ import annotations

from torchkb.kp import KnowledgePoint, has_section

WORDS = {
    "en": {"title": "The fix at a glance", "before": "Before", "after": "After",
           "full": "The whole verified fix, and why it works"},
    "zh": {"title": "一眼看懂怎么改", "before": "出错的写法", "after": "改正后",
           "full": "完整的、经过验证的修复代码及原理"},
}


def glance_markdown(kp: KnowledgePoint, lang: str) -> str | None:
    """The block for kp's page, or None for recipes (which have no error to fix)."""
    if kp.kind == "recipe" or not has_section(kp.dir / "fix.py", "fix"):
        return None
    w = WORDS[lang]
    # (md_in_html drops an attribute without a value, so it gets one.)
    lines = ['<div class="torchkb-glance" data-search-exclude="true" markdown>',
             f'<p class="torchkb-glance__title">{w["title"]}</p>', ""]
    if has_section(kp.dir / "repro.py", "cause"):
        lines += [f'```python title="{w["before"]} · repro.py"', f'--8<-- "snippets/{kp.slug}/repro.py:cause"',
                  "```", ""]
    return "\n".join(lines + [
        f'```python title="{w["after"]} · fix.py"',
        f'--8<-- "snippets/{kp.slug}/fix.py:fix"',
        "```",
        "",
        f'<p class="torchkb-glance__more"><a href="#fix">{w["full"]} ↓</a></p>',
        "</div>",
        "",
    ])


def insert_after_summary(markdown: str, block: str) -> str:
    """Insert block after the page's first prose paragraph following the H1 (the summary)."""
    lines = markdown.split("\n")
    start = next((i + 1 for i, line in enumerate(lines) if line.startswith("# ")), 0)
    i = start
    n = len(lines)
    # Skip blank lines and anything that is not prose (our own inserted badge is raw HTML).
    while i < n and (not lines[i].strip() or lines[i].lstrip().startswith(("<", "!!!", "    "))):
        if lines[i].lstrip().startswith("<"):
            # a raw HTML block runs to the next blank line
            while i < n and lines[i].strip():
                i += 1
        i += 1
    while i < n and lines[i].strip():
        i += 1
    return "\n".join(lines[:i] + ["", block] + lines[i:])
