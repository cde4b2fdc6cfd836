"""Refuse kp.toml patterns that can backtrack catastrophically.

The matcher runs every knowledge point's ``expect`` pattern and variants with Python's ``re`` and
with JavaScript's ``RegExp`` in the reader's browser; both are backtracking engines. A pattern
without nested repetition costs at most a polynomial in the length of the text it searches, and
the matcher only ever hands it bounded windows (``matcher.BLOCK_WINDOW``, ``FLAT_WINDOW``), so its
time is bounded. A repetition whose iterations can divide the same text in more than one way
(``(a+)+``, ``(\\w+\\s?)*``, ``(a|aa)*``, ``(\\s*)+``) costs time exponential in the length of the
text it fails on: thirty characters can take minutes, and no window helps. ``kp.py`` refuses
such patterns when it loads kp.toml, naming the file and the field (``backtracking_problem``).

The rule, deliberately simple and a little stricter than needed: a repetition that can repeat
more than once (``*``, ``+``, ``{2,}``, ``{m,n}`` with n > 1) of a body that matches text of more
than one length must

- not match the empty text, and
- start with a single character (a literal, a class, ``.``, or one of those first in each
  alternative) that cannot occur anywhere else in the body, or end with one: then each
  repetition's boundary is fixed. ``(, \\d+)*`` starts with "," that no digit or space is;
  ``(?:[a-z]+\\.)*`` ends with "." that no letter is; ``(Float|Double)+`` starts with F or D.

Bodies of one fixed length (``[\\d, ]*``, ``(ab|cd)+``) are always fine. Character sets are
compared case-insensitively (the matcher's patterns are) on a sample: the first 768 code points,
some Unicode spaces, digits and letters, and every character the pattern names. A line break in
a pattern counts as ``\\s*``, which is what ``signatures.search_regex`` makes of it.
"""

from __future__ import annotations

import re
import re._constants as C
import re._parser as P

INF = float("inf")
_BASE_SAMPLE = frozenset(chr(c) for c in range(0x300)) | frozenset(
    "\u00d7\u0660\u0966\u1680\u2000\u200b\u2028\u202e\u3000\u3002\u4e00\u4e2d\uff01\uff10\ufeff")
_CATEGORY_RE = {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT) + ((C.POSSESSIVE_REPEAT,) if hasattr(C, "POSSESSIVE_REPEAT") else ())
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_NEWLINE_AS = (C.MAX_REPEAT, (0, C.MAXREPEAT, [(C.IN, [(C.CATEGORY, C.CATEGORY_SPACE)])]))


def backtracking_problem(pattern: str) -> str | None:
    """None when the pattern's repetitions are unambiguous (see the module docstring), else a
    sentence naming the repetition that is not. A pattern that does not compile gives None: that
    error is reported on its own."""
    try:
        tree = P.parse(pattern, re.IGNORECASE | re.DOTALL)
    except re.error:
        return None
    sample = set(_BASE_SAMPLE)
    _collect_chars(list(tree), sample)
    checker = _Checker(frozenset(sample))
    return checker.check(list(tree))


def _collect_chars(items, sample: set) -> None:
    for op, av in items:
        if op in (C.LITERAL, C.NOT_LITERAL):
            ch = chr(av)
            sample.update((ch, ch.lower()[:1] or ch, ch.upper()[:1] or ch))
        elif op is C.IN:
            for iop, iav in av:
                if iop is C.LITERAL:
                    sample.add(chr(iav))
                elif iop is C.RANGE:
                    sample.update((chr(iav[0]), chr(iav[1])))
        for sub in _children(op, av):
            _collect_chars(sub, sample)


def _children(op, av) -> list:
    """The item lists directly inside a node."""
    if op in _REPEATS:
        return [list(av[2])]
    if op is C.SUBPATTERN:
        return [list(av[3])]
    if op is C.BRANCH:
        return [list(alt) for alt in av[1]]
    if op in (C.ASSERT, C.ASSERT_NOT):
        return [list(av[1])]
    if getattr(C, "ATOMIC_GROUP", None) is not None and op is C.ATOMIC_GROUP:
        return [list(av)]
    if op is C.GROUPREF_EXISTS:
        return [list(x) for x in av[1:] if x is not None]
    return []


def _newlines_as_spaces(items) -> list:
    return [_NEWLINE_AS if op is C.LITERAL and av in (10, 13) else (op, av) for op, av in items]


class _Checker:
    def __init__(self, sample: frozenset):
        self.sample = sample

    def check(self, items) -> str | None:
        items = _newlines_as_spaces(items)
        for op, av in items:
            if op in _REPEATS:
                problem = self._repeat(av)
                if problem:
                    return problem
            for sub in _children(op, av):
                problem = self.check(sub)
                if problem:
                    return problem
        return None

    def _repeat(self, av) -> str | None:
        lo, hi, body = av
        if hi < 2:
            return None
        body = _newlines_as_spaces(list(body))
        shown = _show(body, quantified=True) + _quantifier(lo, hi, False)
        bmin, bmax = self.width(body)
        if bmin == 0:
            return (f"the repetition {shown} repeats something that can match empty text, so a failing "
                    f"search tries every way of dividing the text among the repetitions")
        if bmin == bmax:
            return None
        for end in (self.head(body), self.head(body, last=True)):
            if end is not None and not end[0] & end[1]:
                return None
        return (f"the repetition {shown} can divide the same text among its repetitions in more than one "
                f"way (as (a+)+ or (\\w+ ?)* do), which takes exponential time on a long text that almost "
                f"matches; start or end each repetition with a character that cannot occur elsewhere in it, "
                f"as in (, \\d+)* or ([a-z]+\\.)*")

    def head(self, items, last: bool = False) -> tuple[frozenset, frozenset] | None:
        """(characters the first position can hold, characters every other position can hold),
        when the first position is always one single-character item (a literal, a class, or the
        first of each alternative); None otherwise. last=True: the same for the last position."""
        items = [it for it in _newlines_as_spaces(items) if it[0] not in _ZERO_WIDTH]
        if not items:
            return None
        if last:
            items = items[::-1]
        op, av = items[0]
        rest = self.chars(items[1:])
        single = self.charset(items[0])
        if single is not None:
            return single, rest
        if op is C.SUBPATTERN:
            alternatives = [list(av[3])]
        elif op is C.BRANCH:
            alternatives = [list(alt) for alt in av[1]]
        else:
            return None
        first: set[str] = set()
        others = set(rest)
        for alt in alternatives:
            h = self.head(alt, last)
            if h is None:
                return None
            first |= h[0]
            others |= h[1]
        return frozenset(first), frozenset(others)

    def width(self, items) -> tuple[float, float]:
        lo = hi = 0.0
        for op, av in items:
            if op in _ZERO_WIDTH:
                continue
            if op in _REPEATS:
                blo, bhi = self.width(_newlines_as_spaces(list(av[2])))
                rlo, rhi = av[0], (INF if av[1] == C.MAXREPEAT else av[1])
                lo += blo * rlo
                hi += 0.0 if bhi == 0 or rhi == 0 else bhi * rhi
            elif op is C.SUBPATTERN:
                a, b = self.width(_newlines_as_spaces(list(av[3])))
                lo, hi = lo + a, hi + b
            elif op is C.BRANCH:
                widths = [self.width(_newlines_as_spaces(list(alt))) for alt in av[1]]
                lo += min(w[0] for w in widths)
                hi += max(w[1] for w in widths)
            elif op is C.GROUPREF:
                hi = INF
            else:
                lo, hi = lo + 1, hi + 1
        return lo, hi

    def charset(self, item) -> frozenset | None:
        """The characters a single-character item matches (None: not a single character)."""
        op, av = item
        if op is C.LITERAL:
            return self._fold({chr(av)})
        if op is C.NOT_LITERAL:
            return self.sample - self._fold({chr(av)})
        if op is C.ANY:
            return self.sample
        if op is C.IN:
            negate = False
            chars: set[str] = set()
            for iop, iav in av:
                if iop is C.NEGATE:
                    negate = True
                elif iop is C.LITERAL:
                    chars.add(chr(iav))
                elif iop is C.RANGE:
                    chars.update(ch for ch in self.sample if iav[0] <= ord(ch) <= iav[1])
                elif iop is C.CATEGORY and iav in _CATEGORY_RE:
                    rx = re.compile(_CATEGORY_RE[iav])
                    chars.update(ch for ch in self.sample if rx.match(ch))
                else:
                    return self.sample
            folded = self._fold(chars)
            return self.sample - folded if negate else folded
        return None

    def chars(self, items) -> frozenset:
        """Every character any item can match."""
        out: set[str] = set()
        for op, av in _newlines_as_spaces(items):
            single = self.charset((op, av))
            if single is not None:
                out |= single
            elif op is C.GROUPREF:
                return self.sample
            else:
                for sub in _children(op, av):
                    if op not in (C.ASSERT, C.ASSERT_NOT):
                        out |= self.chars(sub)
        return frozenset(out)

    def _fold(self, chars: set[str]) -> frozenset:
        out = set(chars)
        for ch in chars:
            out.update(c for c in (ch.lower(), ch.upper(), ch.casefold()) if len(c) == 1)
        # Characters of the sample whose case variant is in the set ("K" and the Kelvin sign).
        out.update(ch for ch in self.sample if ch.lower() in out or ch.upper() in out)
        return frozenset(out)


# A rough rendering of a parsed pattern, to name the repetition in the error message.

_CATEGORY_TEXT = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
                  C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}
_AT_TEXT = {C.AT_BEGINNING: "^", C.AT_BEGINNING_STRING: r"\A", C.AT_END: "$", C.AT_END_STRING: r"\Z",
            C.AT_BOUNDARY: r"\b", C.AT_NON_BOUNDARY: r"\B"}


def _escape(ch: str) -> str:
    return "\\" + ch if ch in ".^$*+?{}[]\\|()" else ch


def _quantifier(lo, hi, lazy: bool) -> str:
    if hi == C.MAXREPEAT:
        q = {0: "*", 1: "+"}.get(lo, f"{{{lo},}}")
    elif lo == hi:
        q = f"{{{lo}}}"
    elif (lo, hi) == (0, 1):
        q = "?"
    else:
        q = f"{{{lo},{hi}}}"
    return q + ("?" if lazy else "")


def _show(items, quantified: bool = False) -> str:
    out = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(r"\s*" if av in (10, 13) else _escape(chr(av)))
        elif op is C.NOT_LITERAL:
            out.append("[^" + _escape(chr(av)) + "]")
        elif op is C.ANY:
            out.append(".")
        elif op is C.IN:
            if len(av) == 1 and av[0][0] is C.CATEGORY:
                out.append(_CATEGORY_TEXT.get(av[0][1], "?"))
                continue
            parts = []
            for iop, iav in av:
                if iop is C.NEGATE:
                    parts.append("^")
                elif iop is C.LITERAL:
                    parts.append(_escape(chr(iav)))
                elif iop is C.RANGE:
                    parts.append(_escape(chr(iav[0])) + "-" + _escape(chr(iav[1])))
                elif iop is C.CATEGORY:
                    parts.append(_CATEGORY_TEXT.get(iav, "?"))
            out.append("[" + "".join(parts) + "]")
        elif op is C.SUBPATTERN:
            out.append(("(" if av[0] else "(?:") + _show(av[3]) + ")")
        elif op is C.BRANCH:
            alternatives = "|".join(_show(alt) for alt in av[1])
            out.append(alternatives if len(items) == 1 else "(?:" + alternatives + ")")
        elif op in _REPEATS:
            out.append(_show(list(av[2]), quantified=True) + _quantifier(av[0], av[1], op is C.MIN_REPEAT))
        elif op is C.AT:
            out.append(_AT_TEXT.get(av, ""))
        elif op in (C.ASSERT, C.ASSERT_NOT):
            direction, sub = av
            mark = ("=" if op is C.ASSERT else "!") if direction == 1 else ("<=" if op is C.ASSERT else "<!")
            out.append("(?" + mark + _show(sub) + ")")
        elif op is C.GROUPREF:
            out.append(f"\\{av}")
        else:
            out.append("…")
    text = "".join(out)
    if quantified and (len(items) > 1 or items and (items[0][0] is C.BRANCH or items[0][0] in _REPEATS)):
        text = "(?:" + text + ")"
    return text
