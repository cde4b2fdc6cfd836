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
