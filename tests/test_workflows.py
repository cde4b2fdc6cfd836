"""The GitHub Actions workflows: CI runs the test command, Pages deploys with least privilege, the
release matrix writes only in its last job, and every action is pinned to a full commit SHA (a
tag can be moved, a commit cannot)."""

import re
from pathlib import Path

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = REPO_ROOT / ".github" / "workflows"
PINNED = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(?:/[^@\s]+)?@[0-9a-f]{40}$")
USES_LINE = re.compile(r"^\s*(?:-\s+)?uses:\s*(\S+)(.*)$", re.M)


def load(name: str) -> dict:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as True.
    if True in data:
        data["on"] = data.pop(True)
    return data


def steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def runs(workflow: dict) -> str:
    return "\n".join(step.get("run", "") for step in steps(workflow))


ALL = sorted(p.name for p in WORKFLOWS.glob("*.yml"))


def test_the_workflows_exist():
    assert {"ci.yml", "pages.yml", "matrix.yml"} <= set(ALL)


@pytest.mark.parametrize("name", ALL)
def test_every_action_is_pinned_to_a_full_commit_sha(name):
    text = (WORKFLOWS / name).read_text(encoding="utf-8")
    uses = USES_LINE.findall(text)
    assert uses, f"{name} uses no action"
    for ref, rest in uses:
        if ref.startswith(("./", "docker://")):
            continue
        assert PINNED.match(ref), f"{name}: {ref} is not pinned to a 40-hex commit SHA"
        assert re.match(r"\s*#\s*v\d+(\.\d+)*\s*$", rest), f"{name}: {ref} has no '# vX.Y.Z' comment naming the release"
    # The parsed workflow agrees with the text (no `uses` hidden in flow style).
    assert len([s for s in steps(load(name)) if "uses" in s]) == len(uses)


def test_ci_runs_the_readme_test_command():
    ci = load("ci.yml")
    assert {"push", "pull_request"} <= set(ci["on"])
    command = "make test"
    assert re.search(rf"^\s*{command}\s*$", runs(ci), re.M), f"ci.yml does not run `{command}`"
    # The same command as the CI entry point and, once written, the README.
    assert command in (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    readme = REPO_ROOT / "README.md"
    if readme.is_file():
        assert command in readme.read_text(encoding="utf-8"), "README.md does not give `make test`"


def test_ci_has_what_make_test_needs():
    ci = load("ci.yml")
    job = ci["jobs"]["test"]
    image = job.get("container", "")
    image = image.get("image", "") if isinstance(image, dict) else image
    python_311 = "python:3.11" in image or any(
        "setup-python" in s.get("uses", "") and str(s.get("with", {}).get("python-version")) == "3.11"
        for s in steps(ci))
    assert python_311, "ci.yml does not provide Python 3.11"
    assert re.search(r"apt-get install .*\bchromium\b", runs(ci)), "ci.yml does not install Chromium"
    assert ci["permissions"] == {"contents": "read"}


def test_checkouts_fetch_full_history_for_git_dates():
    for name in ALL:
        for step in steps(load(name)):
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step.get("with", {}).get("fetch-depth") == 0, f"{name}: shallow checkout"


def test_pages_deploys_with_least_privilege():
    pages = load("pages.yml")
    assert pages["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    for name, job in pages["jobs"].items():
        assert "permissions" not in job, f"pages.yml job {name} widens the permissions"
    assert pages["concurrency"]["group"], "pages.yml has no concurrency group"
    assert "push" in pages["on"] and pages["on"]["push"]["branches"] == ["main"]
    uses = [s.get("uses", "").split("@")[0] for s in steps(pages)]
    assert "actions/upload-pages-artifact" in uses and "actions/deploy-pages" in uses
    assert re.search(r"^\s*make build\s*$", runs(pages), re.M)
    upload = next(s for s in steps(pages) if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "site"
    deploy = pages["jobs"]["deploy"]
    assert deploy["environment"]["name"] == "github-pages" and deploy["needs"] == "build"


def test_pages_builds_for_its_own_url_and_repository():
    """The deployed site's URLs and links come from the deployment (torchkb.site.deploy)."""
    pages = load("pages.yml")
    build = next(s for s in steps(pages) if s.get("run", "").strip() == "make build")
    env = build.get("env", {})
    configure = next(s for s in steps(pages) if s.get("uses", "").startswith("actions/configure-pages@"))
    assert env.get("TORCHKB_SITE_URL") == f"${{{{ steps.{configure['id']}.outputs.base_url }}}}/"
    assert env.get("TORCHKB_REPO_URL") == "${{ github.server_url }}/${{ github.repository }}"


def test_matrix_runs_each_release_in_its_own_job():
    wf = load("matrix.yml")
    assert set(wf["on"]) == {"schedule", "workflow_dispatch"}, "the matrix runs weekly or by hand, not on push"
    assert wf["on"]["schedule"] and "releases" in wf["on"]["workflow_dispatch"]["inputs"]
    job = wf["jobs"]["run"]
    assert job["strategy"]["fail-fast"] is False
    assert "release" in job["strategy"]["matrix"]
    run = "\n".join(s.get("run", "") for s in job["steps"])
    assert re.search(r'torchkb verify --torch "\$RELEASE" --index-url https://download\.pytorch\.org/whl/cpu', run)
    # The dispatch input reaches scripts through the environment only (no ${{ }} in a script).
    for step in steps(wf):
        assert "${{" not in step.get("run", ""), f"matrix.yml: an expression inside a script: {step.get('name')}"
    upload = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["with"]["path"] == "releases/torch-${{ matrix.release }}.json"


def test_matrix_writes_only_in_its_pull_request_job():
    wf = load("matrix.yml")
    assert wf["permissions"] == {"contents": "read"}
    for name, job in wf["jobs"].items():
        if name == "pull-request":
            assert job["permissions"] == {"contents": "write", "pull-requests": "write"}
        else:
            assert "permissions" not in job, f"matrix.yml job {name} widens the permissions"
    pr = wf["jobs"]["pull-request"]
    assert pr["needs"] == "run"
    uses = [s.get("uses", "").split("@")[0] for s in pr["steps"]]
    assert "actions/download-artifact" in uses
    assert "gh pr create" in "\n".join(s.get("run", "") for s in pr["steps"])
    for step in steps(wf):
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step["with"]["persist-credentials"] is False


def test_ci_never_runs_the_matrix():
    ci = (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "--torch" not in ci and "make matrix" not in ci
    assert "--torch" not in runs(load("ci.yml")) and "--torch" not in runs(load("pages.yml"))
