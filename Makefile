# One entry point for people and CI. Every target installs what it needs first.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
REPORT := build/verify.json
SITE   := site

export NO_MKDOCS_2_WARNING := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: install browser verify build serve test bench matrix clean

# Rebuilt when the pins change. torch==2.13.0 resolves to the CPU build on this machine's disk.
$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -c constraints.txt -e .
	touch $@

install: $(VENV)/.installed

# axe-core (pinned in package-lock.json) for the accessibility checks of the browser tests.
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q npm; }
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Debian's Chromium for the browser tests (Playwright cannot download its own browser here),
# and a small CJK font so the Chinese pages render (and screenshot) as text, not boxes.
browser: node_modules/.installed
	@test -x /usr/bin/chromium -a -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-wqy-microhei; }

# Passes are reused from build/verify-cache when nothing that could change them has changed
# (snippet folder, harness code, installed packages); the summary line says how many.
verify: install
	$(BIN)/torchkb verify --json $(REPORT)

# Both languages at once, one per core: English into site/, Chinese into build/site-zh/, then
# moved to site/zh/ (MkDocs empties its output folder first, so zh cannot build inside site/
# while English builds). The stamps read $(REPORT); rendered notebooks are cached in build/.
build: verify
	@rm -rf build/site-zh
	@$(BIN)/python -m torchkb.site.build_both $(SITE) build/site-zh

serve: build
	@echo "Serving both languages at http://127.0.0.1:8000/ (Chinese at /zh/)"
	$(BIN)/python -m http.server 8000 --bind 127.0.0.1 --directory $(SITE)

# The tests build the site as the Pages workflow deploys it (a project site under a path, with a
# GitHub repository), so the links that need a repository exist and are checked against it.
# Nothing is sent to these addresses: no test leaves 127.0.0.1.
TEST_DEPLOY := TORCHKB_SITE_URL=https://torchkb-ci.github.io/torchkb/ TORCHKB_REPO_URL=https://github.com/torchkb-ci/torchkb

test: verify browser
	@rm -rf build/site-zh
	$(TEST_DEPLOY) $(BIN)/python -m torchkb.site.build_both $(SITE) build/site-zh
	$(TEST_DEPLOY) TORCHKB_SITE_DIR=$(SITE) $(BIN)/pytest

# Each bench/*.py prints its figures; BENCHMARKS.md records them with date and machine.
bench: build
	for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

# Every snippet under other torch releases, one after the other (see CONTRIBUTING.md, "Other torch
# releases"): each gets .matrix/torch-X/ (several GB, deleted after its run), writes
# releases/torch-X.json. Not part of build or test. make matrix RELEASES="2.0.1 2.4.1"
RELEASES ?= 1.13.1 2.0.1 2.4.1 2.6.0 2.10.0 2.14.1
matrix: install
	$(BIN)/torchkb verify $(foreach r,$(RELEASES),--torch $(r))

clean:
	rm -rf $(SITE) build node_modules test-artifacts
