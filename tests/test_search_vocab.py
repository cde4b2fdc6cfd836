"""Chinese queries typed without spaces: the vocabulary the build writes next to each search index
(src/torchkb/site/search_hooks.py, search/zh_vocab.json) and the segmentation the site runs with it
(docs/overrides/assets/torchkb/segment.js, in Node.js here; in Chromium on the built site in
tests/test_search_browser.py). Plus the format of the typed-query set (tests/data/zh_typed_queries.json).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from torchkb.site import search_hooks

REPO_ROOT = Path(__file__).resolve().parents[1]
RUNNER = REPO_ROOT / "tests" / "js" / "segment_runner.js"
TYPED = REPO_ROOT / "tests" / "data" / "zh_typed_queries.json"
HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
Z = "\u200b"  # jieba's words are joined with U+200B in Material's index


def zh_separator() -> str:
    text = (REPO_ROOT / "mkdocs.zh.yml").read_text(encoding="utf-8")
    return yaml.safe_load(text)["plugins"]["search"]["separator"]


def small_index() -> dict:
    """A search index as Material writes it for the Chinese site, jieba's cuts included."""
    return {
        "config": {"lang": ["zh", "en"], "separator": zh_separator(), "pipeline": ["stopWordFilter"]},
        "docs": [
            {"location": "autograd/grad/", "title": f"w.grad {Z}是{Z} None",
             "text": f"<p>{Z}梯度{Z}为{Z} <code>None</code> {Z}的{Z}参数{Z}，grad_fn</p>",
             "tags": ["grad", f"{Z}梯度{Z}"]},
            {"location": "tensors/shape/", "title": f"{Z}维度{Z}不{Z}匹配{Z}",
             "text": f"<p>The size of tensor a must match {Z}形状{Z}不{Z}一致{Z}，{Z}数据类型{Z}</p>"},
            {"location": "tensors/shape/#why", "title": f"{Z}原因{Z}",
             "text": f"<p>{Z}数据{Z}类型{Z}和{Z}维度{Z}</p>"},
        ],
    }


def write(tmp_path: Path, glossary: dict[str, list[str]] | None = None) -> dict:
    index = tmp_path / "search_index.json"
    index.write_text(json.dumps(small_index(), ensure_ascii=False), encoding="utf-8")
    stop = search_hooks.lunr_stop_words(tmp_path)  # not in tmp_path: Material's own copy
    glossary = glossary if glossary is not None else {"梯度": ["grad", "gradient"], "维度": ["dim", "size"],
                                                      "不匹配": ["match", "mismatch"], "显存": ["memory"]}
    return search_hooks.write_vocabulary(index, tmp_path / "zh_vocab.json", stop, glossary)


def test_vocabulary_counts_index_entries_per_chinese_word(tmp_path):
    df = search_hooks.index_vocabulary(small_index())
    assert df["梯度"] == 1          # title, text and tags of one entry count once
    assert df["维度"] == 2 and df["数据"] == 1 and df["数据类型"] == 1
    assert df["不"] == 1            # stop words are counted too: they cut the query
    assert not [w for w in df if not HAN.search(w) or w in ("p", "code")]  # no English, no markup


def test_vocabulary_file_is_compact_and_complete(tmp_path):
    vocab = write(tmp_path)
    on_disk = json.loads((tmp_path / "zh_vocab.json").read_text(encoding="utf-8"))
    assert on_disk == vocab
    assert vocab["version"] == 1 and vocab["entries"] == 3
    words = {w: int(n) for n, ws in vocab["df"].items() for w in ws.split(" ")}
    assert words == search_hooks.index_vocabulary(small_index())
    stop = vocab["stop"].split(" ")
    assert {"的", "不", "为", "是"} <= set(stop)  # lunr's Chinese stop words, from lunr.zh.min.js
    # English words of the glossary only where the index has them; a term left with none goes.
    assert vocab["gloss"] == {"梯度": "grad", "维度": "size", "不匹配": "match"}
    assert "\n" not in (tmp_path / "zh_vocab.json").read_text(encoding="utf-8")


def test_glossary_file_parses():
    glossary = search_hooks.read_glossary()
    assert len(glossary) >= 50
    for term, words in glossary.items():
        assert HAN.fullmatch(term[0]) and words, term
        assert all(w == w.lower() and not HAN.search(w) for w in words), (term, words)


def run_js(vocab: dict, items: list[dict]) -> list:
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node.js (`node`) is needed to test the site's segment.js")
    proc = subprocess.run([node, str(RUNNER)], input=json.dumps({"vocab": vocab, "items": items}),
                          capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def vocab(tmp_path_factory):
    return write(tmp_path_factory.mktemp("vocab"))


CASES = [
    # (op, text, expected)
    ("cut", "梯度为", ["梯度", "为"]),
    ("cut", "维度不匹配", ["维度", "不匹配"]),        # a glossary term is a word, though jieba cut it
    ("cut", "数据类型", ["数据类型"]),
    ("segment", "梯度为None", ["梯度", "None"]),     # stop words go, English stays
    ("segment", "维度不匹配", ["维度", "不匹配"]),
    ("segment", "DataLoader卡住", ["DataLoader"]),   # characters that are no word go
    ("query", "梯度为None", "梯\\度^1 grad^1 None"),
    # the glossary term's parts that the index has, and its English words
    ("query", "维度不匹配", "维\\度^1 size^1 匹\\配^1 match^1"),
    # a long word and its parts: jieba cuts the same text differently in different places
    ("query", "数据类型", "数\\据\\类\\型^1 数\\据^1 类\\型^1"),
    ("query", "显存不够", ""),                      # nothing the index has: search.js sends the text
    ("query", "梯", "梯"),                          # typing: it starts a word, Material adds "*"
    ("query", "的了", ""),
]


def test_segment_js_cuts_with_the_vocabulary(vocab):
    got = run_js(vocab, [{"op": op, "text": text} for op, text, _ in CASES])
    assert [(op, text, g) for (op, text, _), g in zip(CASES, got)] == CASES


def test_segment_js_without_vocabulary_gives_bigrams(vocab):
    assert run_js(vocab, [{"op": "segment", "text": "梯度为None", "novocab": True}]) == [["梯度", "度为", "None"]]


def test_typed_query_set_format():
    rows = json.loads(TYPED.read_text(encoding="utf-8"))
    assert len(rows) >= 60
    queries = [r["query"] for r in rows]
    assert len(set(queries)) == len(queries)
    for r in rows:
        assert set(r) == {"query", "slug", "kind", "source"}, r
        assert HAN.search(r["query"]) and SLUG.match(r["slug"]) and r["source"], r
        assert r["kind"] in ("symptom", "message", "mixed"), r
        # typed as Chinese users type: no space next to a Chinese character
        assert not re.search(f"{HAN.pattern} | {HAN.pattern}", r["query"]), r
