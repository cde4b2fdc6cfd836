"""Error matching: the Python implementation (src/torchkb/matching/matcher.py) and the JavaScript one the
site serves (docs/overrides/assets/torchkb/match.js), on one shared table of cases
(tests/data/match_cases.json) and on the evaluation set of real pasted errors
(tests/data/real_errors.jsonl), plus the signatures, `torchkb explain` and explain's recall.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from torchkb import cli
from torchkb.matching import matcher as matching
from torchkb.kp import load_all
from torchkb.matching.signatures import (SignatureError, build_signatures, concrete_example, error_lines,
                                js_regex, search_regex)

REPO_ROOT = Path(__file__).resolve().parents[1]
CASES_FILE = REPO_ROOT / "tests" / "data" / "match_cases.json"
REAL_ERRORS = REPO_ROOT / "tests" / "data" / "real_errors.jsonl"
RUNNER = REPO_ROOT / "tests" / "js" / "match_runner.js"
EXPLAIN_RECALL_AT_1 = 0.95

TABLE = json.loads(CASES_FILE.read_text(encoding="utf-8"))
CASES = TABLE["cases"]


def run_js(signatures: list[dict], items: list[dict]) -> list:
    """match.js in Node.js on a batch of {op, text} items."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node.js (`node`) is needed to test the site's match.js against the shared table")
    proc = subprocess.run([node, str(RUNNER)], input=json.dumps({"signatures": signatures, "items": items}),
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def run_py(index: matching.Index, op: str, text: str):
    if op == "match":
        return matching.match(text, index)
    if op == "parse":
        p = matching.parse(text)
        return {"blocks": [{"type": b.type, "text": b.text} for b in p.blocks], "flat": p.flat,
                "flat_raw": p.flat_raw}
    if op == "normalize":
        return matching.normalize(text)
    if op == "tokens":
        return matching.tokens(text)
    if op == "search_query":
        return matching.search_query(text)
    raise ValueError(op)


def check_case(case: dict, result) -> None:
    op = case["op"]
    if op == "match":
        assert [r["slug"] for r in result] == case["ranking"]
        if result:
            assert result[0]["via"] == case["via"]
            assert (result[0]["score"] >= matching.CONFIDENT) == case["confident"]
    elif op == "parse":
        assert [[b["type"], b["text"]] for b in result["blocks"]] == case["blocks"]
    else:
        assert result == case["result"]


@pytest.fixture(scope="module")
def table_index():
    return matching.build_index(TABLE["signatures"])


@pytest.fixture(scope="module")
def js_table_results():
    return run_js(TABLE["signatures"], [{"op": c["op"], "text": c["text"]} for c in CASES])


@pytest.fixture(scope="module")
def real_signatures():
    return build_signatures(REPO_ROOT)["signatures"]


@pytest.fixture(scope="module")
def real_errors():
    return [json.loads(line) for line in REAL_ERRORS.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_python_on_shared_cases(case, table_index):
    check_case(case, run_py(table_index, case["op"], case["text"]))


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c["name"] for c in CASES])
def test_javascript_on_shared_cases(index, js_table_results, table_index):
    case = CASES[index]
    check_case(case, js_table_results[index])
    # Not only the checked fields: every score, block and view is the same in both languages.
    assert js_table_results[index] == run_py(table_index, case["op"], case["text"])


def test_python_and_javascript_agree_on_the_evaluation_set(real_signatures, real_errors):
    index = matching.build_index(real_signatures)
    items = [{"op": op, "text": r["text"]} for r in real_errors for op in ("match", "parse", "search_query")]
    js = run_js(real_signatures, items)
    diffs = [(item["op"], item["text"][:80], got, run_py(index, item["op"], item["text"]))
             for item, got in zip(items, js) if got != run_py(index, item["op"], item["text"])]
    assert not diffs, f"{len(diffs)} differences, first: {diffs[0]}"


def test_every_pattern_compiles_in_python_and_javascript(real_signatures):
    import re

    patterns = [(s["slug"], p) for s in real_signatures for p in s["patterns"]]
    assert patterns
    for slug, p in patterns:
        re.compile(p["regex"], re.I | re.S)
    errors = run_js(real_signatures, [{"op": "compile", "text": p["js"]} for _, p in patterns])
    failed = [(slug, p["js"], err) for (slug, p), err in zip(patterns, errors) if err is not None]
    assert not failed, f"patterns JavaScript cannot compile: {failed}"


def test_each_knowledge_point_matches_its_own_error(real_signatures):
    """The error each reproducer printed (or, CUDA-only, an example of its pattern) finds its page
    first, confidently."""
    index = matching.build_index(real_signatures)
    for kp in load_all(REPO_ROOT):
        if kp.kind == "recipe":
            continue
        lines = error_lines(kp)
        assert lines, f"{kp.slug}: no error text to try"
        for line in lines:
            got = matching.match(line, index)
            mine = [g for g in got if g["slug"] == kp.slug]
            assert mine and mine[0]["score"] >= matching.CONFIDENT, (kp.slug, line, got)
            # First, or tied for first with a page that declares the same message (the DataLoader
            # and torch.stack pages both explain "stack expects each tensor to be equal size").
            assert got[0]["slug"] == kp.slug or mine[0]["score"] == got[0]["score"], (kp.slug, line, got)


def existing_slugs() -> set[str]:
    return {p.parent.name for p in (REPO_ROOT / "snippets").glob("*/kp.toml")}


def test_explain_recall_at_1_on_real_errors(real_signatures, real_errors):
    """A correctness property of matching (not a timing): of the real pasted errors whose knowledge
    point exists, at least 95% find it first."""
    index = matching.build_index(real_signatures)
    have = existing_slugs()
    records = [r for r in real_errors if r["expected"] in have]
    assert len(records) >= 30, "too few evaluation texts with an existing knowledge point"
    misses = []
    for r in records:
        got = matching.match(r["text"], index)
        if not got or got[0]["slug"] != r["expected"]:
            misses.append((r["id"], r["expected"], [g["slug"] for g in got[:3]]))
    recall = 1 - len(misses) / len(records)
    assert recall >= EXPLAIN_RECALL_AT_1, f"recall@1 {recall:.3f} < {EXPLAIN_RECALL_AT_1}; misses: {misses}"


# --- signatures ---------------------------------------------------------------------------------

def test_signatures_cover_every_error_and_warning():
    data = build_signatures(REPO_ROOT)
    kps = [kp for kp in load_all(REPO_ROOT) if kp.kind != "recipe"]
    assert [s["slug"] for s in data["signatures"]] == [kp.slug for kp in kps]
    for sig, kp in zip(data["signatures"], kps):
        assert sig["urls"] == {"en": kp.url("en"), "zh": kp.url("zh")}
        assert sig["titles"] == kp.title
        assert sum(p["origin"] == "expect" for p in sig["patterns"]) == len(kp.expectations)
        assert sum(p["origin"] == "variant" for p in sig["patterns"]) == sum(len(e.variants) for e in kp.expectations)


@pytest.mark.parametrize("python, javascript", [
    (r"(?P<t>Float|Double) != (?P=t)", r"(?<t>Float|Double) != \k<t>"),
    (r"\Amat1\Z", r"^mat1$"),
    (r"[\d.]+ (?:bytes|[KMGT]iB)", r"[\d.]+ (?:bytes|[KMGT]iB)"),
    (r"a\++", r"a\++"),
])
def test_js_regex_translation(python, javascript):
    assert js_regex(python) == javascript


@pytest.mark.parametrize("pattern, expected", [
    (r"(?i)leaf variable", "leaf variable"),
    (r"(?i:Leaf) variable", "(?:Leaf) variable"),
    ("Error\\(s\\) in loading state_dict:\n\\s+Missing", r"Error\(s\) in loading state_dict:\s*\s+Missing"),
    (r"Missing key\n", r"Missing key\s*"),
    (r"[^\n]+", r"[^\n]+"),
])
def test_search_regex(pattern, expected):
    assert search_regex(pattern) == expected


@pytest.mark.parametrize("pattern", [r"(?x) a b", r"(?m)^a", r"a*+", r"(?>ab)"])
def test_untranslatable_patterns_are_refused(pattern):
    with pytest.raises(SignatureError):
        js_regex(search_regex(pattern))


def test_concrete_example_matches_its_pattern():
    for pattern in [r"CUDA out of memory\. Tried to allocate [\d.]+ (?:bytes|[KMGT]iB)",
                    r"Expected all tensors to be on the same device, but found at least two devices, "
                    r"[a-z]+(?::\d+)? and [a-z]+(?::\d+)?!"]:
        example = concrete_example(pattern)
        assert example and "\\" not in example


# --- torchkb explain ----------------------------------------------------------------------------

def test_cli_explain_text(capsys):
    assert cli.main(["explain", "RuntimeError: grad can be implicitly created only for scalar outputs"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1. ") and "/autograd/backward-non-scalar-output/" in out and "score" in out


def test_cli_explain_stdin_json_zh(capsys, monkeypatch):
    import io

    text = ('Traceback (most recent call last):\n  File "/home/me/train.py", line 3, in <module>\n'
            "    loss.backward()\nRuntimeError: grad can be implicitly created only for scalar outputs\n")
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    assert cli.main(["explain", "--json", "--lang", "zh"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got[0]["slug"] == "backward-non-scalar-output"
    assert got[0]["url"] == "/zh/autograd/backward-non-scalar-output/"
    assert set(got[0]) == {"slug", "title", "url", "score"}
    kp = {k.slug: k for k in load_all(REPO_ROOT)}[got[0]["slug"]]
    assert got[0]["title"] == kp.title["zh"]
    assert [g["score"] for g in got] == sorted((g["score"] for g in got), reverse=True)


def test_cli_explain_nothing_matches(capsys):
    assert cli.main(["explain", "--json", "hello, nothing to see here"]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out) == []
    assert "no knowledge point matches" in captured.err
