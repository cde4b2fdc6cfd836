"""The site navigation, generated from the pages that exist, so a new knowledge point needs no config.

Home, Explain my error, Error index, then one section per area (in the order of kp.AREAS, titled
in the page's language), then the other top-level pages (how we verify), then Tags. An area's
section opens with its overview page (<area>/index.md, generated: see area_page); then recipes,
then errors and warnings, each by slug, so both languages have the same order (and the same
previous/next links).
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

# One line per area: what its pages are about (the home page's cards, the area's overview page).
AREA_BLURBS = {
    "tensors": {"en": "Creating, indexing, reshaping and converting tensors; shape and dtype errors.",
                "zh": "张量的创建、索引、变形与转换，以及形状和 dtype 报错。"},
    "autograd": {"en": "backward(), gradients, leaf tensors, in-place operations and NaN gradients.",
                 "zh": "backward()、梯度、叶子张量、原地操作和 NaN 梯度。"},
    "nn": {"en": "Layers and losses: Linear, Conv, RNN, Embedding, BatchNorm, loss targets.",
           "zh": "网络层与损失函数：Linear、Conv、RNN、Embedding、BatchNorm 和 loss 的 target。"},
    "training": {"en": "Optimizers, schedulers, mixed precision and model wrappers in the training loop.",
                 "zh": "训练循环里的优化器、学习率调度、混合精度和模型包装。"},
    "data": {"en": "Dataset, DataLoader, workers and collating batches.",
             "zh": "Dataset、DataLoader、worker 进程与组 batch。"},
    "checkpoints-io": {"en": "Saving and loading models: torch.save, torch.load, state_dict, downloads.",
                       "zh": "模型的保存与加载：torch.save、torch.load、state_dict 和权重下载。"},
    "cuda": {"en": "GPUs and devices: CUDA errors, device placement, determinism.",
             "zh": "GPU 与设备：CUDA 报错、设备放置和确定性算法。"},
    "distributed": {"en": "DistributedDataParallel and process groups.",
                    "zh": "DistributedDataParallel 与进程组。"},
    "export-jit": {"en": "torch.compile, torch.export and TorchScript tracing.",
                   "zh": "torch.compile、torch.export 与 TorchScript 追踪。"},
    "environment": {"en": "Installation and versions: CUDA builds, NumPy, removed modules.",
                    "zh": "安装与版本：CUDA 版本、NumPy、被移除的模块。"},
}
assert set(AREA_BLURBS) == set(AREAS)

TOP_TITLES = {
    "en": {"index.md": "Home", "errors.md": "Error index", "tags.md": "Tags"},
    "zh": {"index.md": "首页", "errors.md": "报错索引", "tags.md": "标签"},
}
# Top-level pages first (in this order, when they exist) and last; any other top-level page
# goes between the areas and the last ones.
FIRST = ("index.md", "explain.md", "errors.md")
AREA_INDEX = "index.md"
OVERVIEW = {"en": "Overview", "zh": "概览"}
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
        return (slug != AREA_INDEX[:-3], kinds.get(slug) != "recipe", slug)

    nav: list = [entry(u) for u in FIRST if u in top]
    for area in AREAS:
        if area in by_area:
            items = [{OVERVIEW[lang]: u} if u.endswith("/" + AREA_INDEX) else u
                     for u in sorted(by_area[area], key=area_key)]
            nav.append({AREA_TITLES[area][lang]: items})
    nav += [entry(u) for u in top if u not in FIRST and u not in LAST]
    for head in sorted(other_dirs):
        nav.append({head: sorted(other_dirs[head])})
    nav += [entry(u) for u in LAST if u in top]
    return nav


def area_page(area: str, lang: str, entries: list[tuple[str, str, str]]) -> str:
    """Markdown of an area's overview page; entries: (file name, title, summary) in nav order."""
    intro = {"en": "{n} pages in this section:", "zh": "本节共 {n} 个页面："}[lang]
    lines = ["---", f'description: "{AREA_BLURBS[area][lang]}"', "---", "",
             f"# {AREA_TITLES[area][lang]}", "", AREA_BLURBS[area][lang], "", intro.format(n=len(entries)), ""]
    for name, title, summary in entries:
        lines.append(f"- **[{title}]({name})**" + (f"<br>{summary}" if summary else ""))
    return "\n".join(lines) + "\n"


def area_cards(lang: str, counts: dict[str, int]) -> str:
    """The home page's grid of areas (Material's card grid), linking each overview page."""
    unit = {"en": "{n} pages", "zh": "{n} 个页面"}[lang]
    lines = ['<div class="grid cards" markdown>', ""]
    for area in AREAS:
        if counts.get(area):
            lines.append(f"-   **[{AREA_TITLES[area][lang]}]({area}/index.md)** · {unit.format(n=counts[area])}")
            lines.append("")
            lines.append(f"    {AREA_BLURBS[area][lang]}")
            lines.append("")
    lines.append("</div>")
    return "\n".join(lines) + "\n"
