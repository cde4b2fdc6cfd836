"""Error matching stays bounded on hostile input, in Python and in match.js, and bounding it did
not change the ranking.

- Every text of tests/data/hostile_inputs.json (about 1 MB each: one huge token of letters,
  digits, `/` paths or `x` shapes, a megabyte of one character, thousands of traceback frames,
  nested brackets, `Error:` repeats, control characters, bidi overrides, NUL bytes, lone
  surrogates, astral characters, CRLF mixes, a text over the size limit) is matched
  (`match_report`) and turned into a search query (`search_query`) within BOUND_S seconds: CPU
  time in Python (`time.process_time`), wall time measured inside Node.js for match.js (the page
  runs it on a browser tab's main thread or in match-worker.js). Before this work a single
  100,000-character token took 15.6 s. The output is sane and the same in both languages: the
  cuts reported are the expected ones (and the notice says so), a real error inside the noise
  still comes first.
- The windows bound contributors' patterns too: a quadratic one stays fast; the exponential ones
  are refused when kp.toml is loaded (matching/regex_guard.py), naming the file and the field.
- The linear rewrites of PATH_RE, SHAPE_RE and VERSION_RE give exactly the regexes' results
  (random text, both languages).
- The evaluation set gives exactly the results of the matcher before this work
  (tests/data/match_snapshot.json), in both languages.
- match-worker.js answers its documented messages (run in Node.js with a stand-in for `self`).
"""

from __future__ import annotations

import io
import json
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from torchkb import cli
from torchkb.kp import KPError, load_kp
from torchkb.matching import matcher
from torchkb.matching.regex_guard import backtracking_problem
from torchkb.matching.signatures import build_signatures
from torchkb.scaffold import scaffold

REPO_ROOT = Path(__file__).resolve().parents[1]
HOSTILE_FILE = REPO_ROOT / "tests" / "data" / "hostile_inputs.json"
SNAPSHOT_FILE = REPO_ROOT / "tests" / "data" / "match_snapshot.json"
REAL_ERRORS = REPO_ROOT / "tests" / "data" / "real_errors.jsonl"
JS_DIR = REPO_ROOT / "tests" / "js"
BOUND_S = 1.0
TRIES = 3  # a timing is retried (fastest kept) while over the bound: load slows one run, not all

HOSTILE = json.loads(HOSTILE_FILE.read_text(encoding="utf-8"))["inputs"]
HOSTILE_IDS = [item["name"] for item in HOSTILE]


def build_text(item: dict) -> str:
    return "".join(part * times for part, times in item["parts"])


def node(script: str, payload, timeout: int = 600):
    exe = shutil.which("node")
    if exe is None:
        pytest.fail("Node.js (`node`) is needed to test the site's match.js")
    proc = subprocess.run([exe, str(JS_DIR / script)], input=json.dumps(payload), capture_output=True,
                          text=True, encoding="utf-8", timeout=timeout)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def cpu_timed(fn):
    best, result = float("inf"), None
    for _ in range(TRIES):
        start = time.process_time()
        result = fn()
        best = min(best, time.process_time() - start)
        if best <= BOUND_S:
            break
    return best, result


@pytest.fixture(scope="module")
def signatures():
    return build_signatures(REPO_ROOT)["signatures"]


@pytest.fixture(scope="module")
def index(signatures):
    return matcher.build_index(signatures)


@pytest.fixture(scope="module")
def python_hostile(index):
    """name -> {match_s, query_s, report, query}, measured on first use (one input at a time, so
    that a slow step fails its own test)."""
    cache: dict[str, dict] = {}

    def get(name: str) -> dict:
        if name not in cache:
            text = build_text(HOSTILE[HOSTILE_IDS.index(name)])
            match_s, report = cpu_timed(lambda: matcher.match_report(text, index))
            query_s, query = cpu_timed(lambda: matcher.search_query(text))
            cache[name] = {"match_s": match_s, "query_s": query_s, "report": report, "query": query}
        return cache[name]
    return get


@pytest.fixture(scope="module")
def js_hostile(signatures):
    got = node("hostile_runner.js", {"signatures": signatures, "inputs": HOSTILE,
                                     "bound_ms": BOUND_S * 1000, "tries": TRIES})
    return {r["name"]: r for r in got}


def check_sane(item: dict, report: dict, query: str, notice: str) -> None:
    results = report["results"]
    assert isinstance(results, list) and len(results) <= matcher.MAX_RESULTS
    assert all(set(r) == {"slug", "score", "via"} and 0 < r["score"] <= 1 for r in results), results
    assert sorted(report["cut"]) == sorted(item["cut"]), report["cut"]
    assert bool(notice) == bool(report["cut"])
    if "input" in report["cut"]:
        assert f"input cut to {matcher.MAX_INPUT} characters" in notice
    if item.get("first"):
        assert results and results[0]["slug"] == item["first"], results
        assert results[0]["score"] >= matcher.CONFIDENT
    last = report["last"]
    assert last is None or len(last["text"]) <= matcher.BLOCK_WINDOW + 1
    assert isinstance(query, str) and len(query.split()) <= matcher.SEARCH_MAX_TERMS


@pytest.mark.parametrize("name", HOSTILE_IDS)
def test_python_matching_is_bounded(name, python_hostile):
    item = HOSTILE[HOSTILE_IDS.index(name)]
    got = python_hostile(name)
    assert got["match_s"] < BOUND_S, f"match took {got['match_s']:.2f} s of CPU time"
    assert got["query_s"] < BOUND_S, f"search_query took {got['query_s']:.2f} s of CPU time"
    check_sane(item, got["report"], got["query"], matcher.cut_notice(got["report"]["cut"]))


@pytest.mark.parametrize("name", HOSTILE_IDS)
def test_javascript_matching_is_bounded_and_agrees(name, js_hostile, python_hostile):
    item = HOSTILE[HOSTILE_IDS.index(name)]
    got = js_hostile[name]
    assert got["match_ms"] < BOUND_S * 1000, f"matchReport took {got['match_ms']:.0f} ms"
    assert got["query_ms"] < BOUND_S * 1000, f"searchQuery took {got['query_ms']:.0f} ms"
    check_sane(item, got["report"], got["query"], got["notice"]["en"])
    py = python_hostile(name)
    assert got["report"] == py["report"]
    assert got["query"] == py["query"]
    assert got["notice"] == {lang: matcher.cut_notice(py["report"]["cut"], lang) for lang in ("en", "zh")}


def test_cli_says_what_it_cut(capsys, monkeypatch):
    text = "epoch 1 loss 0.5\n" * 70000 + "RuntimeError: grad can be implicitly created only for scalar outputs\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    assert cli.main(["explain", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)[0]["slug"] == "backward-non-scalar-output"
    assert f"torchkb: input cut to {matcher.MAX_INPUT} characters (of {len(text)})" in captured.err


def test_cli_reads_bytes_that_are_not_utf8(capsys, monkeypatch):
    raw = b"\xff\xfe garbage \x80\nRuntimeError: grad can be implicitly created only for scalar outputs\n"

    class Stdin:
        buffer = io.BytesIO(raw)

    monkeypatch.setattr("sys.stdin", Stdin())
    assert cli.main(["explain", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["slug"] == "backward-non-scalar-output"


# --- contributors' patterns ---------------------------------------------------------------------

def one_pattern_signatures(regex: str) -> list[dict]:
    return [{"slug": "some-error", "kind": "error", "area": "nn", "titles": {"en": "Some error", "zh": "某个报错"},
             "urls": {"en": "/nn/some-error/", "zh": "/zh/nn/some-error/"}, "path": "nn/some-error/",
             "patterns": [{"type": "AttributeError", "regex": regex, "js": regex, "origin": "expect"}],
             "examples": []}]


def test_windows_bound_a_quadratic_pattern():
    r"""`\w+ object has no attribute` tries every start of a long word and runs to its end from
    each: quadratic, hours on a 1 MB token, bounded by the windows (and found when present)."""
    sigs = one_pattern_signatures(r"\w+ object has no attribute")
    index = matcher.build_index(sigs)
    for text in ["a" * 1_000_000, ("b" * 3000 + " ") * 300]:
        seconds, results = cpu_timed(lambda: matcher.match(text, index))
        assert seconds < BOUND_S and results == []
    assert matcher.match("AttributeError: NoneType object has no attribute 'y'", index)[0]["via"] == "pattern"
    js = node("hostile_runner.js", {"signatures": sigs, "inputs": [{"name": "a", "parts": [["a", 1000000]]}],
                                    "bound_ms": BOUND_S * 1000, "tries": TRIES})
    assert js[0]["match_ms"] < BOUND_S * 1000


@pytest.mark.parametrize("pattern", [
    r"(a+)+$", r"(\w+\s?)*x", r"(a|aa)+b", r"(?:a|b|ab)+c", r"(.*a){2,}", r"(x+x+)+y", r"(\d+,?)+z",
    r"(a*)*b", r"((ab)*)*c", r"(?:\s*)+x", "(?:\n)+x", r"(?=(a+)+b)", r"(?:[a-z]+ ?)+!",
])
def test_catastrophic_patterns_are_refused(pattern):
    assert backtracking_problem(pattern)


@pytest.mark.parametrize("pattern", [
    r"\[\d+(, \d+)*\]", r"(?:[A-Za-z_][A-Za-z0-9_]*\.)*Error", r"(a|ab)+c", r"[\d, ]*", r"(Float|Double)+",
    r"(?:foo\n)+", r"(, which is output \d+ of \w+,)?", r"x{2,5}", r"(ab|cd){2,}",
    r"Error\(s\) in loading state_dict for [\w.]+:|(Missing|Unexpected) key\(s\) in state_dict: \"[^\"]+\"",
])
def test_linear_patterns_are_accepted(pattern):
    assert backtracking_problem(pattern) is None


def test_every_knowledge_point_pattern_is_accepted(signatures):
    # load_all would have raised already; this names the pattern if the rule ever tightens.
    for sig in signatures:
        for p in sig["patterns"]:
            assert backtracking_problem(p["regex"]) is None, (sig["slug"], p["regex"])


def test_the_refused_shape_is_really_slow():
    """What the guard prevents: (a+)+$ on 24 characters that almost match already takes long."""
    import re

    rx = re.compile(r"(a+)+$")
    start = time.process_time()
    rx.search("a" * 22 + "!")
    assert time.process_time() - start > 0.05


def test_kp_toml_variant_with_a_catastrophic_pattern_names_file_and_field(tmp_path):
    scaffold(tmp_path, "some-error", "error", "nn")
    kp_dir = tmp_path / "snippets" / "some-error"
    toml = kp_dir / "kp.toml"
    text = toml.read_text(encoding="utf-8")
    assert "[[expect]]" in text or "[expect]" in text
    load_kp(kp_dir)  # the scaffold loads
    toml.write_text(text + '\n[[expect.variants]]\nmessage = "cannot (\\\\w+ ?)+ multiply"\nversions = "<2.0"\n'
                    'source = "https://example.org/issue"\n', encoding="utf-8")
    with pytest.raises(KPError) as info:
        load_kp(kp_dir)
    err = info.value
    assert err.path.endswith("some-error/kp.toml")
    assert err.field in ("expect.variants[0].message", "expect[0].variants[0].message")
    assert "regex can backtrack catastrophically" in str(err) and "(\\w+ ?)+" in str(err)


# --- linear rewrites ----------------------------------------------------------------------------

REWRITES = [
    ("strip_paths", matcher.PATH_RE, " ", list("ab/\\:.ABxC _1,\"(") + [".py", ".pyc", ".c", ".h", ".so", ":12",
                                                                        ".cuh", ".ipynb", "C:"]),
    ("strip_shapes", matcher.SHAPE_RE, " ", list("12 x×a_.-") + ["34", " x ", "×"]),
    ("strip_versions", matcher.VERSION_RE, r"\1", list("ab(1.)_ 2") + ["v(", "1.2", ")"]),
]


def random_texts(alphabet: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16))) for _ in range(count)]


@pytest.mark.parametrize("name, regex, repl, alphabet", REWRITES, ids=[r[0] for r in REWRITES])
def test_linear_rewrites_equal_the_regexes(name, regex, repl, alphabet, signatures):
    texts = random_texts(alphabet, 20000, seed=len(name))
    fn = getattr(matcher, name)
    diffs = [(t, regex.sub(repl, t), fn(t)) for t in texts if regex.sub(repl, t) != fn(t)]
    assert not diffs, diffs[:5]
    js = node("match_runner.js", {"signatures": [], "items": [{"op": name, "text": t} for t in texts[:4000]]})
    assert js == [fn(t) for t in texts[:4000]]


# --- the ranking did not change -------------------------------------------------------------------

def snapshot_results(signatures: list[dict]) -> dict:
    index = matcher.build_index(signatures)
    records = [json.loads(line) for line in REAL_ERRORS.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = {}
    for r in records:
        entry = {}
        for form, text in (("as_pasted", r["text"]), ("one_line", r["text"].replace("\n", " "))):
            entry[form] = {"match": [[m["slug"], m["score"], m["via"]] for m in matcher.match(text, index)],
                           "search_query": matcher.search_query(text)}
        out[r["id"]] = entry
    return out


def test_evaluation_set_ranks_as_before():
    snapshot = json.loads(SNAPSHOT_FILE.read_text(encoding="utf-8"))
    got = snapshot_results(snapshot["signatures"])
    # The snapshot holds the evaluation set as it was when the bounds were added; texts added since
    # are held to the recall targets instead (test_matching.py).
    assert set(snapshot["results"]) <= set(got), "texts of the snapshot left tests/data/real_errors.jsonl"
    diffs = [(rid, form, got[rid][form], want[form]) for rid, want in snapshot["results"].items()
             for form in want if got[rid][form] != want[form]]
    assert not diffs, f"{len(diffs)} differences, first: {diffs[0]}"


def test_evaluation_set_ranks_as_before_in_javascript():
    snapshot = json.loads(SNAPSHOT_FILE.read_text(encoding="utf-8"))
    records = [json.loads(line) for line in REAL_ERRORS.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [r for r in records if r["id"] in snapshot["results"]]
    items, keys = [], []
    for r in records:
        for form, text in (("as_pasted", r["text"]), ("one_line", r["text"].replace("\n", " "))):
            items += [{"op": "match", "text": text}, {"op": "search_query", "text": text}]
            keys += [(r["id"], form, "match"), (r["id"], form, "search_query")]
    got = node("match_runner.js", {"signatures": snapshot["signatures"], "items": items})
    diffs = []
    for (rid, form, op), value in zip(keys, got):
        if op == "match":
            value = [[m["slug"], m["score"], m["via"]] for m in value]
        if value != snapshot["results"][rid][form][op]:
            diffs.append((rid, form, op, value))
    assert not diffs, f"{len(diffs)} differences, first: {diffs[0]}"


# --- the worker -------------------------------------------------------------------------------------

def test_worker_answers_its_messages(signatures, index):
    error_text = "RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 4x5)"
    long_text = "x\n" * 600_000 + error_text
    got = node("worker_runner.js", [
        {"id": 0, "text": error_text},                      # before any signatures
        {"signatures": signatures},
        {"id": 1, "text": error_text},
        {"id": "b", "text": long_text, "lang": "zh", "limit": 2},
        {"signatures": signatures[:3], "text": "hello", "id": 3},
        {"what": "else"},
    ])
    assert got["imported"] == ["match.js"]
    replies = got["replies"]
    assert [r["type"] for r in replies] == ["error", "ready", "result", "result", "ready", "result", "error"]
    assert replies[0]["id"] == 0 and "signatures" in replies[0]["message"]
    assert replies[1] == {"type": "ready", "count": len(signatures)}
    want = matcher.match_report(error_text, index)
    assert replies[2] == {"type": "result", "id": 1, "results": want["results"], "last": want["last"],
                          "cut": {}, "notice": "", "confident": matcher.CONFIDENT}
    assert replies[2]["results"][0]["slug"] == "mat1-mat2-shape-mismatch"
    want = matcher.match_report(long_text, index, 2)
    assert replies[3]["id"] == "b" and replies[3]["results"] == want["results"] and len(want["results"]) <= 2
    assert replies[3]["cut"] == want["cut"]
    assert sorted(want["cut"]) == ["input", "lines"] and want["cut"]["input"] == [len(long_text), matcher.MAX_INPUT]
    assert replies[3]["notice"] == matcher.cut_notice(want["cut"], "zh") and "1000000" in replies[3]["notice"]
    assert replies[4] == {"type": "ready", "count": 3}
    assert replies[5]["id"] == 3 and replies[5]["results"] == []
    assert replies[6]["id"] is None


if __name__ == "__main__" and sys.argv[1:] == ["--update-snapshot"]:
    data = json.loads(SNAPSHOT_FILE.read_text(encoding="utf-8"))
    data["results"] = snapshot_results(data["signatures"])
    SNAPSHOT_FILE.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"rewrote {SNAPSHOT_FILE}")
