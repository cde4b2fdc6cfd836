"""Results under other torch releases (releases/*.json): the committed files load and refer to real
snippets, broken files are refused with file and field named, records go stale when their snippet or
expectation changes, the matrix judge maps each kind of reply to the right outcome, and the
wordings captured there reach the error signatures. Nothing here installs a torch release."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from torchkb.kp import load_all, load_kp
from torchkb.matching import matcher
from torchkb.matching.signatures import captured_pattern, js_regex, search_regex, signature_of
from torchkb.verification import matrix
from torchkb.verification.matrix import Outcome, judge_release, skip_outcome
from torchkb.verification.releases import (MAX_MESSAGE, REPRO_OUTCOMES, RUN_OUTCOMES, RELEASES_DIR,
                                           ReleaseDataError, load_release, load_releases, orphans,
                                           snippet_hash)

REPO_ROOT = Path(__file__).resolve().parents[1]
FILES = sorted(RELEASES_DIR.glob("*.json"))


# --- the committed data ------------------------------------------------------------------------

def test_there_is_release_data():
    assert FILES, "releases/ holds no release data (make matrix)"


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_release_file_loads_and_is_stable(path):
    rel = load_release(path)
    assert rel.device == "cpu" or path.name.endswith("-cuda.json")
    assert rel.torch.split("+")[0] == rel.release, "the run reported another torch than the file names"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", rel.date)
    assert rel.records, f"{path.name} has no records"
    for key, rec in rel.records.items():
        assert len(rec.message) <= MAX_MESSAGE and len(rec.reason) <= MAX_MESSAGE, key
        if rec.outcome in ("raised", "other-wording"):
            assert rec.type and rec.message, f"{path.name}: {key}: an exception without type or message"
        if rec.outcome == "skipped":
            assert rec.reason, f"{path.name}: {key}: a skip without its reason"
    # Written by matrix.dumps: sorted keys, stable layout, so a re-run's diff shows only changes.
    text = path.read_text(encoding="utf-8")
    assert text == matrix.dumps(json.loads(text))


def test_records_refer_to_existing_snippets():
    """An orphan is a record whose snippet is gone (renamed or deleted since the run). It would
    never show on a page; a full re-run of that release drops it. New knowledge points are not a
    problem: they merely have no record yet."""
    found = orphans(load_releases(), load_all(REPO_ROOT))
    assert not found, ("records of snippets that do not exist; re-run those releases in full "
                       "(make matrix RELEASES=\"...\") or delete the records:\n" + "\n".join(found))


def test_records_have_the_role_of_their_snippet():
    snippets = {s.id: s for kp in load_all(REPO_ROOT) for s in kp.snippets}
    for rel in load_releases():
        for key, rec in rel.records.items():
            if key in snippets:
                assert rec.role == snippets[key].role, f"{rel.path.name}: {key}"


# --- broken files ------------------------------------------------------------------------------

def good_file() -> dict:
    return {"format": 1, "release": "2.4.1", "torch": "2.4.1+cu121", "device": "cpu", "gpu": None,
            "python": "3.11.7", "platform": "Linux", "date": "2026-11-29", "companions": {"numpy": "2.4.6"},
            "records": {"x/repro.py": {"hash": "0123456789abcdef", "role": "repro", "outcome": "raised",
                                       "type": "RuntimeError", "message": "boom"}}}


def write(folder: Path, data, name: str = "torch-2.4.1.json") -> Path:
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_a_good_fixture_loads(tmp_path):
    write(tmp_path, good_file())
    (rel,) = load_releases(tmp_path)
    rec = rel.records["x/repro.py"]
    assert (rec.outcome, rec.type, rec.message, rec.reason) == ("raised", "RuntimeError", "boom", "")
    assert rel.label == "2.4.1"


def _break(change):
    data = good_file()
    change(data)
    return data


@pytest.mark.parametrize("data, name, field", [
    ("{not json", "torch-2.4.1.json", "not valid JSON"),
    (_break(lambda d: d.update(format=2)), "torch-2.4.1.json", "field 'format'"),
    (_break(lambda d: d.pop("torch")), "torch-2.4.1.json", "field 'torch'"),
    (_break(lambda d: d.update(device="tpu")), "torch-2.4.1.json", "field 'device'"),
    (_break(lambda d: d.update(records=[])), "torch-2.4.1.json", "field 'records'"),
    (good_file(), "torch-2.4.0.json", "the file name must be torch-2.4.1.json"),
    (_break(lambda d: d.update(device="cuda")), "torch-2.4.1.json", "the file name must be torch-2.4.1-cuda.json"),
    (_break(lambda d: d["records"]["x/repro.py"].update(outcome="passed")), "torch-2.4.1.json",
     "field 'records['x/repro.py'].outcome'"),
    (_break(lambda d: d["records"]["x/repro.py"].update(role="test")), "torch-2.4.1.json",
     "field 'records['x/repro.py'].role'"),
    (_break(lambda d: d["records"]["x/repro.py"].update(hash="xyz")), "torch-2.4.1.json",
     "field 'records['x/repro.py'].hash'"),
    (_break(lambda d: d["records"].update({"noslash": d["records"]["x/repro.py"]})), "torch-2.4.1.json",
     "field 'records['noslash']'"),
])
def test_a_broken_file_names_file_and_field(tmp_path, data, name, field):
    path = write(tmp_path, data, name)
    with pytest.raises(ReleaseDataError) as info:
        load_releases(tmp_path)
    assert str(info.value).startswith(str(path)), info.value
    assert field in str(info.value), info.value


def test_orphans_are_named(tmp_path):
    write(tmp_path, good_file())
    kp = load_kp(REPO_ROOT / "tests" / "fixtures" / "harness" / "fix-raises")
    assert orphans(load_releases(tmp_path), [kp]) == [f"{tmp_path.name}/torch-2.4.1.json: x/repro.py"]


# --- stale detection ---------------------------------------------------------------------------

@pytest.fixture
def kp_dir(tmp_path):
    folder = tmp_path / "snippets" / "repro-wrong-message"
    shutil.copytree(REPO_ROOT / "tests" / "fixtures" / "harness" / "repro-wrong-message", folder)
    return folder


def repro_of(folder: Path):
    return next(s for s in load_kp(folder).snippets if s.role == "repro")


def test_snippet_hash_changes_with_the_snippet_and_its_expectation(kp_dir):
    first = snippet_hash(repro_of(kp_dir))
    assert snippet_hash(repro_of(kp_dir)) == first, "not deterministic"
    toml = kp_dir / "kp.toml"
    original = toml.read_text()
    # A change that does not touch this snippet's declaration keeps the records current...
    toml.write_text(original.replace('title = { en = "', 'title = { en = "Retitled: '))
    assert snippet_hash(repro_of(kp_dir)) == first
    # ...the expected message, the expected type and the snippet's code each make them stale.
    toml.write_text(original.replace("scalar outputs", "scalar output"))
    assert snippet_hash(repro_of(kp_dir)) != first
    toml.write_text(original.replace('type = "RuntimeError"', 'type = "ValueError"'))
    assert snippet_hash(repro_of(kp_dir)) != first
    toml.write_text(original)
    repro = kp_dir / "repro.py"
    repro.write_text(repro.read_text() + "\n# edited\n")
    assert snippet_hash(repro_of(kp_dir)) != first


def test_a_changed_snippet_makes_its_record_stale(kp_dir, tmp_path):
    snippet = repro_of(kp_dir)
    data = good_file()
    data["records"] = {snippet.id: {"hash": snippet_hash(snippet), "role": "repro", "outcome": "did-not-raise"}}
    write(tmp_path, data)
    (rel,) = load_releases(tmp_path)
    assert rel.status(snippet)[0] == "current"
    (kp_dir / "repro.py").write_text((kp_dir / "repro.py").read_text() + "\n# edited\n")
    assert rel.status(repro_of(kp_dir))[0] == "stale"
    other = next(s for s in load_kp(kp_dir).snippets if s.role == "fix")
    assert rel.status(other) == ("missing", None)


# --- the matrix judge --------------------------------------------------------------------------

def fixture_snippet(slug: str, role: str = "repro"):
    kp = load_kp(REPO_ROOT / "tests" / "fixtures" / "harness" / slug)
    return next(s for s in kp.snippets if s.role == role)


def done(raised=None, warnings=(), exit_code=0, network=()):
    return {"status": "done", "exit_status": 0, "workdir": "/tmp/torchkb-abc", "pid": 4242,
            "facts": {"raised": raised, "warnings": list(warnings), "exit_code": exit_code,
                      "network_attempts": list(network)}}


def exc(type_, message):
    return {"type": type_, "message": message, "traceback": f"{type_}: {message}\n"}


SCALAR = "grad can be implicitly created only for scalar outputs"


@pytest.mark.parametrize("reply, expected", [
    (done(exc("RuntimeError", SCALAR)), Outcome("raised", "RuntimeError", SCALAR)),
    (done(exc("RuntimeError", "grad can be created implicitly only for scalar outputs")),
     Outcome("other-wording", "RuntimeError", "grad can be created implicitly only for scalar outputs",
             f"the message does not match /{SCALAR}/")),
    (done(exc("ValueError", SCALAR)),
     Outcome("other-wording", "ValueError", SCALAR, "raised ValueError instead of RuntimeError")),
    (done(), Outcome("did-not-raise", reason="raised nothing (expected RuntimeError)")),
    (done(exit_code=3), Outcome("did-not-raise", reason="raised nothing (expected RuntimeError); exited with status 3")),
    ({"status": "timeout"}, Outcome("error", reason="timed out after 60 s")),
    ({"status": "crashed", "signal": "SIGSEGV"}, Outcome("error", reason="crashed: killed by signal SIGSEGV")),
    ({"status": "crashed", "exit_status": 1}, Outcome("error", reason="crashed: exited with status 1 before reporting")),
    ({"status": "error", "error": "KeyError: 'snippet'"}, Outcome("error", reason="harness error: KeyError: 'snippet'")),
    (done(exc("RuntimeError", SCALAR), network=["connect to ('192.0.2.1', 80)"]),
     Outcome("error", reason="tried to reach the network beyond loopback: connect to ('192.0.2.1', 80)")),
], ids=["raised", "other-message", "other-type", "nothing", "exit-code", "timeout", "signal", "crash",
        "harness", "network"])
def test_repro_outcomes(reply, expected):
    # The fixture's kp.toml expects RuntimeError matching /grad can be implicitly created only.../.
    assert judge_release(fixture_snippet("repro-wrong-message"), reply) == expected


@pytest.mark.parametrize("reply, expected", [
    (done(), Outcome("passed")),
    (done(exc("AssertionError", "x.grad is None")), Outcome("failed", "AssertionError", "x.grad is None",
                                                           "raised AssertionError")),
    (done(exit_code=1), Outcome("failed", reason="exited with status 1")),
    ({"status": "timeout"}, Outcome("error", reason="timed out after 60 s")),
])
def test_fix_outcomes(reply, expected):
    assert judge_release(fixture_snippet("fix-raises", "fix"), reply) == expected


def test_warning_outcomes():
    # warning-not-emitted expects a UserWarning matching its pattern.
    snippet = fixture_snippet("warning-not-emitted")
    pattern = snippet.expectation.message
    good = re.sub(r"\\(.)", r"\1", pattern)  # the fixture's pattern is literal text
    w = lambda t, m: {"type": t, "message": m, "file": "x.py", "line": 1}  # noqa: E731
    assert judge_release(snippet, done(warnings=[w("UserWarning", good)])).outcome == "raised"
    other = judge_release(snippet, done(warnings=[w("UserWarning", "something else entirely")]))
    assert (other.outcome, other.type, other.message) == ("other-wording", "UserWarning", "something else entirely")
    raised = judge_release(snippet, done(exc("RuntimeError", "an error instead")))
    assert (raised.outcome, raised.type) == ("other-wording", "RuntimeError")
    assert judge_release(snippet, done(warnings=[w("FutureWarning", good)])) == \
        Outcome("did-not-raise", reason="emitted no UserWarning (warnings seen: FutureWarning)")


def test_messages_are_made_machine_independent_and_cut():
    snippet = fixture_snippet("repro-wrong-message")
    prefix = "/work/x/.matrix/torch-2.0.1"
    message = (f"bad thing in {prefix}/lib/python3.11/site-packages/torch/nn/functional.py at 0x7f3a2b1c9d00 "
               "in /tmp/torchkb-abc/file.txt " + "x" * 2 * MAX_MESSAGE)
    o = judge_release(snippet, done(exc("RuntimeError", message)), prefix)
    assert o.outcome == "other-wording"
    assert o.message.startswith("bad thing in .../site-packages/torch/nn/functional.py at 0x… in <tmp>/file.txt ")
    assert len(o.message) == MAX_MESSAGE and o.message.endswith("…")


def snippet_named(slug: str, name: str):
    return next(s for s in load_kp(REPO_ROOT / "snippets" / slug).snippets if s.name == name)


def test_skips(tmp_path):
    cpu_machine = {"cuda_available": False, "cuda_version": None}
    cuda_wheel_no_gpu = {"cuda_available": False, "cuda_version": "13.0"}
    gpu_machine = {"cuda_available": True, "cuda_version": "13.0"}
    cuda = load_kp(REPO_ROOT / "snippets" / "cuda-out-of-memory").snippets[0]
    assert skip_outcome(cuda, set(), cpu_machine) == Outcome(
        "skipped", reason="requires a CUDA device; this machine has none")
    assert skip_outcome(cuda, set(), gpu_machine) is None
    cv2 = load_kp(REPO_ROOT / "snippets" / "cv2-resize-tensor-dsize").snippets[0]
    assert skip_outcome(cv2, {"cv2"}, cpu_machine).reason == \
        "requires module 'cv2', which is not installed with this release"
    assert skip_outcome(cv2, set(), cpu_machine) is None
    # A checkpoint saved on a GPU loads fine where there is one: the page's reproducer is skipped.
    no_cuda = snippet_named("deserialize-cuda-checkpoint-on-cpu", "repro.py")
    assert no_cuda.device == "no-cuda"
    assert skip_outcome(no_cuda, set(), cuda_wheel_no_gpu) is None
    assert "this machine has a CUDA device" in skip_outcome(no_cuda, set(), gpu_machine).reason
    # "Torch not compiled with CUDA enabled" needs a CPU-only build, which no default wheel is.
    cpu_build = snippet_named("torch-not-compiled-with-cuda", "repro.py")
    assert cpu_build.device == "cpu-build"
    assert skip_outcome(cpu_build, set(), cpu_machine) is None
    assert skip_outcome(cpu_build, set(), cuda_wheel_no_gpu).reason == \
        "shows what a torch built without CUDA does; this torch was built with CUDA 13.0"


def test_every_outcome_the_judge_gives_is_one_the_format_allows():
    assert {"raised", "other-wording", "did-not-raise", "error", "skipped"} == set(REPRO_OUTCOMES)
    assert {"passed", "failed", "error", "skipped"} == set(RUN_OUTCOMES)


# --- writing the file --------------------------------------------------------------------------

def test_a_partial_run_keeps_the_other_records_and_a_full_run_replaces_them(kp_dir):
    snippet = repro_of(kp_dir)
    previous = good_file()
    env = {"torch": "2.4.1+cu121", "device": "cpu", "python": "3.11.7", "platform": "Linux"}
    outcomes = [(snippet, Outcome("did-not-raise", reason="raised nothing"))]
    partial = matrix.build_release_data("2.4.1", env, {"numpy": "2.4.6"}, outcomes, previous, full=False,
                                        date="2026-11-30")
    assert set(partial["records"]) == {"x/repro.py", snippet.id}
    full = matrix.build_release_data("2.4.1", env, {"numpy": "2.4.6"}, outcomes, previous, full=True,
                                     date="2026-11-30")
    assert list(full["records"]) == [snippet.id]
    rec = full["records"][snippet.id]
    assert rec == {"hash": snippet_hash(snippet), "role": "repro", "outcome": "did-not-raise",
                   "reason": "raised nothing"}


def test_written_file_loads_back(kp_dir, tmp_path):
    snippet = repro_of(kp_dir)
    env = {"torch": "2.0.1", "device": "cpu", "python": "3.11.7", "platform": "Linux"}
    data = matrix.build_release_data("2.0.1", env, {}, [(snippet, Outcome("raised", "RuntimeError", "m"))],
                                     date="2026-11-30")
    path = matrix.write_release(data, tmp_path)
    assert path.name == "torch-2.0.1.json"
    assert load_release(path).status(snippet)[0] == "current"


@pytest.mark.parametrize("version, numpy_major", [("1.13.1", "1"), ("2.3.1", "1"), ("2.4.1", "2"), ("2.14.1", "2")])
def test_companion_pins(version, numpy_major):
    pins = matrix.companions_for(version)
    assert set(pins) == set(matrix.RECORDED)
    assert pins["numpy"].split(".")[0] == numpy_major


@pytest.mark.parametrize("version, problem", [("2.13.0", "main pin"), ("2.4", "X.Y.Z"), ("1.12.1", "no companion pins")])
def test_releases_that_cannot_run(version, problem):
    with pytest.raises(matrix.MatrixError, match=problem):
        matrix.check_version(version)


# --- captured wordings in the signatures -------------------------------------------------------

@pytest.mark.parametrize("message, pattern", [
    ("mat1 and mat2 shapes cannot be multiplied (2x144 and 256x10)",
     r"mat1 and mat2 shapes cannot be multiplied \(\d+x\d+ and \d+x\d+\)"),
    ("Expected more than 1 value per channel when training, got input size torch.Size([1, 3])",
     r"Expected more than \d+ value per channel when training, got input size torch\.Size\(\[[\d, ]*\]\)"),
    ("stack expects each tensor to be equal size, but got [3] at entry 0 and [4] at entry 1",
     r"stack expects each tensor to be equal size, but got \[\d+(, \d+)*\] at entry \d+ and \[\d+(, \d+)*\] at entry \d+"),
    ("Function 'SqrtBackward0' returned nan values in its 0th output.",
     r"Function 'SqrtBackward0' returned nan values in its \d+th output\."),
    ("CUDA out of memory. Tried to allocate 3.50 GiB\n(second line dropped)",
     r"CUDA out of memory\. Tried to allocate \d+\.\d+ GiB"),
])
def test_captured_pattern(message, pattern):
    assert captured_pattern(message) == pattern
    assert re.search(pattern, message.splitlines()[0])


def test_captured_pattern_refuses_what_would_match_anything():
    assert captured_pattern("3 != 4") is None
    assert captured_pattern("") is None


def _signature_with(tmp_path, kp_dir, record: dict):
    snippet = repro_of(kp_dir)
    data = good_file()
    data["records"] = {snippet.id: dict({"hash": snippet_hash(snippet), "role": "repro"}, **record)}
    write(tmp_path, data)
    return snippet, signature_of(load_kp(kp_dir), load_releases(tmp_path))


def test_other_wordings_become_examples_and_captured_patterns(tmp_path, kp_dir):
    message = "grad can be implicitly created only for scalar outputs of 3 elements\nmore detail"
    snippet, sig = _signature_with(tmp_path, kp_dir, {"outcome": "other-wording", "type": "RuntimeError",
                                                      "message": message})
    # The declared pattern matches this wording already: an example, but no new pattern.
    assert {"type": "RuntimeError", "message": message.splitlines()[0], "snippet": "repro.py",
            "release": "2.4.1"} in sig["examples"]
    assert not [p for p in sig["patterns"] if p["origin"] == "captured"]

    message = "gradients can only be created implicitly for outputs with 1 element, got [2, 3]"
    snippet, sig = _signature_with(tmp_path, kp_dir, {"outcome": "other-wording", "type": "RuntimeError",
                                                      "message": message})
    (captured,) = [p for p in sig["patterns"] if p["origin"] == "captured"]
    assert captured["versions"] == "torch 2.4.1 (captured by the harness)"
    assert captured["regex"] == r"gradients can only be created implicitly for outputs with \d+ element, got \[\d+(, \d+)*\]"
    assert captured["js"] == js_regex(search_regex(captured["regex"]))
    index = matcher.build_index([sig])
    got = matcher.match("RuntimeError: gradients can only be created implicitly for outputs with 7 element, got [8, 9]",
                        index)
    assert got and got[0]["via"] == "pattern" and got[0]["score"] >= matcher.CONFIDENT


@pytest.mark.parametrize("record", [
    {"outcome": "raised", "type": "RuntimeError", "message": SCALAR},
    {"outcome": "did-not-raise"},
    {"outcome": "other-wording", "type": "RuntimeError", "message": "a wording from a stale record",
     "hash": "0000000000000000"},
])
def test_only_current_other_wordings_count(tmp_path, kp_dir, record):
    snippet, sig = _signature_with(tmp_path, kp_dir, record)
    assert not [e for e in sig["examples"] if "release" in e]
    assert not [p for p in sig["patterns"] if p["origin"] == "captured"]
