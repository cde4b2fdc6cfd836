"""The harness against broken fixtures: each failure must say exactly what went wrong."""

from pathlib import Path

import pytest

from torchkb.verification.harness import run_one
from torchkb.kp import load_kp

FIXTURES = Path(__file__).parent / "fixtures" / "harness"


def run(fork_server, slug: str, snippet: str):
    kp = load_kp(FIXTURES / slug)
    (target,) = [s for s in kp.snippets if s.name == snippet]
    return run_one(fork_server, target)


@pytest.mark.parametrize("slug, snippet, expected", [
    ("repro-raises-nothing", "repro.py",
     "raised nothing (expected RuntimeError matching /grad can be implicitly created only for scalar outputs/)"),
    ("repro-wrong-type", "repro.py", "raised RuntimeError instead of ValueError: shape '[3]' is invalid"),
    ("repro-wrong-message", "repro.py",
     "raised RuntimeError but the message does not match /grad can be implicitly created only for scalar "
     "outputs/: got 'stack expects each tensor to be equal size"),
    ("fix-raises", "fix.py", "raised RuntimeError: grad can be implicitly created only for scalar outputs"),
    ("snippet-hangs", "example.py", "timed out after 1 s"),
    ("snippet-aborts", "example.py", "crashed: killed by signal SIGABRT"),
    ("snippet-network", "example.py",
     "tried to reach the network beyond loopback: connect to ('192.0.2.1', 80)"),
    ("warning-not-emitted", "repro.py", "emitted no UserWarning (warnings seen: none)"),
    ("golden-differs", "example.py", "output differs from example.out"),
])
def test_failure_is_specific(fork_server, slug, snippet, expected):
    result = run(fork_server, slug, snippet)
    assert result.status == "fail"
    assert result.reason.startswith(expected), result.reason


def test_golden_difference_shows_a_unified_diff(fork_server):
    result = run(fork_server, "golden-differs", "example.py")
    assert "-an output someone typed by hand" in result.reason
    assert "+the real output" in result.reason


def test_loopback_is_allowed(fork_server):
    result = run(fork_server, "snippet-loopback-ok", "example.py")
    assert result.status == "pass", result.reason


def test_other_snippets_still_run_after_a_crash_and_a_timeout(fork_server):
    assert run(fork_server, "snippet-aborts", "example.py").status == "fail"
    assert run(fork_server, "snippet-hangs", "example.py").status == "fail"
    assert run(fork_server, "snippet-loopback-ok", "example.py").status == "pass"


def test_each_snippet_gets_fresh_state(fork_server, tmp_path):
    """A module-level change in one snippet must not leak into the next."""
    folder = tmp_path / "fresh-state"
    folder.mkdir()
    (folder / "kp.toml").write_text('kind = "recipe"\narea = "tensors"\ntitle = { en = "x", zh = "x" }\n')
    (folder / "example.py").write_text(
        "import torch, os\n"
        "assert not hasattr(torch, '_torchkb_leak'), 'state leaked from an earlier snippet'\n"
        "torch._torchkb_leak = True\n"
        "assert os.getcwd() == os.environ['TORCHKB_WORKDIR']\n"
        "open('scratch.txt', 'w').write('x')\n")
    (folder / "example.out").write_text("")
    kp = load_kp(folder)
    for _ in range(2):
        result = run_one(fork_server, kp.snippets[0])
        assert result.status == "pass", result.reason


def test_missing_module_is_a_skip_with_its_reason(fork_server, tmp_path):
    folder = tmp_path / "needs-module"
    folder.mkdir()
    (folder / "kp.toml").write_text('kind = "recipe"\narea = "tensors"\ntitle = { en = "x", zh = "x" }\n'
                                    '[requires]\nmodules = ["no_such_module_torchkb"]\n')
    (folder / "example.py").write_text("import no_such_module_torchkb\n")
    result = run_one(fork_server, load_kp(folder).snippets[0])
    assert result.status == "skip"
    assert result.reason == "requires module 'no_such_module_torchkb', which is not installed"


def test_a_snippet_reading_stdin_cannot_eat_the_servers_requests(fork_server, tmp_path):
    folder = tmp_path / "reads-stdin"
    folder.mkdir()
    (folder / "kp.toml").write_text('kind = "recipe"\narea = "tensors"\ntitle = { en = "x", zh = "x" }\n')
    (folder / "example.py").write_text("import sys\nprint(repr(sys.stdin.read()))\n")
    (folder / "example.out").write_text("''\n")
    result = run_one(fork_server, load_kp(folder).snippets[0])
    assert result.status == "pass", result.reason
    assert run(fork_server, "snippet-loopback-ok", "example.py").status == "pass"


def test_warnings_appear_in_order_without_the_harness_frames(fork_server):
    result = run(fork_server, "anomaly-warning", "example.py")
    assert result.status == "pass", result.reason
    assert "torchkb" not in result.output and "runpy" not in result.output
    lines = result.output.splitlines()
    assert lines[-1].startswith("caught: Function 'SqrtBackward0' returned nan")
    assert any("Error detected in SqrtBackward0" in line for line in lines[:-1])


@pytest.mark.parametrize("line,built_with", [
    ("cuda: Optional[str] = None", None),
    ("cuda: Optional[str] = '13.0'", "13.0"),
    ("cuda = '11.7'", "11.7"),  # torch 1.x writes no annotation
])
def test_the_cuda_build_is_read_without_importing_torch(tmp_path, monkeypatch, line, built_with):
    import importlib.machinery
    import importlib.util

    from torchkb.verification import harness

    (tmp_path / "version.py").write_text(f"__version__ = '9.9.9'\n{line}\ngit_version = 'abc'\n")
    spec = importlib.machinery.ModuleSpec("torch", None, is_package=True)
    spec.submodule_search_locations = [str(tmp_path)]
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: spec if name == "torch" else None)
    assert harness.torch_cuda_build() == built_with
