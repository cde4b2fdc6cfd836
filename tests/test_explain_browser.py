"""From a paste to the fix, in real Chromium on the built site, both languages, desktop and phone:
the paste box (home and explain page), its honest wording and its next steps when no page
explains an error, the error index's filter, the fix first on a page, the language switch keeping
what the reader had, and text pasted as markup never running."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from torchkb import REPO_ROOT
from torchkb.kp import load_all
from torchkb.site import deploy
from test_search_browser import SEARCH_INPUT, HeaderSearch  # the same typing as the search tests

pytestmark = [pytest.mark.browser, pytest.mark.site]

KPS = {kp.slug: kp for kp in load_all(REPO_ROOT)}
DEPLOY = deploy.current()
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
LANGS = ("en", "zh")

TRACEBACK = """Traceback (most recent call last):
  File "/home/me/train.py", line 41, in <module>
    loss.backward()
  File "/opt/conda/lib/python3.10/site-packages/torch/_tensor.py", line 487, in backward
    torch.autograd.backward(
RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.
"""


def root(site_url: str, lang: str) -> str:
    return f"{site_url}/zh/" if lang == "zh" else f"{site_url}/"


@pytest.fixture
def desktop(browser):
    context = browser.new_context(viewport=DESKTOP)
    yield context.new_page()
    context.close()


def paste(page, text: str) -> None:
    """Fill the box and wait until the results for this text are rendered."""
    page.wait_for_selector("html[data-torchkb-signatures]", state="attached", timeout=15000)
    page.fill("#error-input", "")
    page.wait_for_function("document.getElementById('matches').getAttribute('data-state') === 'empty'")
    before = page.get_attribute("#matches", "data-renders")
    page.fill("#error-input", text)
    page.wait_for_function(
        "b => document.getElementById('matches').getAttribute('data-renders') !== b", arg=before, timeout=15000)


def result_paths(page) -> list[str]:
    return page.eval_on_selector_all("#matches a.torchkb-match__title", "els => els.map(a => new URL(a.href).pathname)")


@pytest.mark.parametrize("lang", LANGS)
def test_home_page_paste_box_leads_to_the_fix(desktop, site_url, lang):
    page = desktop
    page.goto(root(site_url, lang))
    paste(page, TRACEBACK)
    kp = KPS["backward-twice"]
    assert result_paths(page)[:1] == [kp.url(lang)]
    first = page.locator("#matches li.torchkb-match").first
    fix = first.locator("a.torchkb-match__fix")
    assert urlsplit(fix.get_attribute("href")).fragment == "fix"
    assert first.locator(".torchkb-match__summary").inner_text().strip(), "no one-line summary"
    status = page.inner_text("#explain-status")
    assert "Trying to backward through the graph a second time" in status
    assert not re.search(r"score|\d\.\d\d", page.inner_text("#matches")), "raw scores are jargon"
    with page.expect_navigation():
        fix.click()
    assert urlsplit(page.url).path == kp.url(lang) and urlsplit(page.url).fragment == "fix"
    assert page.locator("#fix").is_visible()


@pytest.mark.parametrize("lang", LANGS)
def test_no_page_says_so_and_offers_next_steps(desktop, site_url, lang):
    page = desktop
    page.goto(root(site_url, lang) + "explain/")
    paste(page, "Traceback (most recent call last):\n  File \"a.py\", line 3\nValueError: too many values to unpack (expected 2)")
    assert page.get_attribute("#matches", "data-state") in ("none", "closest")
    assert page.is_visible("#explain-none")
    if page.get_attribute("#matches", "data-state") == "closest":
        tags = page.locator("#matches .torchkb-match__tag").all_inner_texts()
        assert tags and all(t.strip() for t in tags), "closest pages are not marked as such"
    ask = page.locator("#explain-ask")
    if DEPLOY.repo_url is None:
        assert ask.count() == 0
    else:
        url = urlsplit(ask.get_attribute("href"))
        assert f"{url.scheme}://{url.netloc}{url.path}" == f"{DEPLOY.repo_url}/issues/new"
        query = parse_qs(url.query)
        assert "ValueError: too many values to unpack (expected 2)" in query["title"][0]
        assert "ValueError: too many values to unpack (expected 2)" in query["body"][0]
    # The pages' own text is searched for its words.
    page.wait_for_selector("#explain-search-results[data-results]", state="attached", timeout=15000)
    assert page.is_visible("#explain-search")


@pytest.mark.parametrize("lang", LANGS)
def test_text_without_an_error_line_falls_back_to_site_search(desktop, site_url, lang):
    page = desktop
    page.goto(root(site_url, lang) + "explain/")
    text = {"en": "my DataLoader workers keep getting killed", "zh": "DataLoader 的 worker 进程被杀掉了"}[lang]
    paste(page, text)
    assert page.get_attribute("#matches", "data-state") in ("none", "closest")
    page.wait_for_selector("#explain-search-results[data-results]", state="attached", timeout=15000)
    found = page.eval_on_selector_all("#explain-search-results a", "els => els.map(a => new URL(a.href).pathname)")
    assert KPS["dataloader-worker-killed"].url(lang) in found, found


def test_a_wrapper_error_finds_its_triage_page(desktop, site_url):
    page = desktop
    page.goto(root(site_url, "en") + "explain/")
    paste(page, "RuntimeError: CUDA error: device-side assert triggered\nCUDA kernel errors might be "
                "asynchronously reported at some other API call, so the stacktrace below might be incorrect.\n"
                "For debugging consider passing CUDA_LAUNCH_BLOCKING=1")
    assert result_paths(page)[:1] == [KPS["cuda-device-side-assert"].url("en")]


def test_pasted_text_survives_the_language_switch(desktop, site_url):
    page = desktop
    page.goto(root(site_url, "en") + "explain/")
    paste(page, TRACEBACK)
    page.hover(".md-header__option .md-select")
    link = page.locator(".md-select__link[hreflang='zh']")
    link.wait_for(state="visible")
    with page.expect_navigation():
        link.click()
    assert urlsplit(page.url).path == "/zh/explain/"
    page.wait_for_function("document.getElementById('error-input').value.length > 0", timeout=10000)
    assert page.input_value("#error-input") == TRACEBACK
    page.wait_for_function("document.getElementById('matches').getAttribute('data-state') === 'found'")
    assert result_paths(page)[:1] == [KPS["backward-twice"].url("zh")]


HOSTILE = ('<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
           '\nRuntimeError: <b onmouseover="window.__pwned=3">mat1 and mat2 shapes cannot be multiplied (2x3 and 4x5)</b>')


def test_pasted_markup_never_runs(desktop, site_url):
    page = desktop
    page.goto(root(site_url, "en") + "explain/")
    paste(page, HOSTILE)
    page.wait_for_timeout(500)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#explain-status img, #explain-status b, #matches img, #explain-ask img").count() == 0
    page.goto(root(site_url, "en") + "errors/")
    page.fill("#torchkb-filter-input", HOSTILE)
    page.wait_for_timeout(500)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#torchkb-filter-empty img").count() == 0


def test_a_huge_paste_is_matched_off_the_main_thread(browser, site_url):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    workers = []
    page.on("worker", lambda w: workers.append(w.url))
    page.goto(root(site_url, "en") + "explain/")
    page.wait_for_selector("html[data-torchkb-signatures]", state="attached", timeout=15000)
    assert any(u.endswith("/match-worker.js") for u in workers), workers
    page.evaluate("t => { document.getElementById('error-input').value = t; "
                  "document.getElementById('error-input').dispatchEvent(new Event('input')); }",
                  "x" * 300_000 + "\nRuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 4x5)")
    # The page answers at once while the worker matches.
    started = page.evaluate("performance.now()")
    assert page.evaluate("1 + 1") == 2
    assert page.evaluate("performance.now()") - started < 1000
    page.wait_for_function("document.getElementById('matches').getAttribute('data-state') === 'found'", timeout=20000)
    assert result_paths(page)[:1] == [KPS["mat1-mat2-shape-mismatch"].url("en")]
    context.close()


@pytest.mark.parametrize("lang", LANGS)
def test_error_index_filters_by_words_and_by_a_pasted_error(desktop, site_url, lang):
    page = desktop
    page.goto(root(site_url, lang) + "errors/")
    rows = page.locator("#torchkb-errors tbody tr")
    total = rows.count()
    box = page.locator("#torchkb-filter-input")
    box.fill("stack")
    page.wait_for_function("() => new URL(location.href).searchParams.get('q') === 'stack'")
    visible = page.locator("#torchkb-errors tbody tr:visible")
    assert 0 < visible.count() < total
    texts = visible.evaluate_all("rows => rows.map(r => r.textContent + ' ' + r.getAttribute('data-search'))")
    assert all("stack" in t.lower() for t in texts)  # in the row, or in the page's title and tags
    box.fill(TRACEBACK)
    page.wait_for_function("() => document.querySelector('#torchkb-errors table').getAttribute('data-filtered') !== null")
    page.wait_for_timeout(300)
    first = page.locator("#torchkb-errors tbody tr:visible").first
    assert first.get_attribute("data-slug") == "backward-twice"
    box.fill("no-such-error-anywhere")
    empty = page.locator("#torchkb-filter-empty")
    empty.wait_for(state="visible")
    assert page.locator("#torchkb-errors tbody tr:visible").count() == 0
    assert empty.locator("a").count() == 1  # to the explain page
    # The filter is in the URL: a filtered index can be linked.
    page.goto(root(site_url, lang) + "errors/?q=stack")
    assert page.input_value("#torchkb-filter-input") == "stack"


@pytest.mark.parametrize("lang", LANGS)
def test_error_index_filters_by_release(desktop, site_url, lang):
    page = desktop
    page.goto(root(site_url, lang) + "errors/")
    total = page.locator("#torchkb-errors tbody tr").count()
    weights = page.locator("#torchkb-errors tr[data-slug='weights-only-load-failed']")
    six = page.locator("#torchkb-errors tr[data-slug='torch-six-container-abcs']")
    page.select_option("#torchkb-release-select", "2.4.1")
    page.wait_for_function("() => new URL(location.href).searchParams.get('torch') === '2.4.1'")
    assert weights.is_hidden() and six.is_visible()  # weights_only became the default in 2.6
    assert 0 < page.locator("#torchkb-errors tbody tr:visible").count() < total
    page.select_option("#torchkb-release-select", "2.6.0")
    weights.wait_for(state="visible")
    # Words and release together, and both in a link.
    page.locator("#torchkb-filter-input").fill("weights_only")
    page.wait_for_function("() => new URL(location.href).searchParams.get('q') === 'weights_only'")
    page.goto(root(site_url, lang) + "errors/?q=weights_only&torch=2.4.1")
    assert page.input_value("#torchkb-release-select") == "2.4.1"
    page.wait_for_function("() => document.querySelector('#torchkb-errors table').getAttribute('data-filtered') !== null")
    assert weights.is_hidden()
    page.select_option("#torchkb-release-select", "")
    weights.wait_for(state="visible")


@pytest.mark.parametrize("lang", LANGS)
def test_the_language_switch_keeps_the_anchor(desktop, site_url, lang):
    kp = KPS["backward-twice"]
    other = "zh" if lang == "en" else "en"
    page = desktop
    page.goto(site_url + kp.url(lang) + "#fix")
    page.hover(".md-header__option .md-select")
    link = page.locator(f".md-select__link[hreflang='{other}']")
    link.wait_for(state="visible")
    with page.expect_navigation():
        link.click()
    assert urlsplit(page.url).path == kp.url(other) and urlsplit(page.url).fragment == "fix"
    assert page.locator("#fix").count() == 1


@pytest.mark.parametrize("lang", LANGS)
def test_the_fix_comes_before_the_explanation(browser, site_url, lang):
    """On a phone, the marked fix lines are within the first two screens; the badge is one line."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    kp = KPS["mat1-mat2-shape-mismatch"]
    page.goto(site_url + kp.url(lang))
    glance = page.locator("article .torchkb-glance")
    top = glance.bounding_box()["y"]
    assert top < 2 * PHONE["height"], f"the fix at a glance starts {top / PHONE['height']:.1f} screens down"
    badge = page.locator("article details.torchkb-badge > summary").bounding_box()
    assert badge["height"] < 0.12 * PHONE["height"]
    context.close()


@pytest.mark.parametrize("lang", LANGS)
def test_phone_keeps_the_error_line_visible_and_the_copy_button_visible(browser, site_url, lang):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    kp = KPS["mat1-mat2-shape-mismatch"]
    page.goto(site_url + kp.url(lang))
    block = page.locator("#symptom ~ .language-text pre code").first
    box = block.bounding_box()
    assert box["x"] + box["width"] <= PHONE["width"] + 1, "the traceback runs off the screen"
    text = block.inner_text()
    assert "mat1 and mat2 shapes cannot be multiplied" in text.splitlines()[-1] or \
        "mat1 and mat2 shapes cannot be multiplied" in text.split("RuntimeError:")[-1]
    # The copy button, without hovering: its colour is not Material's near-invisible "lightest".
    alpha = page.eval_on_selector(
        "article .md-code__button, article .md-clipboard",
        "b => { const c = getComputedStyle(b).color.match(/[\\d.]+/g).map(Number); return c.length > 3 ? c[3] : 1; }")
    assert alpha >= 0.3, f"the copy button is nearly invisible (alpha {alpha})"
    context.close()


@pytest.mark.parametrize("lang", LANGS)
def test_header_search_says_when_no_page_explains_the_error(desktop, site_url, lang):
    page = desktop
    search = HeaderSearch(page, root(site_url, lang))
    page.click(SEARCH_INPUT)
    search("ValueError: too many values to unpack (expected 2)")
    notice = page.locator(".torchkb-search-none")
    notice.wait_for(state="visible", timeout=10000)
    links = notice.locator("a")
    assert urlsplit(links.first.get_attribute("href")).path.endswith("/explain/")
    if DEPLOY.repo_url:
        ask = urlsplit(links.last.get_attribute("href"))
        assert f"{ask.scheme}://{ask.netloc}{ask.path}" == f"{DEPLOY.repo_url}/issues/new"
        assert "too many values to unpack" in parse_qs(ask.query)["title"][0]
    # An error that has its page gets no such notice.
    search("RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 4x5)")
    page.wait_for_timeout(800)
    assert page.locator(".torchkb-search-none").count() == 0
