"""Loading a malformed knowledge point stops with an error that names the file and the field."""

from pathlib import Path

import pytest

from torchkb.kp import KPError, check_pages, load_kp
from torchkb.scaffold import scaffold

INVALID = Path(__file__).parent / "fixtures" / "invalid"


@pytest.mark.parametrize("slug, field, words", [
    ("missing-field", "area", "missing (required)"),
    ("bad-regex", "expect.message", "regex does not compile"),
    ("catastrophic-regex", "expect.message", "regex can backtrack catastrophically"),
    ("unknown-key", "colour", "unknown key"),
    ("kind-mismatch", "kind", "kind 'recipe' needs at least one example*.py"),
    ("broken-toml", "(syntax)", "not valid TOML"),
    ("missing-title-zh", "title.zh", "missing"),
])
def test_invalid_kp_names_file_and_field(slug, field, words):
    with pytest.raises(KPError) as info:
        load_kp(INVALID / slug)
    err = info.value
    assert err.path.endswith(f"{slug}/kp.toml")
    assert err.field == field
    assert words in str(err)
    assert f"{slug}/kp.toml: field '{field}'" in str(err)


def test_missing_page_in_one_language_is_named(tmp_path):
    scaffold(tmp_path, "some-error", "error", "nn")
    kp = load_kp(tmp_path / "snippets" / "some-error")
    (tmp_path / "docs" / "zh" / "nn" / "some-error.md").unlink()
    with pytest.raises(KPError) as info:
        check_pages([kp], tmp_path / "docs")
    assert info.value.field == "page.zh"
    assert info.value.path.endswith("docs/zh/nn/some-error.md")


def test_scaffold_creates_a_loadable_kp_and_both_pages(tmp_path):
    created = scaffold(tmp_path, "new-thing", "recipe", "tensors")
    kp = load_kp(tmp_path / "snippets" / "new-thing")
    assert kp.kind == "recipe" and [s.name for s in kp.snippets] == ["example.py"]
    check_pages([kp], tmp_path / "docs")
    assert len(created) == 4
    with pytest.raises(FileExistsError):
        scaffold(tmp_path, "new-thing", "recipe", "tensors")


def _copy_fixture(tmp_path, name="repro-wrong-type"):
    import shutil

    folder = tmp_path / "snippets" / name
    shutil.copytree(Path(__file__).parent / "fixtures" / "harness" / name, folder)
    return folder


def test_an_error_without_the_fix_at_a_glance_markers_is_named(tmp_path):
    folder = _copy_fixture(tmp_path)
    fix = folder / "fix.py"
    fix.write_text("\n".join(l for l in fix.read_text().splitlines() if "--8<--" not in l) + "\n")
    with pytest.raises(KPError) as info:
        load_kp(folder)
    assert info.value.path.endswith("fix.py") and info.value.field == "section 'fix'"


def test_a_marker_that_never_ends_is_named(tmp_path):
    folder = _copy_fixture(tmp_path)
    repro = folder / "repro.py"
    repro.write_text(repro.read_text().replace("# --8<-- [end:cause]\n", ""))
    with pytest.raises(KPError, match="section 'cause' starts at line \\d+ but never ends"):
        load_kp(folder)


@pytest.mark.parametrize("requires,field", [
    ('cuda_snippets = ["nope.py"]', "requires.cuda_snippets"),
    ('no_cuda_snippets = ["repro.py"]\ncuda_snippets = ["repro.py"]', "requires.no_cuda_snippets"),
    ('cpu_build_snippets = ["repro.py"]\nno_cuda_snippets = ["repro.py"]', "requires.cpu_build_snippets"),
    ('cpu_build_snippets = ["missing.py"]', "requires.cpu_build_snippets"),
    ("commands = [1]", "requires.commands"),
])
def test_bad_requirements_are_named(tmp_path, requires, field):
    folder = _copy_fixture(tmp_path)
    toml = folder / "kp.toml"
    toml.write_text(toml.read_text() + f"\n[requires]\n{requires}\n")
    with pytest.raises(KPError) as info:
        load_kp(folder)
    assert info.value.field == field, str(info.value)


def test_a_notebook_mode_must_be_known(tmp_path):
    folder = _copy_fixture(tmp_path)
    toml = folder / "kp.toml"
    toml.write_text('notebook = "cells"\n' + toml.read_text())
    with pytest.raises(KPError, match="field 'notebook'"):
        load_kp(folder)
