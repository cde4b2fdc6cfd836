"""Every snippet of every knowledge point, through the same harness as `torchkb verify`."""

import pytest

from torchkb.verification.harness import REPO_ROOT, run_one
from torchkb.kp import load_all

SNIPPETS = [s for kp in load_all(REPO_ROOT) for s in kp.snippets]


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[s.id for s in SNIPPETS])
def test_snippet(snippet, fork_server, request):
    result = run_one(fork_server, snippet, update=request.config.getoption("--update-goldens"))
    if result.status == "skip":
        pytest.skip(result.reason)
    assert result.status == "pass", f"{snippet.id}: {result.reason}"
