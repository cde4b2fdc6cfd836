"""Error signatures: what ``torchkb explain`` and the site's "Explain my error" page match against.

Built from the ``kp.toml`` files: each error or warning knowledge point contributes its verified
``expect`` patterns, the cited ``variants`` (other wordings from other versions), the message the
harness captured in its ``repro*.out`` files, its titles and URLs in both languages. From
``releases/*.json`` (the harness's runs under other torch releases) come the wordings a reproducer
printed there when they differ from the declared one ("other-wording" records that are still
current, i.e. made from the snippet and expectation as they are now): each is an ``examples`` entry
(with its ``release``), and, unless a declared pattern matches it already, an exact pattern with
origin ``captured`` (see ``captured_pattern``). The MkDocs
hook ``mkdocs_search_hooks.py`` writes the result as ``signatures.json`` into each language's
site; the CLI builds the same data from the ``kp.toml`` files directly.

Patterns stay Python ``re`` syntax in ``regex``; ``js`` holds the same pattern in JavaScript
syntax (named groups, ``\\A``/``\\Z``). Features JavaScript lacks are rejected with the file and
field named, and a test compiles every exported pattern in Node.js.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from torchkb.kp import KnowledgePoint, load_all
from torchkb.matching.matcher import parse
from torchkb.verification.releases import Release, load_releases, version_key

SCHEMA_VERSION = 1
LANGS = ("en", "zh")


class SignatureError(ValueError):
    pass


def _walk(pattern: str):
    """Yield (token, in_class) over a regex: escapes stay whole ("\\d"), other characters single."""
    i = 0
    in_class = False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            yield pattern[i:i + 2], in_class
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
            yield ch, False
            i += 1
            if pattern[i:i + 1] == "^":
                yield "^", True
                i += 1
            if pattern[i:i + 1] == "]":   # "[]...]" and "[^]...]": a literal ] first
                yield "]", True
                i += 1
            continue
        if ch == "]" and in_class:
            in_class = False
            yield ch, False
            i += 1
            continue
        yield ch, in_class
        i += 1


# Inline flags: matching is always case-insensitive with '.' matching newlines, so the flags i and s
# (and a, u: nothing JavaScript does differently for these patterns) are dropped, in both
# languages alike; m, x and L are refused.
FLAGS_RE = re.compile(r"\?([aiLmsux]*)(?:-([imsx]+))?([:)])")


def _tokens(pattern: str) -> list[tuple[str, bool]]:
    return list(_walk(pattern))


def _drop_flags(pattern: str, where: str) -> str:
    toks = _tokens(pattern)
    out = []
    i = 0
    while i < len(toks):
        tok, in_class = toks[i]
        if tok == "(" and not in_class:
            rest = "".join(t for t, _ in toks[i + 1:i + 12])
            m = FLAGS_RE.match(rest)
            if m and (m.group(1) or m.group(2)):
                bad = set(m.group(1) + (m.group(2) or "")) - set("aisu")
                if bad:
                    raise SignatureError(
                        f"{where}: inline flag(s) {''.join(sorted(bad))} cannot be used (matching is "
                        f"case-insensitive with '.' matching newlines; verbose and multiline patterns "
                        f"do not translate to JavaScript)")
                out.append("(?:" if m.group(3) == ":" else "")
                i += 1 + len(m.group(0))
                continue
        out.append(tok)
        i += 1
    return "".join(out)


def search_regex(pattern: str, where: str = "pattern") -> str:
    """The pattern as used for matching pasted text. Inline flags are dropped (see above), and
    because the matcher turns line breaks into spaces, a line break outside a character class
    (\\n, \\r, a literal newline) matches any run of white space."""
    out = []
    for tok, in_class in _walk(_drop_flags(pattern, where)):
        if not in_class and tok in ("\\n", "\n", "\\r"):
            if out and out[-1] == r"\s*":
                continue
            out.append(r"\s*")
        else:
            out.append(tok)
    return "".join(out)


def js_regex(pattern: str, where: str = "pattern") -> str:
    """Translate a (search_regex'd) Python regex to JavaScript syntax, or raise SignatureError:
    (?P<name>...) -> (?<name>...), (?P=name) -> \\k<name>, \\A -> ^, \\Z -> $."""
    toks = _tokens(pattern)
    text = [t for t, _ in toks]
    out = []
    i = 0
    while i < len(toks):
        tok, in_class = toks[i]
        ahead = "".join(text[i + 1:i + 3])
        if in_class:
            out.append(tok)
        elif tok == "(" and ahead[:1] == "?" and text[i + 2:i + 3] in ([">"], ["("]):
            raise SignatureError(f"{where}: atomic groups and conditionals do not exist in JavaScript")
        elif tok == "+" and i and not toks[i - 1][1] and text[i - 1] in ("*", "+", "?", "}"):
            raise SignatureError(f"{where}: possessive quantifiers do not exist in JavaScript")
        elif tok == "(" and ahead == "?P" and text[i + 3:i + 4] == ["<"]:
            out.append("(?<")
            i += 4
            continue
        elif tok == "(" and ahead == "?P" and text[i + 3:i + 4] == ["="]:
            close = text.index(")", i + 4)
            out.append("\\k<" + "".join(text[i + 4:close]) + ">")
            i = close + 1
            continue
        elif tok == "\\A":
            out.append("^")
        elif tok == "\\Z":
            out.append("$")
        else:
            out.append(tok)
        i += 1
    return "".join(out)


def captured_examples(kp: KnowledgePoint) -> list[dict]:
    """The exception (or warning) line each reproducer printed, from its golden .out file."""
    examples = []
    for exp in kp.expectations:
        out = kp.dir / Path(exp.snippet).with_suffix(".out")
        if not out.is_file():
            continue
        blocks = parse(out.read_text(encoding="utf-8")).blocks
        wanted = exp.type.split(".")[-1]
        chosen = [b for b in blocks if b.type.split(".")[-1] == wanted] or blocks
        if chosen:
            examples.append({"type": chosen[-1].type, "message": chosen[-1].text, "snippet": exp.snippet})
    return examples


def concrete_example(pattern: str) -> str | None:
    """One string the regex matches (\\d+ -> "2", first alternative, optional parts kept), for a
    knowledge point whose error cannot be captured here (CUDA-only); None when it cannot tell."""
    import re._constants as C
    import re._parser as P

    def gen(items) -> str:
        out = []
        for op, av in items:
            if op is C.LITERAL:
                out.append(chr(av))
            elif op is C.ANY:
                out.append("x")
            elif op is C.IN:
                out.append(_one_of(av))
            elif op is C.BRANCH:
                out.append(gen(av[1][0]))
            elif op is C.SUBPATTERN:
                out.append(gen(av[-1]))
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
                lo, hi, item = av
                out.append(gen(item) * max(lo, 1 if hi else 0))
            elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
                continue
            elif op is C.GROUPREF:
                return ""
            else:
                return ""
        return "".join(out)

    def _one_of(av) -> str:
        for op, arg in av:
            if op is C.NEGATE:
                return "x"
            if op is C.LITERAL:
                return chr(arg)
            if op is C.RANGE:
                return chr(arg[0])
            if op is C.CATEGORY:
                return {C.CATEGORY_DIGIT: "2", C.CATEGORY_SPACE: " "}.get(arg, "a")
        return "x"

    try:
        text = gen(P.parse(pattern))
    except Exception:  # an exotic construct: no example rather than a wrong one
        return None
    text = re.sub(r"(?<![0-9])2(?:2)+", "2", text)
    return text if re.search(pattern, text, re.I | re.S) else None


def error_lines(kp: KnowledgePoint) -> list[str]:
    """The error text of each reproducer as a user would paste it: "Type: message". From the
    captured .out file when there is one, otherwise made concrete from the first cited variant
    or the expected pattern (CUDA-only knowledge points on a machine without CUDA)."""
    lines = []
    captured = {ex["snippet"]: ex for ex in captured_examples(kp)}
    for exp in kp.expectations:
        if exp.snippet in captured:
            ex = captured[exp.snippet]
            lines.append(f"{ex['type']}: {ex['message']}")
            continue
        for cand_type, cand in [(v.type, v.message) for v in exp.variants[:1]] + [(exp.type, exp.message)]:
            example = concrete_example(search_regex(cand))
            if example:
                lines.append(f"{cand_type}: {example}")
                break
    return lines


# --- wordings captured under other releases -------------------------------------------------------

# What a captured message says that another user's run would say differently: sizes, shapes, numbers,
# addresses. Each is replaced by a pattern, the rest kept literally (escaped). Order matters: the
# first alternative that matches at a position wins.
_GENERAL = re.compile(
    r"(?P<size>torch\.Size\(\[[\d, ]*\]\))"               # torch.Size([1, 3])
    r"|(?P<list>\[\d+(?:, \d+)*\])"                         # [2, 3] (a shape as a list)
    r"|(?P<shape>(?<![A-Za-z0-9_])\d+(?: ?x ?\d+)+(?![A-Za-z0-9_]))"  # 2x144
    r"|(?P<hex>0x[0-9a-fA-F…]+)"                          # addresses (0x… once normalized)
    r"|(?P<float>(?<![A-Za-z0-9_.])\d+\.\d+)"                # 3.00 (GiB)
    r"|(?P<int>(?<![A-Za-z0-9_.])\d+)")                     # 2, #2, 0th; not the 0 of SqrtBackward0
_REPLACEMENT = {"size": r"torch\.Size\(\[[\d, ]*\]\)", "list": r"\[\d+(, \d+)*\]",
                "hex": r"0x\S+", "float": r"\d+\.\d+", "int": r"\d+"}
_SPECIAL = set("\\.^$*+?()[]{}|")
MAX_CAPTURED = 240         # characters of a message's first line turned into a pattern
MIN_CAPTURED_LITERAL = 16  # a pattern with fewer literal characters would match too much


def _escape(text: str) -> str:
    """Only the characters special in both Python and JavaScript regexes (re.escape also escapes
    spaces, '-', '#', '&', '~', which JavaScript's unicode mode rejects)."""
    return "".join("\\" + ch if ch in _SPECIAL else ch for ch in text)


def headline(message: str) -> str:
    """A message's first non-empty line, cut at a word boundary to MAX_CAPTURED characters."""
    line = next((ln.strip() for ln in message.splitlines() if ln.strip()), "")
    if len(line) > MAX_CAPTURED:
        cut = line.rfind(" ", 0, MAX_CAPTURED)
        line = line[:cut if cut > MAX_CAPTURED // 2 else MAX_CAPTURED]
    return line


def captured_pattern(message: str) -> str | None:
    """An exact pattern for a captured message: its headline escaped, with numbers, shapes, sizes
    and addresses generalized (``\\d+``, ``torch\\.Size\\(\\[[\\d, ]*\\]\\)``...). None
    when too little literal text would be left to tell it apart."""
    line = headline(message)
    out, literal, pos = [], 0, 0
    for m in _GENERAL.finditer(line):
        out.append(_escape(line[pos:m.start()]))
        literal += len(line[pos:m.start()].strip())
        if m.lastgroup == "shape":
            sep = "x" if " " not in m.group(0) else " x "
            out.append(sep.join([r"\d+"] * (m.group(0).count("x") + 1)))
        else:
            out.append(_REPLACEMENT[m.lastgroup])
        pos = m.end()
    out.append(_escape(line[pos:]))
    literal += len(line[pos:].strip())
    pattern = "".join(out)
    if literal < MIN_CAPTURED_LITERAL:
        return None
    try:
        if not re.search(pattern, line, re.S):
            return None
    except re.error:
        return None
    return pattern


def _releases(root: Path) -> list[Release]:
    return load_releases(Path(root) / "releases")


def release_wordings(kp: KnowledgePoint, releases: list[Release]) -> list[dict]:
    """The other wordings kp's reproducers printed under other releases, from current records only
    (a stale record was made from another snippet or expectation): [{type, message, snippet,
    releases}], one per distinct (type, headline), releases oldest first."""
    found: dict[tuple[str, str], dict] = {}
    for snippet in kp.snippets:
        if snippet.role != "repro":
            continue
        for rel in releases:
            state, rec = rel.status(snippet)
            if state != "current" or rec is None or rec.outcome != "other-wording" or not rec.message.strip():
                continue
            line = headline(rec.message)
            entry = found.setdefault((rec.type, line), {"type": rec.type, "message": line,
                                                       "snippet": snippet.name, "releases": []})
            if rel.label not in entry["releases"]:
                entry["releases"].append(rel.label)
    for entry in found.values():
        entry["releases"].sort(key=lambda label: (("CUDA" in label), version_key(label)))
    return list(found.values())


def _versions(labels: list[str]) -> str:
    return f"torch {', '.join(labels)} (captured by the harness)"


def signature_of(kp: KnowledgePoint, releases: list[Release] | None = None) -> dict:
    patterns = []
    for i, exp in enumerate(kp.expectations):
        where = f"{kp.toml_path}: field 'expect[{i}]"
        rx = search_regex(exp.message, f"{where}.message'")
        patterns.append({"type": exp.type, "regex": rx, "js": js_regex(rx, f"{where}.message'"),
                         "origin": "expect", "snippet": exp.snippet})
        for k, var in enumerate(exp.variants):
            vwhere = f"{where}.variants[{k}].message'"
            rx = search_regex(var.message, vwhere)
            patterns.append({"type": var.type, "regex": rx, "js": js_regex(rx, vwhere),
                             "origin": "variant", "versions": var.versions, "source": var.source})
    examples = captured_examples(kp)
    declared = [re.compile(p["regex"], re.I | re.S) for p in patterns]
    for wording in release_wordings(kp, releases or []):
        examples.append({"type": wording["type"], "message": wording["message"], "snippet": wording["snippet"],
                         "release": ", ".join(wording["releases"])})
        if any(rx.search(wording["message"]) for rx in declared):
            continue  # a declared pattern (or one captured before) covers this wording already
        pattern = captured_pattern(wording["message"])
        if pattern is None:
            continue
        where = f"releases/*.json: {kp.slug}/{wording['snippet']}"
        rx = search_regex(pattern, where)
        patterns.append({"type": wording["type"], "regex": rx, "js": js_regex(rx, where), "origin": "captured",
                         "versions": _versions(wording["releases"]), "snippet": wording["snippet"]})
        declared.append(re.compile(rx, re.I | re.S))
    return {
        "slug": kp.slug,
        "kind": kp.kind,
        "area": kp.area,
        "titles": {lang: kp.title[lang] for lang in LANGS},
        "urls": {lang: kp.url(lang) for lang in LANGS},
        "path": f"{kp.area}/{kp.slug}/",
        "patterns": patterns,
        "examples": examples,
    }


def build_signatures(root: Path, kps: list[KnowledgePoint] | None = None) -> dict:
    """Signatures of every error and warning knowledge point under root, sorted by slug."""
    if kps is None:
        kps = load_all(root)
    releases = _releases(root)
    sigs = [signature_of(kp, releases) for kp in kps if kp.kind in ("error", "warning")]
    return {"version": SCHEMA_VERSION, "signatures": sigs}


def dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def explain(text: str, root: Path, lang: str = "en", limit: int | None = None) -> list[dict]:
    """``torchkb explain``: ranked matches for text, [{slug, title, url, score, via}], best first."""
    return explain_report(text, root, lang, limit)["matches"]


def explain_report(text: str, root: Path, lang: str = "en", limit: int | None = None) -> dict:
    """``explain`` plus what was cut of a long text: {"matches": explain's list, "cut":
    matcher.Parsed.cut, "notice": matcher.cut_notice ("" when nothing was cut)}."""
    from torchkb.matching import matcher

    sigs = build_signatures(root)["signatures"]
    index = matcher.build_index(sigs)
    by_slug = {s["slug"]: s for s in sigs}
    report = matcher.match_report(text, index, limit or matcher.MAX_RESULTS)
    matches = [{"slug": r["slug"], "title": by_slug[r["slug"]]["titles"][lang],
                "url": by_slug[r["slug"]]["urls"][lang], "score": r["score"], "via": r["via"]}
               for r in report["results"]]
    return {"matches": matches, "cut": report["cut"], "notice": matcher.cut_notice(report["cut"])}
