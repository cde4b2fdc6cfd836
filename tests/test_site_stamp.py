"""The verification badge follows the harness JSON of the build: a knowledge point whose snippets
failed does not build, a skipped one says so on its page, a partly skipped one names what was not
verified. Builds against doctored copies of build/verify.json (TORCHKB_VERIFY_JSON), into
temporary directories."""

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from torchkb.verification.harness import REPO_ROOT
from torchkb.kp import load_all

KPS = load_all(REPO_ROOT)
pytestmark = pytest.mark.site


@pytest.fixture(scope="module")
def real_report(site_dir) -> dict:  # site_dir: the real build ran, so build/verify.json is current
    return json.loads((REPO_ROOT / "build" / "verify.json").read_text(encoding="utf-8"))


def mkdocs(config: str, report: dict, tmp_path: Path) -> subprocess.CompletedProcess:
    path = tmp_path / "verify.json"
    path.write_text(json.dumps(report), encoding="utf-8")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", TORCHKB_VERIFY_JSON=str(path))
    out = tmp_path / ("site-" + config.replace(".", "-"))
    return subprocess.run([Path(sys.executable).parent / "mkdocs", "build", "--strict", "-q", "-f", config,
                           "-d", out], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=900)


def passing_kp(report: dict, kind: str):
    for kp in KPS:
        statuses = {r["status"] for r in report["results"] if r["slug"] == kp.slug}
        if statuses == {"pass"} and (kp.kind == "recipe") == (kind == "recipe"):
            return kp
    pytest.skip(f"no passing {kind} knowledge point to doctor")


def test_a_failed_knowledge_point_does_not_build(real_report, tmp_path):
    kp = passing_kp(real_report, "error")
    report = copy.deepcopy(real_report)
    for r in report["results"]:
        if r["slug"] == kp.slug and r["snippet"] == "fix.py":
            r["status"], r["reason"] = "fail", "raised AssertionError: doctored for the test"
    result = mkdocs("mkdocs.yml", report, tmp_path)
    assert result.returncode != 0, "the site built although a knowledge point failed verification"
    assert f"knowledge point '{kp.slug}' failed verification" in result.stderr
    assert "doctored for the test" in result.stderr


def test_a_knowledge_point_missing_from_the_report_does_not_build(real_report, tmp_path):
    kp = passing_kp(real_report, "recipe")
    report = copy.deepcopy(real_report)
    report["results"] = [r for r in report["results"] if r["slug"] != kp.slug]
    result = mkdocs("mkdocs.zh.yml", report, tmp_path)
    assert result.returncode != 0
    assert f"no verification results for '{kp.slug}'" in result.stderr


@pytest.mark.parametrize("config,lang", [("mkdocs.yml", "en"), ("mkdocs.zh.yml", "zh")])
def test_a_skipped_knowledge_point_says_not_verified(real_report, tmp_path, config, lang):
    kp = passing_kp(real_report, "error")
    report = copy.deepcopy(real_report)
    reason = "requires a CUDA device; this machine has none"
    for r in report["results"]:
        if r["slug"] == kp.slug:
            r["status"], r["reason"] = "skip", reason
    result = mkdocs(config, report, tmp_path)
    assert result.returncode == 0, result.stderr
    site = tmp_path / ("site-" + config.replace(".", "-"))
    page = (site / kp.area / kp.slug / "index.html").read_text(encoding="utf-8")
    heading = {"en": "Not verified in this build", "zh": "本次构建未验证"}[lang]
    shown_reason = {"en": reason, "zh": "需要 CUDA 设备，本次构建的机器没有"}[lang]
    assert f'<span class="torchkb-badge__state">! {heading}</span>' in page
    assert shown_reason in page
    assert "torchkb-badge--verified" not in page
    # Its notebook is offered, but not executed, and says why.
    notebook = json.loads((site / kp.area / kp.slug / f"{kp.slug}.ipynb").read_text(encoding="utf-8"))
    assert notebook["metadata"]["torchkb"]["executed"] is False
    assert all(not c.get("outputs") for c in notebook["cells"] if c["cell_type"] == "code")
    assert reason in "".join(notebook["cells"][0]["source"])
    # The error index says it too, in the page's language.
    index = (site / "errors" / "index.html").read_text(encoding="utf-8")
    assert shown_reason in index


def test_a_partly_skipped_knowledge_point_names_what_was_not_verified(real_report, tmp_path):
    kp = next((k for k in KPS if k.kind != "recipe" and len(k.snippets) >= 3
               and {r["status"] for r in real_report["results"] if r["slug"] == k.slug} == {"pass"}), None)
    if kp is None:
        pytest.skip("no passing knowledge point with three snippets")
    report = copy.deepcopy(real_report)
    reason = "requires a CUDA device; this machine has none"
    skipped = kp.snippets[-1].name
    for r in report["results"]:
        if r["slug"] == kp.slug and r["snippet"] == skipped:
            r["status"], r["reason"] = "skip", reason
    result = mkdocs("mkdocs.yml", report, tmp_path)
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "site-mkdocs-yml" / kp.area / kp.slug / "index.html").read_text(encoding="utf-8")
    assert "torchkb-badge--partly" in page and "Partly verified" in page
    assert f"Not verified in this build: {skipped} ({reason})" in page
