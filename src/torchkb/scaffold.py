"""`torchkb new`: a snippet folder and both pages, ready to fill in."""

from __future__ import annotations

from pathlib import Path

from torchkb.kp import AREAS, SLUG_RE

KP_TOML = {
    "error": '''kind = "error"
area = "{area}"
tags = []
title = {{ en = "TODO English title", zh = "TODO 中文标题" }}

[expect]
type = "RuntimeError"                 # the exception class as Python prints it
message = "TODO regex for the message"  # verified against the real message

# [[expect.variants]]                 # wordings from other versions, with where they were seen
# message = "..."
# versions = "torch<2.0"
# source = "https://..."

# [requires]
# modules = ["cv2"]                   # missing -> skipped with the reason
# device = "cuda"
''',
    "warning": '''kind = "warning"
area = "{area}"
tags = []
title = {{ en = "TODO English title", zh = "TODO 中文标题" }}

[expect]
type = "UserWarning"                  # the warning category's name
message = "TODO regex for the message"
''',
    "recipe": '''kind = "recipe"
area = "{area}"
tags = []
title = {{ en = "TODO English title", zh = "TODO 中文标题" }}
''',
}

REPRO = '''"""Reproduce: TODO one line on what goes wrong."""
import torch

# --8<-- [start:cause]
raise NotImplementedError("TODO: the smallest code that raises the documented error")
# --8<-- [end:cause]
'''

FIX = '''"""Fix: TODO one line on the fix."""
import torch

# TODO: the fixed code; the lines between the markers are shown on the page as "the fix".
# --8<-- [start:fix]
fixed = None  # TODO: the lines that fix it
# --8<-- [end:fix]
# Then assert the fixed behaviour (shapes, values, grads).
assert False, "TODO"
'''

EXAMPLE = '''"""TODO: what this example shows."""
import torch

# TODO: the recipe, asserting every claim the page makes.
assert False, "TODO"
'''

PAGE = {
    "en": {
        "error": ["Symptom", "Cause", "Reproduce", "Fix", "Why it works", "References"],
        "warning": ["Symptom", "Cause", "Reproduce", "Fix", "Why it works", "References"],
        "recipe": ["Summary", "Example", "References"],
    },
    "zh": {
        "error": ["现象", "原因", "复现", "解决方法", "原理", "参考资料"],
        "warning": ["现象", "原因", "复现", "解决方法", "原理", "参考资料"],
        "recipe": ["要点", "示例", "参考资料"],
    },
}


def _page(slug: str, kind: str, lang: str) -> str:
    sections = PAGE[lang][kind]
    lines = [f"# TODO {'title' if lang == 'en' else '标题'}", ""]
    for section in sections:
        lines += [f"## {section}", ""]
        if section in ("Symptom", "现象"):
            lines += ["```text", f'--8<-- "snippets/{slug}/repro.out"', "```", ""]
        elif section in ("Reproduce", "复现"):
            lines += ['```python title="repro.py"', f'--8<-- "snippets/{slug}/repro.py"', "```", ""]
        elif section in ("Fix", "解决方法"):
            lines += ['```python title="fix.py"', f'--8<-- "snippets/{slug}/fix.py"', "```", ""]
        elif section in ("Example", "示例"):
            # Each example file is followed by the output it printed in the verified run.
            lines += ['```python title="example.py"', f'--8<-- "snippets/{slug}/example.py"', "```", "",
                      "Output:" if lang == "en" else "输出：", "",
                      "```text", f'--8<-- "snippets/{slug}/example.out"', "```", ""]
        else:
            lines += ["TODO", ""]
    return "\n".join(lines)


def scaffold(root: Path, slug: str, kind: str, area: str) -> list[Path]:
    if not SLUG_RE.match(slug):
        raise ValueError(f"slug '{slug}' must be lowercase kebab-case, e.g. 'backward-non-scalar-output'")
    if area not in AREAS:
        raise ValueError(f"area '{area}' is not one of {', '.join(AREAS)}")
    folder = root / "snippets" / slug
    if folder.exists():
        raise FileExistsError(f"{folder} already exists; slugs are never reused")
    files = {folder / "kp.toml": KP_TOML[kind].format(area=area)}
    if kind == "recipe":
        files[folder / "example.py"] = EXAMPLE
    else:
        files[folder / "repro.py"] = REPRO
        files[folder / "fix.py"] = FIX
    for lang in ("en", "zh"):
        files[root / "docs" / lang / area / f"{slug}.md"] = _page(slug, kind, lang)
    for path, text in files.items():
        if path.exists():
            raise FileExistsError(f"{path} already exists")
    folder.mkdir(parents=True)
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return list(files)
