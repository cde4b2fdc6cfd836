"""The site navigation, generated from the pages that exist, so a new knowledge point needs no config.

Home, Explain my error, Error index, then one section per area (in the order of kp.AREAS, titled
in the page's language), then Tags. Within an area, recipes come first, then errors and warnings,
each by slug, so both languages have the same order (and the same previous/next links).
"""

from __future__ import annotations

from torchkb.kp import AREAS

AREA_TITLES = {
    "tensors": {"en": "Tensors", "zh": "张量"},
    "autograd": {"en": "Autograd", "zh": "自动求导"},
    "nn": {"en": "nn", "zh": "神经网络模块"},
    "training": {"en": "Training loop", "zh": "训练循环"},
    "data": {"en": "Data", "zh": "数据加载"},
    "checkpoints-io": {"en": "Checkpoints & I/O", "zh": "模型保存与加载"},
    "cuda": {"en": "CUDA & devices", "zh": "CUDA 与设备"},
    "distributed": {"en": "Distributed", "zh": "分布式训练"},
    "export-jit": {"en": "Compile, export & JIT", "zh": "编译、导出与 JIT"},
    "environment": {"en": "Environment", "zh": "环境与版本"},
}
assert set(AREA_TITLES) == set(AREAS)

TOP_TITLES = {
    "en": {"index.md": "Home", "errors.md": "Error index", "tags.md": "Tags"},
    "zh": {"index.md": "首页", "errors.md": "报错索引", "tags.md": "标签"},
}
# Top-level pages first (in this order, when they exist) and last; any other top-level page
# goes between the areas and the last ones.
FIRST = ("index.md", "explain.md", "errors.md")
LAST = ("tags.md",)


def build_nav(page_uris: list[str], lang: str, kinds: dict[str, str]) -> list:
    """MkDocs `nav` for the documentation pages page_uris (src URIs); kinds maps slug -> kind."""
    titles = TOP_TITLES[lang]
    top = sorted(u for u in page_uris if "/" not in u)
    by_area: dict[str, list[str]] = {}
    other_dirs: dict[str, list[str]] = {}
    for uri in page_uris:
        if "/" not in uri:
            continue
        head, _, rest = uri.partition("/")
        if head in AREA_TITLES and "/" not in rest:
            by_area.setdefault(head, []).append(uri)
        else:
            other_dirs.setdefault(head, []).append(uri)

    def entry(uri: str):
        return {titles[uri]: uri} if uri in titles else uri

    def area_key(uri: str):
        slug = uri.rsplit("/", 1)[1][:-3]
        return (kinds.get(slug) != "recipe", slug)

    nav: list = [entry(u) for u in FIRST if u in top]
    for area in AREAS:
        if area in by_area:
            nav.append({AREA_TITLES[area][lang]: sorted(by_area[area], key=area_key)})
    nav += [entry(u) for u in top if u not in FIRST and u not in LAST]
    for head in sorted(other_dirs):
        nav.append({head: sorted(other_dirs[head])})
    nav += [entry(u) for u in LAST if u in top]
    return nav
