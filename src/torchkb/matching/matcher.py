"""Match a pasted error to knowledge points.

The same algorithm runs in the browser: ``docs/overrides/assets/torchkb/match.js`` is a line by
line port of this module. ``tests/data/match_cases.json`` holds the cases both must agree on, and
``tests/test_matching*.py`` run both implementations on that table and on the evaluation set, so a
change to one without the other fails the tests. Keep the two in step: same regular expressions
(written with explicit ASCII classes, because ``\\w`` and ``\\s`` differ between Python and
JavaScript), same constants, same order of operations.

Steps:

1. ``clean``: ANSI codes, CRLF, full-width punctuation (Chinese input methods), odd spaces; a
   traceback that arrives on one line (a one-line search box turns line breaks into spaces) is
   broken into lines again (``unflatten``).
2. ``parse``: drop quoting and markdown (``>``, backticks, ``**``, ``[rank0]:``), drop traceback
   frames and the source lines under them, find the exception lines (``Type: message`` anywhere
   in a line, plus continuation lines), oldest first.
3. Patterns: every knowledge point's verified ``expect`` regex and its cited variants, searched
   case-insensitively in each exception block (the last block, the error that was finally
   raised, weighs most), then in the whole text with frames removed.
4. Fuzzy: knowledge points that no pattern matched get an IDF-weighted token overlap between the
   normalized text (numbers, shapes, paths, device ids, versions removed) and each signature's
   words (pattern literals, captured messages, titles; Chinese as character bigrams).
5. Rank by score: a pattern in the last exception line 0.92-0.99, in the text outside any
   recognised exception line 0.84-0.88, only in an earlier exception (a warning printed before
   the error, the cause of a chained traceback) 0.73-0.80; a fuzzy match at most ``FUZZY_CAP``
   (0.7), and none below ``MIN_SCORE``. ``CONFIDENT`` (0.8) separates the first two from the rest.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

# Scores (see step 5 above).
CONFIDENT = 0.8          # documented threshold: a match at or above it is "confident"
FUZZY_CAP = 0.7          # a fuzzy match scores FUZZY_CAP * similarity
MIN_SCORE = 0.25         # below this a fuzzy match is not reported at all
MAX_RESULTS = 5

SCORE_LAST_BLOCK = 0.95  # pattern found in the last exception (the one finally raised)
SCORE_EARLIER_BLOCK = 0.76  # found only in an earlier exception (a warning before the error, the
#                            cause in a chained traceback): shown, but below CONFIDENT
SCORE_FLAT = 0.84        # found in the text, but not in a recognised exception line
TYPE_MISMATCH = 0.03     # subtracted when the exception type differs from the pattern's
SPECIFICITY = 0.04       # added in proportion to the matched length (longer = more specific)
SPECIFIC_LEN = 100.0

ANSI_RE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")
ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")
SPACE_RE = re.compile(r"[\t\f\v\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]")
RUNS_RE = re.compile(r" {2,}")
# Full-width and CJK punctuation that Chinese input methods produce, to their ASCII forms.
CJK_PUNCT = {"\u3002": ".", "\u3001": ",", "\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
             "\u3010": "[", "\u3011": "]", "\u300a": "<", "\u300b": ">", "\u2026": "..."}

# Decorations around pasted lines: quotes, markdown, torchrun rank prefixes, ipdb's ***.
QUOTE_RE = re.compile(r"^(?: *>)+ ?")
RANK_RE = re.compile(r"^ *\[(?:rank|default)[0-9]*\]: ?")
IPDB_RE = re.compile(r"^ *\*\*\* ")
BOLD_RE = re.compile(r"\*\*")

# Lines that are traceback machinery, not the error.
FRAME_RES = [
    re.compile(r"^ *File \"[^\"]*\", line [0-9]+"),                      # CPython
    re.compile(r"^ *File [^ ].*:[0-9]+(?:, in |$)"),                      # IPython 8
    re.compile(r"^ *\[?[~./A-Za-z0-9_\\:-]+\.py\]?(?:\([^)]*\))? in [A-Za-z_<]"),  # old IPython, Colab
    re.compile(r"^ *\[?<ipython-input-[^>]*>"),                          # old Jupyter/Colab cell
    re.compile(r"^ *frame #[0-9]+:"),                                      # C++ (libtorch)
    re.compile(r"^ *Exception raised from "),
    re.compile(r"^ *(?:Original )?Traceback \(most recent call last\)"),
    re.compile(r"^ *[A-Za-z_][A-Za-z0-9_.]* {2,}Traceback \(most recent call last\)"),  # Jupyter header
    re.compile(r"^ *During handling of the above exception"),
    re.compile(r"^ *The above exception was the direct cause"),
    re.compile(r"^ *[0-9]+ frames *$"),
    re.compile(r"^ *-{3,} *$"),
    re.compile(r"^ *[~^]{2,} *$"),                                      # 3.11 caret markers
    re.compile(r"^ *(?:-*>|->) *[0-9]+ "),                                 # Jupyter arrow line
    re.compile(r"^ {0,8}[0-9]+ {1,}[^ ,]"),                                 # Jupyter numbered source
]
CPY_FRAME_RE = re.compile(r"^( *)File \"[^\"]*\", line [0-9]+")

# An exception line: "Type: message" anywhere in a line (after a path, a pytest id, Chinese...).
TYPE_NAME = (r"(?:[A-Za-z_][A-Za-z0-9_]*\.)*[A-Z][A-Za-z0-9_]*(?:Error|Exception|Warning|Interrupt|Exit)"
             r"|(?:[A-Za-z_][A-Za-z0-9_]*\.)+error")
EXC_RE = re.compile(r"(?:^|[^A-Za-z0-9_.])(" + TYPE_NAME + r") *:(?!:) *(.*)$")
# A traceback pasted into a one-line box (the header search) arrives with its line breaks turned
# into spaces: break it again before frames, traceback headers and exception lines.
UNFLATTEN_RE = re.compile(r"(?<=[^A-Za-z0-9_.])(?=File \"|File [~/\\A-Za-z]|Traceback \(most recent call last\)"
                          r"|During handling of the above|The above exception was|(?:" + TYPE_NAME + r") *:(?!:))")

# Fuzzy normalization.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_RUN_RE = re.compile("[" + HAN + "]+")
URL_RE = re.compile(r"https?://[^ )\]>\"']+")
PATH_RE = re.compile(r"(?:[A-Za-z]:)?(?:[\\/][^ \\/:\"'()\[\]<>,]+){2,}[\\/]?|[^ \"'()\[\]<>,]+\.(?:py|pyc|cpp|cu|cuh|c|h|so|dll|pyd|ipynb)(?![A-Za-z0-9_])(?::[0-9]+)?")
HEX_RE = re.compile(r"(?<![A-Za-z0-9_])0x[0-9a-fA-F]+(?![A-Za-z0-9_])")
DEVICE_RE = re.compile(r"(?<![A-Za-z0-9_])(cuda|npu|xpu|mps|hpu|gpu|cpu):[0-9]+")
VERSION_RE = re.compile(r"(?<![A-Za-z0-9_])([A-Za-z][A-Za-z0-9_]*)\([0-9]+(?:\.[0-9]+)+[^)]*\)")
SHAPE_RE = re.compile(r"(?<![A-Za-z0-9_])[0-9]+(?: *[x\u00d7] *[0-9]+)+(?![A-Za-z0-9_])")
NUMBER_RE = re.compile(r"(?<![A-Za-z_])[-+]?[0-9]+(?:\.[0-9]+)*(?:e[-+]?[0-9]+)?(?![A-Za-z_])")
WORD_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|[" + HAN + "]+")
CAMEL_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")

STOPWORDS = frozenset("""
a an and are as at be been but by can could did do does for from had has have how i if in into is it
its me my no not of on or our so such that the their then there these they this to was we were what
when where which while who why will with you your please anyone help thanks thank error errors
""".split())

# Regular-expression syntax stripped from a pattern to get its literal words for fuzzy matching.
REGEX_CLASS_RE = re.compile(r"\\[dDwWsSbB]|\[[^\]]*\]|\(\?[:=!]|\(\?P?<[A-Za-z_][A-Za-z0-9_]*>|[{][0-9,]+[}]|[*+?|()^$]")
REGEX_ESCAPE_RE = re.compile(r"\\(.)")


def clean(text: str) -> str:
    """ANSI codes, line ends, full-width punctuation and odd spaces; nothing else changes."""
    text = ANSI_RE.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for ch in text:
        code = ord(ch)
        if 0xFF01 <= code <= 0xFF5E:
            out.append(chr(code - 0xFEE0))
        else:
            out.append(CJK_PUNCT.get(ch, ch))
    text = "".join(out)
    text = ASTRAL_RE.sub(" ", text)
    return SPACE_RE.sub(" ", text)


def unflatten(text: str) -> str:
    """Line breaks back into a one-line traceback; text that has line breaks is left alone."""
    if "\n" in text:
        return text
    return UNFLATTEN_RE.sub("\n", text)


def undecorate(line: str) -> str:
    line = RANK_RE.sub("", line)
    line = QUOTE_RE.sub("", line)
    line = IPDB_RE.sub("", line)
    line = line.replace("`", "")
    return BOLD_RE.sub("", line)


def squash(text: str) -> str:
    return RUNS_RE.sub(" ", text.replace("\n", " ")).strip(" ")


def is_frame(line: str) -> bool:
    for rx in FRAME_RES:
        if rx.search(line):
            return True
    return False


def _is_source_line(line: str, indent: int) -> bool:
    if not line.strip(" ") or EXC_RE.search(line):
        return False
    return len(line) - len(line.lstrip(" ")) > indent


@dataclass
class Block:
    """One exception line (type and message) plus its continuation lines."""
    type: str
    text: str
    line: int


@dataclass
class Parsed:
    lines: list[str]
    blocks: list[Block]
    flat: str        # every non-frame line, undecorated, on one line
    flat_raw: str    # the same lines as pasted (backticks and quotes kept)


def parse(text: str) -> Parsed:
    raw_lines = [ln.rstrip(" ") for ln in unflatten(clean(text)).split("\n")]
    lines = [undecorate(ln).rstrip(" ") for ln in raw_lines]
    n = len(lines)
    frame = [False] * n
    i = 0
    while i < n:
        line = lines[i]
        if is_frame(line):
            frame[i] = True
            m = CPY_FRAME_RE.match(line)
            if m:
                # The source lines under a CPython frame are more indented than "File".
                indent = len(m.group(1))
                j = i + 1
                while j < n and _is_source_line(lines[j], indent):
                    frame[j] = True
                    j += 1
                i = j
                continue
        i += 1

    blocks: list[Block] = []
    i = 0
    while i < n:
        if frame[i]:
            i += 1
            continue
        m = EXC_RE.search(lines[i])
        if not m:
            i += 1
            continue
        parts = [m.group(2).strip(" ")]
        j = i + 1
        while j < n and j - i <= 20 and lines[j].strip(" ") and not frame[j] and not EXC_RE.search(lines[j]):
            parts.append(lines[j].strip(" "))
            j += 1
        blocks.append(Block(type=m.group(1), text=squash(" ".join(p for p in parts if p)), line=i))
        i = j
    keep = [k for k in range(n) if not frame[k]]
    flat = squash(" ".join(lines[k] for k in keep))
    flat_raw = squash(" ".join(raw_lines[k] for k in keep))
    return Parsed(lines=lines, blocks=blocks, flat=flat, flat_raw=flat_raw)


def normalize(text: str) -> str:
    """Text for fuzzy matching: no URLs, paths, hex ids, device ids, versions, shapes, numbers."""
    text = URL_RE.sub(" ", text)
    text = PATH_RE.sub(" ", text)
    text = HEX_RE.sub(" ", text)
    text = DEVICE_RE.sub(r"\1", text)
    text = VERSION_RE.sub(r"\1", text)
    text = SHAPE_RE.sub(" ", text)
    text = NUMBER_RE.sub(" ", text)
    return RUNS_RE.sub(" ", text).strip(" ")


def tokens(text: str) -> list[str]:
    """Distinct tokens in first-seen order: lowercase words (and their CamelCase parts), Chinese
    character bigrams. Numbers, paths and the like are gone first (``normalize``)."""
    out: list[str] = []
    seen: set[str] = set()

    def add(tok: str) -> None:
        if tok not in seen:
            seen.add(tok)
            out.append(tok)

    for m in WORD_RE.finditer(normalize(text)):
        word = m.group(0)
        if HAN_RUN_RE.match(word):
            if len(word) == 1:
                continue
            for k in range(len(word) - 1):
                add(word[k:k + 2])
            continue
        for piece in word.split("_"):
            low = piece.lower().rstrip("0123456789")
            if len(low) < 2 or low in STOPWORDS:
                continue
            add(low)
            parts = CAMEL_RE.findall(piece)
            if len(parts) > 1:
                for part in parts:
                    part = part.lower()
                    if len(part) >= 3 and part not in STOPWORDS:
                        add(part)
    return out


def literal_text(pattern: str) -> str:
    """The words of a regex, for fuzzy matching: '\\d+' and other syntax become spaces."""
    text = REGEX_CLASS_RE.sub(" ", pattern)
    return REGEX_ESCAPE_RE.sub(r"\1", text)


# --------------------------------------------------------------------------------------------
# Signatures and matching


@dataclass
class Pattern:
    type: str
    regex: re.Pattern


@dataclass
class Entry:
    slug: str
    patterns: list[Pattern]
    docs: list[list[str]]          # token lists: pattern literals, captured messages, titles
    info: dict = field(default_factory=dict)


@dataclass
class Index:
    entries: list[Entry]
    idf: dict[str, float]


def round6(x: float) -> float:
    """Rounding that JavaScript's Math.round reproduces bit for bit."""
    return math.floor(x * 1e6 + 0.5) / 1e6


def type_tail(name: str) -> str:
    return name.split(".")[-1].lower()


def build_index(signatures: list[dict]) -> Index:
    """Compile the patterns and the fuzzy documents of signatures (see ``signatures.py``)."""
    entries = []
    for sig in signatures:
        patterns = [Pattern(type=p["type"], regex=re.compile(p["regex"], re.I | re.S)) for p in sig["patterns"]]
        texts = [literal_text(p["regex"]) for p in sig["patterns"]]
        texts += [f"{ex['type']}: {ex['message']}" for ex in sig.get("examples", [])]
        texts += [sig["titles"][lang] for lang in sorted(sig["titles"])]
        docs = [d for d in (tokens(t) for t in texts) if d]
        entries.append(Entry(slug=sig["slug"], patterns=patterns, docs=docs, info=sig))
    df: dict[str, int] = {}
    for entry in entries:
        seen: set[str] = set()
        for doc in entry.docs:
            for tok in doc:
                if tok not in seen:
                    seen.add(tok)
                    df[tok] = df.get(tok, 0) + 1
    idf = {tok: 1.0 / math.sqrt(count) for tok, count in df.items()}
    return Index(entries=entries, idf=idf)


def _pattern_score(pattern: Pattern, parsed: Parsed) -> float:
    last = len(parsed.blocks) - 1
    for k in range(last, -1, -1):
        block = parsed.blocks[k]
        m = pattern.regex.search(block.text)
        if m:
            score = SCORE_LAST_BLOCK if k == last else SCORE_EARLIER_BLOCK
            if type_tail(block.type) != type_tail(pattern.type):
                score -= TYPE_MISMATCH
            return score + SPECIFICITY * min(1.0, len(m.group(0)) / SPECIFIC_LEN)
    for view in (parsed.flat, parsed.flat_raw):
        m = pattern.regex.search(view)
        if m:
            return SCORE_FLAT + SPECIFICITY * min(1.0, len(m.group(0)) / SPECIFIC_LEN)
    return 0.0


def _query_tokens(parsed: Parsed) -> list[str]:
    if parsed.blocks:
        out: list[str] = []
        seen: set[str] = set()
        for block in reversed(parsed.blocks):
            for tok in tokens(block.type + ": " + block.text):
                if tok not in seen:
                    seen.add(tok)
                    out.append(tok)
        return out
    return tokens(parsed.flat)


def _similarity(query: list[str], doc: list[str], idf: dict[str, float]) -> float:
    """Share of the document's weight found in the query, damped when the query is mostly other
    words: recall * (0.5 + 0.5 * precision)."""
    qset = set(query)
    total = 0.0
    hit = 0.0
    for tok in doc:
        w = idf.get(tok, 1.0)
        total += w
        if tok in qset:
            hit += w
    if hit == 0.0:
        return 0.0
    dset = set(doc)
    qtotal = 0.0
    qhit = 0.0
    for tok in query:
        w = idf.get(tok, 1.0)
        qtotal += w
        if tok in dset:
            qhit += w
    recall = hit / total
    precision = qhit / qtotal
    return recall * (0.5 + 0.5 * precision)


def match(text: str, index: Index, limit: int = MAX_RESULTS) -> list[dict]:
    """Ranked matches, best first: [{slug, score, via}], via = "pattern" or "fuzzy"."""
    parsed = parse(text)
    results = []
    query = None
    for entry in index.entries:
        best = 0.0
        for pattern in entry.patterns:
            best = max(best, _pattern_score(pattern, parsed))
        if best > 0.0:
            results.append({"slug": entry.slug, "score": round6(best), "via": "pattern"})
            continue
        if query is None:
            query = _query_tokens(parsed)
        if not query:
            continue
        sim = 0.0
        for doc in entry.docs:
            sim = max(sim, _similarity(query, doc, index.idf))
        score = round6(FUZZY_CAP * sim)
        if score >= MIN_SCORE:
            results.append({"slug": entry.slug, "score": score, "via": "fuzzy"})
    results.sort(key=lambda r: (-r["score"], r["slug"]))
    return results[:limit]


# --------------------------------------------------------------------------------------------
# Header search: what to hand to the site's lunr search for a pasted error.

SEARCH_MAX_TERMS = 14
LUNR_SPECIAL_RE = re.compile(r"[^A-Za-z0-9" + HAN + r"]+")
# Exception types that nearly every page mentions: as search words they only add noise.
GENERIC_TYPES = frozenset(["runtimeerror", "valueerror", "typeerror", "exception"])


def search_query(text: str) -> str:
    """Reduce a pasted error to plain search words: the last exception line's message (or the
    text itself when it has none), without numbers, paths, quotes, lunr operators (+ - : ^ ~ *),
    generic exception types, identifiers' one-letter pieces (s_batch: "s*" would match every word
    starting with s) and, around an English error (an exception line, or six English words),
    without the Chinese chatter; a Chinese query ("标量 反向传播", "NumPy 数组 双精度") keeps its
    words."""
    parsed = parse(text)
    if parsed.blocks:
        block = parsed.blocks[-1]
        source = block.type + " " + block.text
    else:
        source = parsed.flat
    source = normalize(source)
    latin = re.findall(r"[A-Za-z]{2,}", source)
    if parsed.blocks or len(latin) >= 6:
        source = HAN_RUN_RE.sub(" ", source)
    candidates = LUNR_SPECIAL_RE.sub(" ", source).split(" ")
    words = _search_words(candidates, GENERIC_TYPES)
    return " ".join(words or _search_words(candidates, frozenset()))


def _search_words(candidates: list[str], skip: frozenset) -> list[str]:
    words: list[str] = []
    seen: set[str] = set()
    for word in candidates:
        low = word.lower()
        if not word or low in STOPWORDS or low in skip or low in seen:
            continue
        if not HAN_RUN_RE.match(word) and len(word) < 2:
            continue
        seen.add(low)
        words.append(word)
        if len(words) >= SEARCH_MAX_TERMS:
            break
    return words
