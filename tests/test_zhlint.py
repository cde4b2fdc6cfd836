"""Chinese typesetting (torchkb.site.zhlint): the rules catch what they should, leave code alone,
and every Chinese page follows them."""

from pathlib import Path

import pytest

from torchkb import REPO_ROOT
from torchkb.site.zhlint import check_text, fix_text, lint


def rules(text: str) -> list[str]:
    return [f.rule for f in check_text(text, Path("x.md"))]


@pytest.mark.parametrize("text,rule", [
    ("使用torch.cat拼接", "space between Chinese and Latin"),
    ("第2维", "space between Chinese and Latin"),
    ("调用`backward()`时", "space between Chinese and Latin"),
    ("注意,这里会报错", "half-width punctuation in Chinese text"),
    ("张量(比如输入)", "half-width punctuation in Chinese text"),
    ("报错里多了 “view”", "space next to full-width punctuation"),
    ("先这样， 再那样", "space next to full-width punctuation"),
])
def test_each_rule_catches_its_case(text, rule):
    assert rule in rules(text)


@pytest.mark.parametrize("text", [
    "使用 torch.cat 拼接，第 2 维；调用 `backward()` 时报错里多了“view”。",
    "```python\nx=torch.cat([a,b])#中文\n```",
    "见 [文档](https://pytorch.org/docs/stable/中文)。",
    "- （可选）先这样",
    "--8<-- \"snippets/x/repro.out\"",
    "《Pytorch中知识点03》",
])
def test_correct_text_code_and_links_pass(text):
    assert rules(text) == []


def test_fix_applies_the_spacing_rules():
    assert fix_text("使用torch.cat拼接 “view” ，好") == "使用 torch.cat 拼接“view”，好"


def test_every_chinese_page_follows_the_rules():
    findings = lint(sorted((REPO_ROOT / "docs" / "zh").rglob("*.md")))
    assert not findings, "\n".join(map(str, findings[:30])) + "\n(run `torchkb lint --fix` for the spacing)"
