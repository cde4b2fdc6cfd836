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

Bounded work. Pasted text is hostile input (a 1 MB log, one 400,000-character token, a megabyte
of one character), and the page matches on the main thread of a browser tab, so every step costs
at most a fixed multiple of the text's length, and the costly steps run on bounded pieces:

- ``MAX_INPUT``: of a longer text, its first and last ``MAX_INPUT / 2`` characters are kept;
  ``MAX_LINES``: of more lines, the first and last ``MAX_LINES / 2`` (with an empty line between);
  ``MAX_LINE``: a longer line is parsed as its first and last ``MAX_LINE / 2`` characters (the
  exception type and the start of its message come first, the end of a message last). These cuts
  are reported (``Parsed.cut``, ``match_report``'s ``cut``, ``cut_notice``): the CLI prints them on
  stderr, the page shows them.
- Windows: only the last ``MAX_BLOCKS`` exception blocks are kept (the last one is the error
  finally raised; dropping earlier ones is reported as ``cut["blocks"]``); a block's text is cut
  to ``BLOCK_WINDOW`` and each flat view to ``FLAT_WINDOW`` (first and last halves; not reported,
  they are far above any real error: those in tests/data/real_errors.jsonl have at most 1,307
  characters). The knowledge-point patterns and the fuzzy words only ever see these windows, so
  a linear pattern costs at most ``MAX_BLOCKS * BLOCK_WINDOW + 2 * FLAT_WINDOW`` steps, and one
  that is quadratic on some text (``\\w+ foo`` on a long word) stays bounded too. Patterns that
  backtrack exponentially (``(a+)+$``) cannot be bounded by any window: ``regex_guard`` rejects
  them when kp.toml is loaded, naming the file and the field.
- Linear-time rewrites: ``PATH_RE``, ``SHAPE_RE`` and ``VERSION_RE`` backtrack quadratically
  under ``re.sub`` (on a long token without ``.py``, every start scans to the token's end);
  ``strip_paths``, ``strip_shapes`` and ``strip_versions`` give exactly their result in linear time
  (tests/test_matching_hostile.py compares them on random text). The other regular expressions
  are anchored or ran in linear time on every shape of tests/data/hostile_inputs.json (and on
  text 4 times as long: they scale linearly), and apart from those of ``clean`` and ``unflatten``
  they only ever see bounded lines and windows.
- ``search_query`` first cuts its input to ``SEARCH_MAX_INPUT`` (the site's header search calls
  it on every keystroke, on the main thread).

JavaScript counts UTF-16 code units where Python counts characters; ``clean`` turns astral
characters (two units) into one space, so after it both count alike, and match.js cuts the raw
input by code points (``cutInput``) so that both cut at the same place.
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

# Bounds (see "Bounded work" above). Each cut keeps the first and last halves.
MAX_INPUT = 1_000_000    # characters of a pasted text
MAX_LINES = 10_000       # lines, after a one-line traceback is broken into lines
MAX_LINE = 4_000         # characters of a line, for parsing
MAX_BLOCKS = 16          # exception blocks kept: the last ones
BLOCK_WINDOW = 4_000     # characters of a block's text searched for patterns and words
FLAT_WINDOW = 16_000     # characters of each flat view (the text without frames) searched
SEARCH_MAX_INPUT = 16_000  # characters of a header search query

ANSI_RE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")
ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")
SPACE_RE = re.compile(r"[\t\f\v\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]")
RUNS_RE = re.compile(r" {2,}")
# Full-width and CJK punctuation that Chinese input methods produce, to their ASCII forms.
CJK_PUNCT = {"\u3002": ".", "\u3001": ",", "\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
             "\u3010": "[", "\u3011": "]", "\u300a": "<", "\u300b": ">", "\u2026": "..."}
# Full-width ASCII (U+FF01-U+FF5E) to ASCII, and CJK_PUNCT, as one str.translate table.
WIDE = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
WIDE.update({ord(ch): ascii_ for ch, ascii_ in CJK_PUNCT.items()})

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
# PATH_RE is the definition; it backtracks quadratically on a long token, so strip_paths applies
# it in linear time through its two alternatives: a path of two or more segments (PATH_DIR_RE) and
# a token ending in a source or library file name (PATH_EXT_RE finds the extensions).
PATH_RE = re.compile(r"(?:[A-Za-z]:)?(?:[\\/][^ \\/:\"'()\[\]<>,]+){2,}[\\/]?|[^ \"'()\[\]<>,]+\.(?:py|pyc|cpp|cu|cuh|c|h|so|dll|pyd|ipynb)(?![A-Za-z0-9_])(?::[0-9]+)?")
PATH_TOKEN_RE = re.compile(r"[^ \"'()\[\]<>,]+")
PATH_DIR_RE = re.compile(r"(?:[A-Za-z]:)?(?:[\\/][^ \\/:\"'()\[\]<>,]+){2,}[\\/]?")
PATH_EXT_RE = re.compile(r"\.(?:py|pyc|cpp|cu|cuh|c|h|so|dll|pyd|ipynb)(?![A-Za-z0-9_])(?::[0-9]+)?")
HEX_RE = re.compile(r"(?<![A-Za-z0-9_])0x[0-9a-fA-F]+(?![A-Za-z0-9_])")
DEVICE_RE = re.compile(r"(?<![A-Za-z0-9_])(cuda|npu|xpu|mps|hpu|gpu|cpu):[0-9]+")
VERSION_RE = re.compile(r"(?<![A-Za-z0-9_])([A-Za-z][A-Za-z0-9_]*)\([0-9]+(?:\.[0-9]+)+[^)]*\)")
# SHAPE_RE and VERSION_RE are the definitions; strip_shapes and strip_versions apply them in
# linear time (SHAPE_CHAIN_RE: numbers joined by x, without the check of what follows).
SHAPE_RE = re.compile(r"(?<![A-Za-z0-9_])[0-9]+(?: *[x\u00d7] *[0-9]+)+(?![A-Za-z0-9_])")
SHAPE_CHAIN_RE = re.compile(r"(?<![A-Za-z0-9_])[0-9]+(?: *[x\u00d7] *[0-9]+)+")
SHAPE_LAST_RE = re.compile(r"(.*[0-9])[ \u00d7]")
WORD_CHAR_RE = re.compile(r"[A-Za-z0-9_]")
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
    text = text.translate(WIDE)
    text = ASTRAL_RE.sub(" ", text)
    return SPACE_RE.sub(" ", text)


def unflatten(text: str) -> str:
    """Line breaks back into a one-line traceback; text that has line breaks is left alone."""
    if "\n" in text:
        return text
    return UNFLATTEN_RE.sub("\n", text)


def cut_middle(text: str, limit: int, sep: str = " ") -> str:
    """The text when it has at most limit characters, else its first and last limit / 2 joined
    by sep."""
    if len(text) <= limit:
        return text
    half = limit // 2
    return text[:half] + sep + text[len(text) - half:]


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
    blocks: list[Block]  # the last MAX_BLOCKS, each text cut to BLOCK_WINDOW
    flat: str        # every non-frame line, undecorated, on one line (cut to FLAT_WINDOW)
    flat_raw: str    # the same lines as pasted (backticks and quotes kept)
    cut: dict = field(default_factory=dict)  # what was cut (see cut_notice); {} when nothing


def _bounded_lines(text: str) -> tuple[list[str], dict]:
    """Clean, unflatten and split into lines, within MAX_INPUT, MAX_LINES and MAX_LINE."""
    cut: dict = {}
    if len(text) > MAX_INPUT:
        cut["input"] = [len(text), MAX_INPUT]
        text = cut_middle(text, MAX_INPUT)
    raw_lines = unflatten(clean(text)).split("\n")
    if len(raw_lines) > MAX_LINES:
        cut["lines"] = [len(raw_lines), MAX_LINES]
        half = MAX_LINES // 2
        raw_lines = raw_lines[:half] + [""] + raw_lines[len(raw_lines) - half:]
    long_lines = 0
    for k, line in enumerate(raw_lines):
        line = line.rstrip(" ")
        if len(line) > MAX_LINE:
            long_lines += 1
            line = cut_middle(line, MAX_LINE)
        raw_lines[k] = line
    if long_lines:
        cut["long_lines"] = [long_lines, MAX_LINE]
    return raw_lines, cut


def parse(text: str) -> Parsed:
    raw_lines, cut = _bounded_lines(text)
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
        while j < n and j - i <= 20 and not frame[j] and not EXC_RE.search(lines[j]):
            if not lines[j].strip(" "):
                # A message that ends a line with ":" goes on after one blank line (torch.load's
                # "WeightsUnpickler error:" does); any other blank line ends the block.
                if not parts[-1].endswith(":") or j + 1 >= n or not lines[j + 1].strip(" ") \
                        or frame[j + 1] or EXC_RE.search(lines[j + 1]):
                    break
                j += 1
                continue
            parts.append(lines[j].strip(" "))
            j += 1
        message = cut_middle(squash(" ".join(p for p in parts if p)), BLOCK_WINDOW)
        blocks.append(Block(type=m.group(1), text=message, line=i))
        i = j
    if len(blocks) > MAX_BLOCKS:
        cut["blocks"] = [len(blocks), MAX_BLOCKS]
        blocks = blocks[len(blocks) - MAX_BLOCKS:]
    keep = [k for k in range(n) if not frame[k]]
    flat = cut_middle(squash(" ".join(lines[k] for k in keep)), FLAT_WINDOW)
    flat_raw = cut_middle(squash(" ".join(raw_lines[k] for k in keep)), FLAT_WINDOW)
    return Parsed(lines=lines, blocks=blocks, flat=flat, flat_raw=flat_raw, cut=cut)


CUT_WORDS = {
    "en": {
        "input": "input cut to {b} characters (of {a}): its first and last {half} kept",
        "lines": "{b} of {a} lines kept (the first and last {half})",
        "long_lines": "lines longer than {b} characters ({a}) cut to their first and last {half}",
        "blocks": "only the last {b} of {a} exception lines compared",
        "sep": "; ",
    },
    "zh": {
        "input": "输入已截取为 {b} 个字符（原有 {a} 个）：保留开头和结尾各 {half} 个",
        "lines": "保留了 {a} 行中的 {b} 行（开头和结尾各 {half} 行）",
        "long_lines": "{a} 个超过 {b} 个字符的行只保留开头和结尾各 {half} 个字符",
        "blocks": "只比较了 {a} 个异常行中的最后 {b} 个",
        "sep": "；",
    },
}


def cut_notice(cut: dict, lang: str = "en") -> str:
    """One line saying what parse cut ("" when nothing): the CLI prints it, the page shows it."""
    words = CUT_WORDS[lang]
    parts = []
    for key in ("input", "lines", "long_lines", "blocks"):
        if key in cut:
            a, b = cut[key]
            parts.append(words[key].format(a=a, b=b, half=b // 2))
    return words["sep"].join(parts)


def normalize(text: str) -> str:
    """Text for fuzzy matching: no URLs, paths, hex ids, device ids, versions, shapes, numbers."""
    text = URL_RE.sub(" ", text)
    text = strip_paths(text)
    text = HEX_RE.sub(" ", text)
    text = DEVICE_RE.sub(r"\1", text)
    text = strip_versions(text)
    text = strip_shapes(text)
    text = NUMBER_RE.sub(" ", text)
    return RUNS_RE.sub(" ", text).strip(" ")


def strip_paths(text: str) -> str:
    """PATH_RE.sub(" ", text) in linear time. Neither alternative crosses a delimiter (space,
    quote, bracket, comma), so tokens are handled one by one; where no file extension is left,
    only the first alternative (a linear regex) can match."""
    if not PATH_EXT_RE.search(text):
        return PATH_DIR_RE.sub(" ", text)
    return PATH_TOKEN_RE.sub(lambda m: _strip_paths_in_token(m.group(0)), text)


def _strip_paths_in_token(tok: str) -> str:
    # PATH_RE's second alternative, tried at pos, runs to the token's end and backs off to the
    # token's last extension: it matches up to there when that extension starts after pos, and
    # once it fails it fails at every later position of the token.
    last = None
    for m in PATH_EXT_RE.finditer(tok):
        last = m
    if last is None:
        return PATH_DIR_RE.sub(" ", tok)
    out = []
    pos = 0
    while pos < len(tok):
        m = PATH_DIR_RE.match(tok, pos)
        if m:
            out.append(" ")
            pos = m.end()
        elif last.start() > pos:
            out.append(" ")
            pos = last.end()
        else:
            out.append(PATH_DIR_RE.sub(" ", tok[pos:]))
            break
    return "".join(out)


def strip_shapes(text: str) -> str:
    """SHAPE_RE.sub(" ", text) in linear time: a chain "2x3x4" is removed whole when a non-word
    character (or the end) follows it, else up to its last number followed by " " or "×" (not its
    first number: a shape has two at least), else not at all."""
    def shape(m: re.Match) -> str:
        end = m.end()
        if end == len(m.string) or not WORD_CHAR_RE.match(m.string, end):
            return " "
        chain = m.group(0)
        first = len(chain) - len(chain.lstrip("0123456789"))
        head = SHAPE_LAST_RE.match(chain)
        if head and len(head.group(1)) > first:
            return " " + chain[len(head.group(1)):]
        return chain
    return SHAPE_CHAIN_RE.sub(shape, text)


def strip_versions(text: str) -> str:
    """VERSION_RE.sub(r"\\1", text) in linear time: a match ends at the first ")" after its start,
    so only the text up to the last ")" is searched (no start scans to the end in vain)."""
    end = text.rfind(")") + 1
    return VERSION_RE.sub(r"\1", text[:end]) + text[end:]


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
    return match_report(text, index, limit)["results"]


def match_report(text: str, index: Index, limit: int = MAX_RESULTS) -> dict:
    """``match`` with what the page and the CLI show around it: {"results": match's list,
    "last": {"type", "text"} of the last exception block or None, "cut": Parsed.cut}."""
    parsed = parse(text)
    last = parsed.blocks[-1] if parsed.blocks else None
    return {"results": _rank(parsed, index, limit),
            "last": {"type": last.type, "text": last.text} if last else None,
            "cut": parsed.cut}


def _rank(parsed: Parsed, index: Index, limit: int) -> list[dict]:
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
    words. Only the first and last SEARCH_MAX_INPUT / 2 characters of text are read."""
    parsed = parse(cut_middle(text, SEARCH_MAX_INPUT))
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
