"""The verification cache reuses a pass only when nothing that could change it has changed, and
`verify` runs snippets on several fork servers with the same results as one."""

import shutil
from pathlib import Path

import pytest

from torchkb.kp import load_kp
from torchkb.verification import cache as cache_mod
from torchkb.verification.cache import Cache
from torchkb.verification.harness import verify

FIXTURES = Path(__file__).parent / "fixtures" / "harness"


@pytest.fixture
def kp_dir(tmp_path):
    folder = tmp_path / "snippets" / "snippet-loopback-ok"
    shutil.copytree(FIXTURES / "snippet-loopback-ok", folder)
    return folder


def run(folder: Path, cache: Cache, **kwargs):
    env, results = verify([load_kp(folder)], cache=cache, **kwargs)
    (result,) = results
    return result


def test_second_run_reuses_the_pass(kp_dir, tmp_path):
    cache = Cache(tmp_path / "cache")
    first = run(kp_dir, cache)
    assert first.status == "pass" and not first.cached
    second = run(kp_dir, cache)
    assert second.status == "pass" and second.cached
    assert second.output == first.output
    assert second.verified_at == first.verified_at  # the date of the run that produced it


def test_a_changed_snippet_runs_again(kp_dir, tmp_path):
    cache = Cache(tmp_path / "cache")
    run(kp_dir, cache)
    snippet = kp_dir / "example.py"
    snippet.write_text(snippet.read_text() + "\n# edited\n")
    assert not run(kp_dir, cache).cached


def test_a_changed_kp_toml_runs_again(kp_dir, tmp_path):
    cache = Cache(tmp_path / "cache")
    run(kp_dir, cache)
    toml = kp_dir / "kp.toml"
    toml.write_text(toml.read_text() + "\ntimeout = 30\n")
    assert not run(kp_dir, cache).cached


def test_a_changed_harness_or_environment_runs_again(kp_dir, tmp_path, monkeypatch):
    cache = Cache(tmp_path / "cache")
    run(kp_dir, cache)
    monkeypatch.setattr(cache_mod, "harness_digest", lambda: "other harness code")
    assert not run(kp_dir, cache).cached
    run(kp_dir, cache)
    monkeypatch.setattr(cache_mod, "environment_digest", lambda: "torch 9.9")
    assert not run(kp_dir, cache).cached


def test_a_cached_pass_is_still_compared_with_the_golden(kp_dir, tmp_path):
    cache = Cache(tmp_path / "cache")
    run(kp_dir, cache)
    (kp_dir / "example.out").write_text("an output someone typed by hand\n")
    result = run(kp_dir, cache)
    assert result.cached and result.status == "fail"
    assert "output differs from example.out" in result.reason


def test_failures_are_never_cached(tmp_path):
    cache = Cache(tmp_path / "cache")
    folder = tmp_path / "snippets" / "fix-raises"
    shutil.copytree(FIXTURES / "fix-raises", folder)
    env, results = verify([load_kp(folder)], cache=cache)
    env, again = verify([load_kp(folder)], cache=cache)
    failed = [r for r in again if r.snippet == "fix.py"]
    assert failed[0].status == "fail" and not failed[0].cached


def test_disabled_cache_runs_everything(kp_dir, tmp_path):
    run(kp_dir, Cache(tmp_path / "cache"))
    assert not run(kp_dir, Cache(tmp_path / "cache", enabled=False)).cached


def test_two_servers_give_the_same_results_in_order(tmp_path):
    kps = [load_kp(FIXTURES / name) for name in ("repro-raises-nothing", "fix-raises", "snippet-loopback-ok")]
    env1, one = verify(kps, jobs=1)
    env2, two = verify(kps, jobs=2)
    assert [(r.slug, r.snippet, r.status, r.reason.splitlines()[:1]) for r in one] == \
           [(r.slug, r.snippet, r.status, r.reason.splitlines()[:1]) for r in two]
