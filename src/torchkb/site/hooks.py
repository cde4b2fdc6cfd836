"""MkDocs hooks: the parts of the site generated from the knowledge points.

Loaded by mkdocs.base.yml (`hooks:`), once per language build. Knowledge-point pages are found
by their file name: a page docs/<lang>/<area>/<slug>.md belongs to snippets/<slug>/.

- a verification stamp on every knowledge-point page, from the harness JSON of the same build
  (build/verify.json, or TORCHKB_VERIFY_JSON); a page whose snippets failed does not build;
- under it: the notebook, its download and a "this doesn't reproduce for me" issue link;
- executed notebooks (torchkb.site.notebooks), rendered by mkdocs-jupyter at <area>/<slug>/notebook/
  and offered for download at <area>/<slug>/<slug>.ipynb; they are written to a temporary
  directory for the build and added to MkDocs' files, never into docs/;
- the error index (errors.md) and the tags page (tags.md), generated, never stale;
- the navigation (torchkb.site.nav), tags from kp.toml and a meta description per page.
"""

from __future__ import annotations

import os
import re
import shutil
from html import escape as html_escape
import tempfile
from pathlib import Path
from urllib.parse import quote

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from torchkb import REPO_ROOT
from torchkb.kp import KPError, load_all
from torchkb.site import errorindex, notebooks
from torchkb.site.describe import attribute, first_paragraph
from torchkb.site.explainbox import PLACEHOLDER as EXPLAIN_BOX, box_html
from torchkb.site.nav import area_cards, area_page, build_nav
from torchkb.site import deploy, stamp, versions
from torchkb.site.glance import glance_markdown, insert_after_summary
from torchkb.site.stamp import StampError, load_report
from torchkb.site.typesetting import typeset_chinese
from torchkb.verification.releases import ReleaseDataError, load_releases

DEFAULT_REPORT = REPO_ROOT / "build" / "verify.json"

WORDS = {
    "en": {
        "notebook": "Run it as a notebook",
        "notebook_skipped": "Notebook (not executed in this build)",
        "download": "download {name}",
        "report": "This doesn't reproduce for me",
        "colab": "Open in Colab",
        "nb_back": "← Back to the page",
        "issue_title": "Doesn't reproduce: {slug}",
        "issue_body": (
            "Page: {url}\nKnowledge point: `{slug}` (snippets/{slug}/)\n\n"
            "What I ran, and what I saw instead (the full error or output):\n\n```text\n\n```\n\n"
            "My environment, the output of `python -m torch.utils.collect_env`:\n\n```text\n\n```\n"
        ),
        "nb_title": "{title} · notebook",
        "nb_description": "{title}: the knowledge point's code as a Jupyter notebook, executed, with its real "
                          "output. Download the .ipynb to run it yourself.",
        "tags_title": "Tags",
        "tags_intro": "Knowledge points by tag.",
        "tags_description": "torchkb knowledge points by tag: PyTorch functions, modules and topics.",
    },
    "zh": {
        "notebook": "以 Notebook 运行",
        "notebook_skipped": "Notebook（本次构建未执行）",
        "download": "下载 {name}",
        "report": "我这里复现不出来",
        "colab": "在 Colab 中打开",
        "nb_back": "← 返回页面",
        "issue_title": "无法复现：{slug}",
        "issue_body": (
            "页面：{url}\n知识点：`{slug}`（snippets/{slug}/）\n\n"
            "我运行了什么，实际看到了什么（完整的报错或输出）：\n\n```text\n\n```\n\n"
            "我的环境，即 `python -m torch.utils.collect_env` 的输出：\n\n```text\n\n```\n"
        ),
        "nb_title": "{title} · Notebook",
        "nb_description": "{title}：知识点的代码做成的 Jupyter Notebook，已执行，附真实输出。"
                          "可下载 .ipynb 自己运行。",
        "tags_title": "标签",
        "tags_intro": "按标签浏览知识点。",
        "tags_description": "按标签浏览 torchkb 的知识点：PyTorch 函数、模块与主题。",
    },
}

# mkdocs-jupyter's template pulls MathJax and Mermaid from a CDN (and RequireJS when asked);
# our notebooks need none of them and no request may leave the site.
CDN_SCRIPTS = [
    re.compile(r'<script src="[^"]*">\s*</script>\s*<!-- MathJax configuration -->.*?<!-- End of mathjax configuration -->', re.S),
    re.compile(r'<!-- Load mathjax -->\s*'),
    re.compile(r'<script type="module">\s*document\.addEventListener\("DOMContentLoaded", async \(\) => \{\s*'
               r'const diagrams = document\.querySelectorAll\("\.jp-Mermaid.*?</script>', re.S),
]


class _State:
    def __init__(self):
        self.lang = "en"
        self.report: dict | None = None
        self.kps = {}
        self.notebook_dir: Path | None = None
        self.notebook_pages: dict[str, object] = {}  # src_uri -> kp
        self.notebook_skipped: set[str] = set()
        self.deploy: deploy.Deployment | None = None
        self.lit = None  # the page marked active in the navigation while its notebook renders
        self.area_counts: dict[str, int] = {}
        self.releases: list = []


_state = _State()


def _fail(message: str):
    raise PluginError(f"torchkb: {message}")


def on_config(config, **kwargs):
    global _state
    _cleanup()
    _state = _State()
    _state.lang = config.theme["language"]
    report_path = Path(os.environ.get("TORCHKB_VERIFY_JSON") or DEFAULT_REPORT)
    try:
        _state.report = load_report(report_path)
        _state.kps = {kp.slug: kp for kp in load_all(REPO_ROOT)}
        _state.releases = load_releases()
        _state.deploy = deploy.current()
    except (StampError, KPError, ReleaseDataError, deploy.DeployError) as exc:
        _fail(str(exc))
    _apply_deployment(config)
    _point_notebook_cache(config)
    return config


def _apply_deployment(config) -> None:
    """site_url and the repository links from the deployment (see torchkb.site.deploy)."""
    d = _state.deploy
    config.site_url = d.site_for(_state.lang)
    if d.repo_url:
        config.repo_url = d.repo_url
        config.repo_name = d.repo_name
        config.edit_uri = f"edit/{d.branch}/docs/{_state.lang}/"
        config.extra["issue_url"] = f"{d.repo_url}/issues/new"
    else:
        config.repo_url = config.repo_name = config.edit_uri = None
        config.extra["issue_url"] = None


def _point_notebook_cache(config) -> None:
    """mkdocs-jupyter caches rendered notebook HTML by the notebook's bytes and its own options
    (and evicts what a build did not use). Give each language its own folder, named after the
    versions of the packages that render, so an upgrade renders everything again."""
    plugin = config.plugins.get("mkdocs-jupyter")
    if plugin is None or not plugin.config.get("cache"):
        return
    from importlib.metadata import version

    renderers = "-".join(version(d) for d in ("mkdocs-jupyter", "nbconvert", "pygments", "mistune"))
    plugin.config["cache_dir"] = str(REPO_ROOT / "build" / "notebook-html" / _state.lang / renderers)


def _statuses(slug: str) -> list[dict]:
    return [r for r in _state.report["results"] if r["slug"] == slug]


def _page_url(uri: str) -> str:
    return _state.deploy.site_for(_state.lang) + uri


def _add_notebooks(files, config) -> None:
    """Execute (or take from the cache) every notebook and add the files for this language."""
    kps = [kp for kp in _state.kps.values()
           if files.get_file_from_path(f"{kp.area}/{kp.slug}.md") is not None]
    runnable, skipped, partly = [], {}, {}
    for kp in kps:
        results = _statuses(kp.slug)
        if not results or any(r["status"] == "fail" for r in results):
            continue  # its page fails the build with the reason (stamp)
        skips = [r for r in results if r["status"] == "skip"]
        cuda = {s.name for s in kp.snippets if s.device == "cuda"}
        if skips and len(skips) < len(results) and {r["snippet"] for r in skips} <= cuda:
            partly[kp.slug] = (frozenset(r["snippet"] for r in skips), skips[0]["reason"])
            runnable.append(kp)  # the rest runs; the CUDA-only cells stay unrun
        elif skips:
            skipped[kp.slug] = skips[0]["reason"]
        else:
            runnable.append(kp)
    skip_sets = {slug: names for slug, (names, _) in partly.items()}
    try:
        executed = notebooks.executed_cells(runnable, skips=skip_sets)
    except notebooks.NotebookError as exc:
        _fail(f"notebooks failed, their pages must not build:\n{exc}")
    notebooks.prune_cache({kp.slug: notebooks.current_key(kp, skip_sets.get(kp.slug, frozenset()))
                           for kp in _state.kps.values()})
    _state.notebook_dir = Path(tempfile.mkdtemp(prefix=f"torchkb-notebooks-{_state.lang}-"))
    env = _state.report["environment"]
    for kp in kps:
        if kp.slug in executed:
            code, reason = executed[kp.slug], None
        elif kp.slug in skipped:
            code, reason = notebooks.unexecuted_cells(kp), skipped[kp.slug]
            _state.notebook_skipped.add(kp.slug)
        else:
            continue
        folder = f"{kp.area}/{kp.slug}"
        # The rendered notebook links to its page relatively, so its HTML (cached by content) does
        # not depend on where the site is deployed; the download needs the page's full URL.
        for name, page_url in (("notebook.ipynb", "../"), (f"{kp.slug}.ipynb", _page_url(f"{folder}/"))):
            nb = notebooks.notebook_for(kp, _state.lang, code, page_url=page_url, env=env, skip_reason=reason,
                                        partly=partly[kp.slug][1] if kp.slug in partly else None)
            notebooks.write(nb, _state.notebook_dir / folder / name)
            files.append(File(f"{folder}/{name}", str(_state.notebook_dir), config.site_dir,
                              config.use_directory_urls))
        _state.notebook_pages[f"{folder}/notebook.ipynb"] = kp


@event_priority(100)  # before mkdocs-jupyter's on_files, which turns notebook.ipynb into pages
def on_files(files, config, **kwargs):
    lang = _state.lang
    _add_notebooks(files, config)
    has_explain = files.get_file_from_path("explain.md") is not None
    kps = sorted(_state.kps.values(), key=lambda kp: kp.slug)
    kps = [kp for kp in kps if files.get_file_from_path(f"{kp.area}/{kp.slug}.md") is not None]
    files.append(File.generated(config, "errors.md",
                                content=errorindex.markdown(kps, _state.report, lang, has_explain,
                                                            REPO_ROOT / "docs", _state.releases)))
    w = WORDS[lang]
    files.append(File.generated(config, "tags.md", content=(
        f'---\ndescription: "{w["tags_description"]}"\n---\n\n# {w["tags_title"]}\n\n'
        f'{w["tags_intro"]}\n\n<!-- material/tags -->\n')))
    _add_area_pages(files, config, kps)
    pages = [f.src_uri for f in files.documentation_pages() if f.src_uri.endswith(".md")]
    config.nav = build_nav(pages, lang, {kp.slug: kp.kind for kp in kps})
    return files


def _add_area_pages(files, config, kps) -> None:
    """An overview page per area that has pages: <area>/index.md, generated."""
    lang = _state.lang
    docs = REPO_ROOT / "docs"
    by_area: dict[str, list] = {}
    for kp in sorted(kps, key=lambda k: (k.kind != "recipe", k.slug)):
        by_area.setdefault(kp.area, []).append(kp)
    for area, members in by_area.items():
        entries = []
        for kp in members:
            text = kp.page(docs, lang).read_text(encoding="utf-8")
            if lang == "zh":
                text = typeset_chinese(text)
            entries.append((f"{kp.slug}.md", errorindex.page_title(kp, docs, lang), first_paragraph(text) or ""))
        files.append(File.generated(config, f"{area}/index.md", content=area_page(area, lang, entries)))
    _state.area_counts = {area: len(members) for area, members in by_area.items()}


def _kp_slug(page) -> str | None:
    src = Path(page.file.src_uri)
    if src.suffix != ".md" or len(src.parts) != 2:
        return None
    slug = src.stem
    return slug if slug in _state.kps else None


def _issue_link(kind: str, **fields) -> str | None:
    """A prefilled "new issue" URL in this site's repository, or None when there is none."""
    if not _state.deploy.repo_url:
        return None
    w = WORDS[_state.lang]
    return (f"{_state.deploy.repo_url}/issues/new"
            f"?title={quote(w[kind + '_title'].format(**fields), safe='')}"
            f"&body={quote(w[kind + '_body'].format(**fields), safe='')}")


def colab_url(kp, lang: str) -> str | None:
    """Open the committed notebook (notebooks/<lang>/<slug>.ipynb) in Google Colab."""
    d = _state.deploy
    if not d.repo_name:
        return None
    return (f"https://colab.research.google.com/github/{d.repo_name}/blob/{d.branch}/"
            f"{notebooks.colab_path(kp, lang)}")


def _actions(kp, page) -> str:
    """The page's actions as HTML links (relative to the page's URL, <area>/<slug>/)."""
    w = WORDS[_state.lang]
    esc = html_escape
    links = []
    if f"{kp.area}/{kp.slug}/notebook.ipynb" in _state.notebook_pages:
        label = w["notebook_skipped"] if kp.slug in _state.notebook_skipped else w["notebook"]
        name = f"{kp.slug}.ipynb"
        links.append(f'<a href="notebook/">{esc(label)}</a>')
        links.append(f'<a href="{name}" download="{name}">{esc(w["download"].format(name=name))}</a>')
    colab = colab_url(kp, _state.lang)
    if colab:
        links.append(f'<a href="{esc(colab)}" class="torchkb-colab">{esc(w["colab"])}</a>')
    issue = _issue_link("issue", url=_page_url(page.url), slug=kp.slug)
    if issue:
        links.append(f'<a href="{esc(issue)}" class="torchkb-report">{esc(w["report"])}</a>')
    return " · ".join(links)


def _badge(kp, page) -> str:
    try:
        b = stamp.badge(_state.report, kp.slug, _state.lang, gpu=_gpu_run(kp))
    except stamp.StampError as exc:
        _fail(str(exc))
    table = versions.rows(kp, _state.releases, _state.report)
    return stamp.badge_html(b, _state.lang, releases_line=versions.summary(kp, table, _state.lang),
                            actions=_actions(kp, page))


def _gpu_run(kp) -> stamp.GpuRun | None:
    """The latest GPU run's verdict on kp's CUDA-only snippets (releases/*-cuda.json)."""
    cuda = [s for s in kp.snippets if s.device == "cuda"]
    if not cuda:
        return None
    for rel in reversed([r for r in _state.releases if r.device == "cuda"]):
        states = [rel.status(s) for s in cuda]
        if any(rec is not None for _, rec in states):
            ok = all(state == "current" and rec.outcome in ("raised", "passed") for state, rec in states)
            stale = any(state == "stale" for state, _ in states)
            return stamp.GpuRun("verified" if ok else ("stale" if stale else "none"),
                                gpu=rel.gpu or "GPU", torch=rel.torch, date=rel.date)
    return stamp.GpuRun("none")


AREA_CARDS = "<!-- torchkb:area-cards -->"


def _root_of(page) -> str:
    """The relative path from a page's URL to the site's root ("" on the home page)."""
    return "../" * page.url.count("/")


def _insert_after_title(markdown: str, block: str) -> str:
    lines = markdown.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("# "):
            return "\n".join(lines[: i + 1] + ["", block] + lines[i + 1:])
    return block + "\n" + markdown


@event_priority(100)  # before the tags plugin reads page.meta["tags"]
def on_page_markdown(markdown, page, config, files, **kwargs):
    src = page.file.src_uri
    if src in _state.notebook_pages:
        kp = _state.notebook_pages[src]
        page.meta["description"] = attribute(
            WORDS[_state.lang]["nb_description"].format(title=kp.title[_state.lang]))
        # The knowledge point's page is the search result; its notebook would only repeat it.
        page.meta["search"] = {"exclude": True}
        return markdown
    if _state.lang == "zh":
        markdown = typeset_chinese(markdown)
    if EXPLAIN_BOX in markdown:
        issue = f"{_state.deploy.repo_url}/issues/new" if _state.deploy.repo_url else None
        markdown = markdown.replace(EXPLAIN_BOX, box_html(_state.lang, issue, _root_of(page)))
    if AREA_CARDS in markdown:
        markdown = markdown.replace(AREA_CARDS, area_cards(_state.lang, _state.area_counts))
    if "description" not in page.meta:
        summary = first_paragraph(markdown)
        if summary:
            page.meta["description"] = attribute(summary)
    else:
        page.meta["description"] = attribute(str(page.meta["description"]))
    slug = _kp_slug(page)
    if slug is None:
        return markdown
    kp = _state.kps[slug]
    if kp.tags and "tags" not in page.meta:
        page.meta["tags"] = list(kp.tags)
    # Under the title: whether (and where) the page was verified; under the summary: the fix.
    markdown = _insert_after_title(markdown, _badge(kp, page))
    block = glance_markdown(kp, _state.lang)
    if block:
        markdown = insert_after_summary(markdown, block)
    if kp.kind != "recipe":
        table = versions.rows(kp, _state.releases, _state.report)
        block = versions.table_markdown(kp, table, _state.lang)
        captured = versions.wordings_markdown(kp, _state.releases, _state.lang)
        markdown = versions.insert_table(markdown, block + ("\n" + captured if captured else ""), _state.lang)
    return markdown


def _toc_ids(items) -> list[str]:
    out = []
    for item in items:
        out.append(item.id)
        out += _toc_ids(item.children)
    return out


def _heading_ids_from_toc(html: str, toc) -> str:
    """nbconvert's heading ids are ASCII-only (empty for a Chinese heading) while the page's TOC
    uses MkDocs' ids: give each heading, in order, the id its TOC entry links to."""
    ids = _toc_ids(toc)
    heads = list(re.finditer(r'<h([1-6]) id="([^"]*)">(.*?)</h\1>', html, re.S))
    if len(heads) != len(ids):
        return html
    out, at = [], 0
    for m, new in zip(heads, ids):
        level, old, inner = m.groups()
        inner = inner.replace(f'href="#{old}"', f'href="#{new}"', 1)
        out += [html[at:m.start()], f'<h{level} id="{new}">{inner}</h{level}>']
        at = m.end()
    return "".join(out) + html[at:]


def on_page_content(html, page, config, files, **kwargs):
    kp = _state.notebook_pages.get(page.file.src_uri)
    if kp is None:
        return html
    for pattern in CDN_SCRIPTS:
        html = pattern.sub("", html)
    html = _heading_ids_from_toc(html, page.toc)
    # The title goes into the template as HTML (a title like "'<locals>.<lambda>'" is text).
    page.title = html_escape(WORDS[_state.lang]["nb_title"].format(title=kp.title[_state.lang]), quote=False)
    return _notebook_bar(kp) + html


def _notebook_bar(kp) -> str:
    """Back to the page, download, Open in Colab: at the top of the notebook page."""
    w = WORDS[_state.lang]
    esc = html_escape
    name = f"{kp.slug}.ipynb"
    links = [f'<a class="md-button" href="../">{esc(w["nb_back"])}</a>',
             f'<a class="md-button md-button--primary" href="../{name}" download="{name}">'
             f'{esc(w["download"].format(name=name))}</a>']
    colab = colab_url(kp, _state.lang)
    if colab:
        links.append(f'<a class="md-button torchkb-colab" href="{esc(colab)}">{esc(w["colab"])}</a>')
    return f'<p class="torchkb-notebook-bar" data-search-exclude>{" ".join(links)}</p>\n'


def on_page_context(context, page, config, nav, **kwargs):
    if page.file.src_uri in _state.notebook_pages or page.file.generated_by:
        page.edit_url = None  # generated: there is no source file to edit
    kp = _state.notebook_pages.get(page.file.src_uri)
    if kp is not None:
        # The notebook is not in the navigation: show where the reader is by its page.
        for item in nav.pages:
            if item.file.src_uri == f"{kp.area}/{kp.slug}.md":
                item.active = True
                _state.lit = item
    return context


def on_post_page(output, page, config, **kwargs):
    if _state.lit is not None:
        _state.lit.active = False
        _state.lit = None
        # Material marks only the current page's own link; on a notebook that is its page's.
        output = output.replace('<a href="../" class="md-nav__link">',
                                '<a href="../" class="md-nav__link md-nav__link--active" aria-current="page">', 1)
    return output


def _cleanup() -> None:
    if _state.notebook_dir is not None:
        shutil.rmtree(_state.notebook_dir, ignore_errors=True)
        _state.notebook_dir = None


def on_post_build(config, **kwargs):
    _cleanup()


def on_build_error(error, **kwargs):
    _cleanup()
