"""MkDocs hooks for finding a page from an error.

Loaded by mkdocs.base.yml (``hooks:``) after Material's search plugin, so ``on_post_build`` here
runs once ``search/search_index.json`` is written. It writes:

- ``signatures.json``: the error signatures for the "Explain my error" page (see
  ``torchkb.matching.signatures``), into the site of each language. ``torchkb explain`` builds the same data
  from the same ``kp.toml`` files.
- Tuning of the search index for pasted errors (``tune_search_index``), for the entries of each
  knowledge point's page (the page at ``<area>/<slug>/`` and its sections; not its notebook, not
  the error index or tag listings, which repeat its words):

  * the page entry's title becomes the ``kp.toml`` title in that language, the one written for
    searching ("short, and including the key error words people would search"), where the H1 may
    name the situation instead ("nn.Linear with the wrong in_features"); results show it too;
  * the page entry's text gets the error wordings the page covers: the messages its reproducers
    printed (shown on the page) and the older wordings it cites (``[[expect.variants]]``), so an
    old wording pasted into the search box finds the page that explains it;
  * every entry of the page gets ``boost`` = ``KP_BOOST``, so a pasted error lands on the page
    that explains it rather than on a listing or a notebook that repeats the same words.
- ``search/zh_vocab.json`` (``write_vocabulary``): the Chinese words of the tuned index (as jieba
  cut them at build time) with their document frequency, lunr's Chinese stop words, and the
  glossary (``zh_glossary.txt``: Chinese terms and the English words the pages use for them,
  those words kept only where the index has them), so the browser can cut a query typed without
  spaces into the same words and add the English ones (docs/overrides/assets/torchkb/segment.js).
  Written for both languages; the English one is small.

Field weights are in mkdocs.yml / mkdocs.zh.yml (``plugins.search.fields``); the query itself is
cleaned in the browser (docs/overrides/assets/torchkb/search.js). bench/search_recall.py measures
the result.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

from torchkb.kp import KPError, load_all
from torchkb.matching.matcher import literal_text
from torchkb.matching.signatures import SignatureError, build_signatures, dumps
from torchkb.site.describe import first_paragraph
from torchkb.site.typesetting import typeset_chinese

SIGNATURES_FILE = "signatures.json"
SEARCH_INDEX = Path("search") / "search_index.json"
VOCAB_FILE = Path("search") / "zh_vocab.json"
# lunr's Chinese stop words are in the lunr-languages file Material ships; the worker loads it too.
LUNR_ZH = Path("assets") / "javascripts" / "lunr" / "min" / "lunr.zh.min.js"
LUNR_STOP_RE = re.compile(r'generateStopWordFilter\(\s*"([^"]*)"\.split\(" "\)')
MARKUP_RE = re.compile(r"<[^>]*>")
GLOSSARY = Path(__file__).with_name("zh_glossary.txt")
KP_BOOST = 5
WORDINGS_LABEL = {"en": "Error messages:", "zh": "报错信息："}
HAN_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
HAN_WORD = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$")


def _root(config) -> Path:
    return Path(config.config_file_path).resolve().parent


def _language(config) -> str:
    lang = str(config.theme.get("language") or "en")
    return "zh" if lang.startswith("zh") else "en"


def segment_chinese(text: str) -> str:
    """Chinese words separated by U+200B, as Material's search plugin indexes them (with jieba)."""
    try:
        import jieba
    except ImportError:  # Material indexes unsegmented text then, too
        return text

    def cut(m: re.Match) -> str:
        return "\u200b" + "\u200b".join(jieba.cut(m.group(0))) + "\u200b"

    return HAN_RUN.sub(cut, text).strip("\u200b")


def wordings(signature: dict) -> list[str]:
    """The error texts a page covers: captured messages first, then the cited older wordings."""
    out: list[str] = []
    for ex in signature.get("examples", []):
        out.append(f"{ex['type']}: {ex['message']}")
    for pat in signature["patterns"]:
        if pat["origin"] == "variant":
            words = " ".join(literal_text(pat["regex"]).split())
            out.append(f"{pat['type']}: {words}")
    seen: set[str] = set()
    return [w for w in out if not (w in seen or seen.add(w))]


def tune_search_index(index_path: Path, kps, signatures: list[dict], lang: str) -> int:
    """Retitle, enrich and boost the index entries of knowledge-point pages (see the module
    docstring); returns the number of pages tuned."""
    data = json.loads(index_path.read_text(encoding="utf-8"))
    by_slug = {s["slug"]: s for s in signatures}
    pages = {f"{kp.area}/{kp.slug}/": kp for kp in kps}
    tuned = set()
    for doc in data.get("docs", []):
        path, _, anchor = doc.get("location", "").partition("#")
        kp = pages.get(path)
        if kp is None:
            continue
        doc["boost"] = KP_BOOST
        if anchor:
            continue
        # Escaped like the rest of the index: Material's tokenizer reads "<...>" as markup.
        doc["title"] = segment_chinese(html.escape(kp.title[lang], quote=False))
        sig = by_slug.get(kp.slug)
        if sig:
            texts = wordings(sig)
            if texts:
                label = segment_chinese(WORDINGS_LABEL[lang])
                body = " · ".join(html.escape(t, quote=False) for t in texts)
                doc["text"] = f"{doc.get('text', '')} <p>{label} {body}</p>".strip()
        tuned.add(path)
    index_path.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    return len(tuned)


def add_summaries(signatures: list[dict], kps, docs_root: Path, lang: str) -> None:
    """Each signature gets its page's summary in this build's language (the explain page shows
    it under each result): the page's first paragraph, as the meta description has it."""
    pages = {kp.slug: kp for kp in kps}
    for sig in signatures:
        kp = pages.get(sig["slug"])
        if kp is None:
            continue
        text = kp.page(docs_root, lang).read_text(encoding="utf-8")
        if lang == "zh":
            text = typeset_chinese(text)
        sig["summary"] = first_paragraph(text) or ""

def index_tokens(data: dict):
    """Per index entry, the set of its tokens, split off as Material's tokenizer does in the
    browser: markup dropped, text split at the index's separator (which includes the U+200B that
    jieba's words are joined with), lowercased."""
    separator = re.compile(data["config"]["separator"])
    for doc in data.get("docs", []):
        texts = [doc.get("title", ""), doc.get("text", "")] + list(doc.get("tags") or [])
        tokens = set()
        for text in texts:
            tokens.update(t.lower() for t in separator.split(MARKUP_RE.sub(" ", str(text))) if t)
        yield tokens


def index_vocabulary(data: dict) -> dict[str, int]:
    """The Chinese words of a Material search index and, for each, the number of index entries
    (pages and their sections) it occurs in."""
    df: dict[str, int] = {}
    for tokens in index_tokens(data):
        for word in tokens:
            if HAN_WORD.match(word):
                df[word] = df.get(word, 0) + 1
    return df


def read_glossary(path: Path = GLOSSARY) -> dict[str, list[str]]:
    """zh_glossary.txt: {Chinese term: its English words}."""
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].split()
        if len(line) >= 2 and HAN_WORD.match(line[0]):
            out.setdefault(line[0], [])
            out[line[0]] += [w.lower() for w in line[1:] if w.lower() not in out[line[0]]]
    return out


def lunr_stop_words(site_dir: Path) -> list[str]:
    """lunr's Chinese stop words, read from the lunr-languages file the site serves (the search
    worker filters them out of the index); none if the file is not there or has changed form."""
    candidates = [site_dir / LUNR_ZH]
    try:
        import material

        candidates.append(Path(material.__file__).parent / "templates" / LUNR_ZH)
    except ImportError:  # pragma: no cover - Material is a dependency of the site build
        pass
    for path in candidates:
        if path.is_file():
            m = LUNR_STOP_RE.search(path.read_text(encoding="utf-8"))
            if m:
                return [w for w in m.group(1).split(" ") if HAN_WORD.match(w)]
    return []


def write_vocabulary(index_path: Path, out_path: Path, stop: list[str],
                     glossary: dict[str, list[str]] | None = None) -> dict:
    """search/zh_vocab.json: {"version": 1, "entries": number of index entries, "stop": lunr's
    Chinese stop words, space-separated, "df": {document frequency: words with it, space-separated}
    (grouping by frequency keeps it small), "gloss": {Chinese term: its English words that occur in
    the index, space-separated}}. Returns what was written."""
    data = json.loads(index_path.read_text(encoding="utf-8"))
    df = index_vocabulary(data)
    english = {t for tokens in index_tokens(data) for t in tokens if not HAN_WORD.match(t)}
    groups: dict[int, list[str]] = {}
    for word, count in df.items():
        groups.setdefault(count, []).append(word)
    gloss = {term: " ".join(w for w in words if w in english)
             for term, words in sorted((glossary if glossary is not None else read_glossary()).items())}
    vocab = {
        "version": 1,
        "entries": len(data.get("docs", [])),
        "stop": " ".join(stop),
        "df": {str(count): " ".join(sorted(words)) for count, words in sorted(groups.items())},
        "gloss": {term: words for term, words in gloss.items() if words},
    }
    out_path.write_text(json.dumps(vocab, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    return vocab


def on_post_build(config, **kwargs):
    root = _root(config)
    try:
        kps = load_all(root)
        data = build_signatures(root, kps)
    except (KPError, SignatureError) as exc:
        raise PluginError(f"signatures.json: {exc}") from None
    lang = _language(config)
    add_summaries(data["signatures"], kps, root / "docs", lang)
    site = Path(config.site_dir)
    site.mkdir(parents=True, exist_ok=True)
    (site / SIGNATURES_FILE).write_text(dumps(data), encoding="utf-8")
    index_path = site / SEARCH_INDEX
    if index_path.is_file():
        tune_search_index(index_path, kps, data["signatures"], lang)
        write_vocabulary(index_path, site / VOCAB_FILE, lunr_stop_words(site))
