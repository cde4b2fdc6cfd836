"""Deployment URLs (torchkb.site.deploy) and the version summary and table from release data
(torchkb.site.versions): a stale record is never shown as verified."""

import json

import pytest

from torchkb import REPO_ROOT
from torchkb.kp import load_all
from torchkb.site import deploy, versions
from torchkb.verification.releases import ReleaseDataError, load_release, record_for

KPS = {kp.slug: kp for kp in load_all(REPO_ROOT)}


def test_local_default_has_no_repository(monkeypatch):
    monkeypatch.setattr(deploy, "_git_origin", lambda root: None)
    d = deploy.current(environ={})
    assert d.site_url == "http://127.0.0.1:8000/" and d.repo_url is None and d.repo_name is None
    assert d.site_for("zh") == "http://127.0.0.1:8000/zh/"


def test_the_pages_workflow_gives_both(monkeypatch):
    d = deploy.current(environ={"TORCHKB_SITE_URL": "https://someone.github.io/kb",
                                "TORCHKB_REPO_URL": "https://github.com/someone/kb.git"})
    assert d.site_url == "https://someone.github.io/kb/" and d.repo_url == "https://github.com/someone/kb"
    assert d.repo_name == "someone/kb"


@pytest.mark.parametrize("origin,expected", [
    ("git@github.com:someone/kb.git", "https://github.com/someone/kb"),
    ("https://github.com/someone/kb", "https://github.com/someone/kb"),
    ("/srv/mirror/kb.git", None),
    ("https://gitlab.com/someone/kb.git", None),
])
def test_a_github_origin_is_the_local_repository(monkeypatch, origin, expected):
    monkeypatch.setattr(deploy, "_git_origin", lambda root: origin)
    assert deploy.current(environ={}).repo_url == expected


@pytest.mark.parametrize("env,word", [
    ({"TORCHKB_SITE_URL": "ftp://x/"}, "TORCHKB_SITE_URL"),
    ({"TORCHKB_REPO_URL": "https://gitlab.com/a/b"}, "TORCHKB_REPO_URL"),
])
def test_bad_deployment_values_are_named(env, word):
    with pytest.raises(deploy.DeployError, match=word):
        deploy.current(environ=env)


def write_release(folder, kp, outcome_of, release="2.4.1"):
    records = {}
    for s in kp.snippets:
        rec = record_for(s, outcome_of(s), type_="RuntimeError", message="an older wording")
        records[f"{kp.slug}/{s.name}"] = rec
    path = folder / f"torch-{release}.json"
    path.write_text(json.dumps({"format": 1, "release": release, "torch": release, "device": "cpu", "gpu": None,
                                "python": "3.11.7", "platform": "Linux", "date": "2026-11-29", "companions": {},
                                "records": records}), encoding="utf-8")
    return load_release(path)


REPORT = {"environment": {"torch": "2.13.0+cpu"}, "results": []}


def report_for(kp):
    return {"environment": {"torch": "2.13.0+cpu"},
            "results": [{"slug": kp.slug, "snippet": s.name, "status": "pass"} for s in kp.snippets]}


def test_same_error_on_every_release(tmp_path):
    kp = KPS["cat-vs-stack"]
    rel = write_release(tmp_path, kp, lambda s: "raised" if s.role == "repro" else "passed")
    table = versions.rows(kp, [rel], report_for(kp))
    assert [r.repro for r in table] == ["raised", "raised"]
    assert versions.summary(kp, table, "en") == "same error on torch 2.4.1 – 2.13.0"
    md = versions.table_markdown(kp, table, "zh")
    assert "2.13.0+cpu（本次构建）" in md and "按文中所述报错" in md


def test_other_wording_is_shown_with_its_message(tmp_path):
    kp = KPS["cat-vs-stack"]
    rel = write_release(tmp_path, kp, lambda s: "other-wording" if s.role == "repro" else "passed", "2.0.1")
    table = versions.rows(kp, [rel], report_for(kp))
    assert table[1].repro == "other-wording" and "an older wording" in table[1].wording
    assert "another wording on 2.0.1" in versions.summary(kp, table, "en")


def test_captured_wordings_say_whether_the_page_cites_them(tmp_path):
    kp = KPS["cat-vs-stack"]
    rel = write_release(tmp_path, kp, lambda s: "other-wording" if s.role == "repro" else "passed", "2.0.1")
    md = versions.wordings_markdown(kp, [rel], "en")
    assert "<code>RuntimeError: an older wording</code>, on torch 2.0.1, not among the wordings this page cites" in md
    assert "本页没有引用过的措辞" in versions.wordings_markdown(kp, [rel], "zh")
    # A wording kp.toml cites as an older variant is said to be that one, with its source.
    bce = KPS["bce-vs-cross-entropy"]
    records = {}
    for s in bce.snippets:
        outcome = "other-wording" if s.name == "repro.py" else ("raised" if s.role == "repro" else "passed")
        records[s.id] = record_for(s, outcome, type_="RuntimeError", message="expected scalar type Long but found Float")
    path = tmp_path / "torch-1.13.1.json"
    path.write_text(json.dumps({"format": 1, "release": "1.13.1", "torch": "1.13.1", "device": "cpu", "gpu": None,
                                "python": "3.11.7", "platform": "Linux", "date": "2026-11-30", "companions": {},
                                "records": records}), encoding="utf-8")
    md = versions.wordings_markdown(bce, [load_release(path)], "en")
    variant = next(v for v in bce.expectations[0].variants if "scalar type Long" in v.message)
    assert f"one of the older wordings this page cites ([source]({variant.source}))" in md
    assert versions.wordings_markdown(KPS["cat-vs-stack"], [], "en") == ""


def test_a_stale_record_is_shown_as_stale_never_as_verified(tmp_path):
    kp = KPS["cat-vs-stack"]
    rel = write_release(tmp_path, kp, lambda s: "raised" if s.role == "repro" else "passed")
    data = json.loads(rel.path.read_text(encoding="utf-8"))
    for rec in data["records"].values():
        rec["hash"] = "0" * 16  # as if the snippet changed after the run
    rel.path.write_text(json.dumps(data), encoding="utf-8")
    table = versions.rows(kp, [load_release(rel.path)], report_for(kp))
    assert table[1].repro == "stale" and table[1].fix == "stale" and not table[1].current
    assert versions.summary(kp, table, "en") == ""  # only this build is current: nothing to claim
    assert "not re-run since the snippet changed" in versions.table_markdown(kp, table, "en")


def test_broken_release_files_name_file_and_field(tmp_path):
    path = tmp_path / "torch-2.4.1.json"
    path.write_text(json.dumps({"format": 1, "release": "2.4.1", "torch": "2.4.1", "device": "cpu", "python": "3",
                                "date": "x", "records": {"a/b.py": {"hash": "zz", "role": "repro", "outcome": "raised"}}}))
    with pytest.raises(ReleaseDataError, match=r"torch-2.4.1.json: field 'records\['a/b.py'\].hash'"):
        load_release(path)
    path.write_text("{")
    with pytest.raises(ReleaseDataError, match="not valid JSON"):
        load_release(path)


def test_insert_table_goes_into_version_notes_or_before_references():
    md = "# T\n\nSummary.\n\n## Fix\n\nx\n\n## References\n\n- a\n"
    out = versions.insert_table(md, "TABLE", "en")
    assert out.index("## Version notes") < out.index("TABLE") < out.index("## References")
    md2 = "# T\n\n## 版本说明 {#version-notes}\n\n旧的说明。\n\n## 参考资料\n"
    out2 = versions.insert_table(md2, "TABLE", "zh")
    assert out2.index("## 版本说明") < out2.index("TABLE") < out2.index("旧的说明")
