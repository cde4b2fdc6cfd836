"""Load and validate knowledge points (snippets/<slug>/kp.toml plus its snippet files).

Every validation error names the file and the field, so a contributor can fix it without
reading this module.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from torchkb.matching.regex_guard import backtracking_problem

KINDS = ("error", "warning", "recipe")
AREAS = ("tensors", "autograd", "nn", "training", "data", "checkpoints-io", "cuda", "distributed",
         "export-jit", "environment")
DEVICES = ("cpu", "cuda")
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
DEFAULT_TIMEOUT = 60

# Snippet roles follow from file names, so a folder listing tells what each file is for.
ROLE_PREFIXES = (("repro", "repro"), ("fix", "fix"), ("example", "example"))

TOP_KEYS = {"kind", "area", "seed", "title", "tags", "timeout", "expect", "requires", "notebook"}
NOTEBOOK_MODES = ("kernel", "scripts")
EXPECT_KEYS = {"snippet", "type", "message", "variants"}
VARIANT_KEYS = {"type", "message", "versions", "source"}
REQUIRES_KEYS = {"modules", "commands", "device", "cuda_snippets", "no_cuda_snippets", "cpu_build_snippets"}


class KPError(ValueError):
    """A knowledge point that cannot be loaded; the message names file and field."""

    def __init__(self, path: Path | str, field_name: str, problem: str):
        self.path = str(path)
        self.field = field_name
        self.problem = problem
        super().__init__(f"{path}: field '{field_name}': {problem}")


@dataclass(frozen=True)
class Variant:
    message: str
    type: str
    versions: str
    source: str


@dataclass(frozen=True)
class Expectation:
    snippet: str
    type: str
    message: str
    variants: tuple[Variant, ...] = ()

    @property
    def regex(self) -> re.Pattern:
        return re.compile(self.message, re.S)


@dataclass(frozen=True)
class Snippet:
    kp: "KnowledgePoint"
    path: Path
    role: str  # repro | fix | example

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def id(self) -> str:
        return f"{self.kp.slug}/{self.path.name}"

    @property
    def golden(self) -> Path:
        return self.path.with_suffix(".out")

    @property
    def device(self) -> str:
        """The device this snippet needs: "cuda" (a CUDA GPU), "no-cuda" (a machine without one: it
        shows what happens there), "cpu-build" (a torch built without CUDA: it shows what that
        build does), or "cpu" (any machine)."""
        if self.name in self.kp.cuda_snippets:
            return "cuda"
        if self.name in self.kp.no_cuda_snippets:
            return "no-cuda"
        if self.name in self.kp.cpu_build_snippets:
            return "cpu-build"
        return self.kp.device

    @property
    def expectation(self) -> Expectation | None:
        for exp in self.kp.expectations:
            if exp.snippet == self.name:
                return exp
        return None


@dataclass
class KnowledgePoint:
    slug: str
    dir: Path
    kind: str
    area: str
    title: dict[str, str]
    seed: int | None = None
    tags: tuple[str, ...] = ()
    timeout: float = DEFAULT_TIMEOUT
    expectations: tuple[Expectation, ...] = ()
    modules: tuple[str, ...] = ()
    device: str = "cpu"
    cuda_snippets: tuple[str, ...] = ()  # the snippets that need CUDA when the rest run anywhere
    no_cuda_snippets: tuple[str, ...] = ()  # the snippets that only behave so where there is no CUDA
    cpu_build_snippets: tuple[str, ...] = ()  # ... only under a torch built without CUDA
    commands: tuple[str, ...] = ()  # programs a snippet runs (a C compiler...): missing -> skipped
    notebook: str = "kernel"  # kernel: cells share one kernel; scripts: each file runs as a process
    snippets: list[Snippet] = field(default_factory=list)

    @property
    def toml_path(self) -> Path:
        return self.dir / "kp.toml"

    def page(self, docs_root: Path, lang: str) -> Path:
        return docs_root / lang / self.area / f"{self.slug}.md"

    def url(self, lang: str) -> str:
        prefix = "/zh/" if lang == "zh" else "/"
        return f"{prefix}{self.area}/{self.slug}/"


def _require(data: dict, key: str, typ, path: Path, where: str = ""):
    name = f"{where}{key}"
    if key not in data:
        raise KPError(path, name, "missing (required)")
    value = data[key]
    if not isinstance(value, typ) or isinstance(value, bool) and typ is not bool:
        raise KPError(path, name, f"expected {getattr(typ, '__name__', typ)}, got {type(value).__name__}")
    return value


def _reject_unknown(data: dict, allowed: set[str], path: Path, where: str = "") -> None:
    for key in data:
        if key not in allowed:
            raise KPError(path, f"{where}{key}", f"unknown key (allowed: {', '.join(sorted(allowed))})")


def _compile(pattern: str, path: Path, name: str) -> None:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise KPError(path, name, f"regex does not compile: {exc}") from None
    # The site matches pasted text against this pattern in the reader's browser: refuse the
    # few shapes that take exponential time on a long text (see matching/regex_guard.py).
    problem = backtracking_problem(pattern)
    if problem:
        raise KPError(path, name, f"regex can backtrack catastrophically on long input: {problem}")


def _parse_variant(raw, parent_type: str, path: Path, where: str) -> Variant:
    if not isinstance(raw, dict):
        raise KPError(path, where.rstrip("."), "expected a table")
    _reject_unknown(raw, VARIANT_KEYS, path, where)
    message = _require(raw, "message", str, path, where)
    _compile(message, path, f"{where}message")
    versions = _require(raw, "versions", str, path, where)
    source = _require(raw, "source", str, path, where)
    if not source.startswith("https://"):
        raise KPError(path, f"{where}source", "must be an https:// URL where the wording was seen")
    vtype = raw.get("type", parent_type)
    if not isinstance(vtype, str):
        raise KPError(path, f"{where}type", "expected str")
    return Variant(message=message, type=vtype, versions=versions, source=source)


def _parse_expect(raw, path: Path, index: int | None) -> Expectation:
    where = "expect." if index is None else f"expect[{index}]."
    if not isinstance(raw, dict):
        raise KPError(path, where.rstrip("."), "expected a table")
    _reject_unknown(raw, EXPECT_KEYS, path, where)
    snippet = raw.get("snippet", "repro.py")
    if not isinstance(snippet, str):
        raise KPError(path, f"{where}snippet", "expected str")
    etype = _require(raw, "type", str, path, where)
    message = _require(raw, "message", str, path, where)
    if not message.strip():
        raise KPError(path, f"{where}message", "must not be empty")
    _compile(message, path, f"{where}message")
    variants_raw = raw.get("variants", [])
    if not isinstance(variants_raw, list):
        raise KPError(path, f"{where}variants", "expected an array of tables ([[expect.variants]])")
    variants = tuple(
        _parse_variant(v, etype, path, f"{where}variants[{i}].") for i, v in enumerate(variants_raw)
    )
    return Expectation(snippet=snippet, type=etype, message=message, variants=variants)


def _snippet_role(name: str) -> str | None:
    for prefix, role in ROLE_PREFIXES:
        if name == f"{prefix}.py" or (name.startswith(f"{prefix}_") and name.endswith(".py")):
            return role
    return None


def load_kp(folder: Path) -> KnowledgePoint:
    """Load one knowledge point folder, raising KPError on anything malformed."""
    folder = Path(folder)
    path = folder / "kp.toml"
    slug = folder.name
    if not SLUG_RE.match(slug):
        raise KPError(folder, "slug", "folder name must be lowercase kebab-case (it is the URL)")
    if not path.is_file():
        raise KPError(path, "kp.toml", "file is missing")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise KPError(path, "(syntax)", f"not valid TOML: {exc}") from None

    _reject_unknown(data, TOP_KEYS, path)
    kind = _require(data, "kind", str, path)
    if kind not in KINDS:
        raise KPError(path, "kind", f"'{kind}' is not one of {', '.join(KINDS)}")
    area = _require(data, "area", str, path)
    if area not in AREAS:
        raise KPError(path, "area", f"'{area}' is not one of {', '.join(AREAS)}")
    title = _require(data, "title", dict, path)
    for lang in ("en", "zh"):
        if not isinstance(title.get(lang), str) or not title[lang].strip():
            raise KPError(path, f"title.{lang}", "missing (a title in both languages is required)")
    _reject_unknown(title, {"en", "zh"}, path, "title.")
    seed = data.get("seed")
    if seed is not None and (not isinstance(seed, int) or isinstance(seed, bool) or not 1 <= seed <= 16):
        raise KPError(path, "seed", "must be an integer 1-16 (its number in the seed post)")
    tags = data.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise KPError(path, "tags", "expected an array of strings")
    timeout = data.get("timeout", DEFAULT_TIMEOUT)
    if not isinstance(timeout, (int, float)) or isinstance(timeout, bool) or timeout <= 0:
        raise KPError(path, "timeout", "must be a positive number of seconds")

    notebook = data.get("notebook", "kernel")
    if notebook not in NOTEBOOK_MODES:
        raise KPError(path, "notebook", f"'{notebook}' is not one of {', '.join(NOTEBOOK_MODES)}")
    requires = data.get("requires", {})
    if not isinstance(requires, dict):
        raise KPError(path, "requires", "expected a table")
    _reject_unknown(requires, REQUIRES_KEYS, path, "requires.")
    modules = requires.get("modules", [])
    if not isinstance(modules, list) or not all(isinstance(m, str) for m in modules):
        raise KPError(path, "requires.modules", "expected an array of module names")
    device = requires.get("device", "cpu")
    if device not in DEVICES:
        raise KPError(path, "requires.device", f"'{device}' is not one of {', '.join(DEVICES)}")
    lists = {}
    for key in ("cuda_snippets", "no_cuda_snippets", "cpu_build_snippets", "commands"):
        value = requires.get(key, [])
        if not isinstance(value, list) or not all(isinstance(n, str) and n for n in value):
            raise KPError(path, f"requires.{key}", "expected an array of names")
        lists[key] = tuple(value)
    if (lists["cuda_snippets"] or lists["no_cuda_snippets"] or lists["cpu_build_snippets"]) and device == "cuda":
        raise KPError(path, "requires.cuda_snippets", "every snippet needs CUDA already (device = \"cuda\")")
    device_lists = ("cuda_snippets", "no_cuda_snippets", "cpu_build_snippets")
    for i, first in enumerate(device_lists):
        for second in device_lists[i + 1:]:
            both = set(lists[first]) & set(lists[second])
            if both:
                raise KPError(path, f"requires.{second}", f"{sorted(both)[0]} is also in {first}")

    raw_expect = data.get("expect")
    if raw_expect is None:
        expectations: tuple[Expectation, ...] = ()
    elif isinstance(raw_expect, dict):
        expectations = (_parse_expect(raw_expect, path, None),)
    elif isinstance(raw_expect, list):
        expectations = tuple(_parse_expect(e, path, i) for i, e in enumerate(raw_expect))
    else:
        raise KPError(path, "expect", "expected a table ([expect]) or an array of tables ([[expect]])")

    kp = KnowledgePoint(
        slug=slug, dir=folder, kind=kind, area=area, title=dict(title), seed=seed,
        tags=tuple(tags), timeout=float(timeout), expectations=expectations,
        modules=tuple(modules), device=device, cuda_snippets=lists["cuda_snippets"],
        no_cuda_snippets=lists["no_cuda_snippets"], cpu_build_snippets=lists["cpu_build_snippets"],
        commands=lists["commands"], notebook=notebook,
    )
    _attach_snippets(kp)
    return kp


def _attach_snippets(kp: KnowledgePoint) -> None:
    path = kp.toml_path
    for file in sorted(kp.dir.glob("*.py")):
        role = _snippet_role(file.name)
        if role is None:
            raise KPError(file, "file name", "snippet files are named repro*.py, fix*.py or example*.py")
        kp.snippets.append(Snippet(kp=kp, path=file, role=role))
    roles = {s.role for s in kp.snippets}
    if kp.kind in ("error", "warning"):
        if "repro" not in roles or "fix" not in roles:
            raise KPError(path, "kind", f"kind '{kp.kind}' needs a repro.py and a fix.py in {kp.dir}")
        if "example" in roles:
            raise KPError(path, "kind", f"kind '{kp.kind}' has example files; those belong to recipes")
        if not kp.expectations:
            raise KPError(path, "expect", f"missing: kind '{kp.kind}' must declare the expected {kp.kind}")
    else:
        if "example" not in roles:
            raise KPError(path, "kind", f"kind 'recipe' needs at least one example*.py in {kp.dir}")
        if "repro" in roles:
            raise KPError(path, "kind", "kind 'recipe' has repro files; declare kind 'error' or 'warning'")
        if kp.expectations:
            raise KPError(path, "expect", "a recipe raises nothing; remove [expect] or change kind")
    repro_names = {s.name for s in kp.snippets if s.role == "repro"}
    declared = [e.snippet for e in kp.expectations]
    for name in declared:
        if name not in repro_names:
            raise KPError(path, "expect.snippet", f"'{name}' is not a repro*.py file in {kp.dir}")
    if len(set(declared)) != len(declared):
        raise KPError(path, "expect.snippet", "two expectations name the same snippet")
    names = {s.name for s in kp.snippets}
    for key in ("cuda_snippets", "no_cuda_snippets", "cpu_build_snippets"):
        for name in getattr(kp, key):
            if name not in names:
                raise KPError(path, f"requires.{key}", f"'{name}' is not a snippet file in {kp.dir}")
    _check_sections(kp)
    for name in sorted(repro_names - set(declared)):
        raise KPError(path, "expect", f"{name} has no expectation (add [[expect]] with snippet = \"{name}\")")


# A pymdownx.snippets section marker: "# --8<-- [start:fix]" (see torchkb.site.glance).
SECTION_MARK = re.compile(r"-+8<-+[ \t]+\[[ \t]*(start|end)[ \t]*:[ \t]*([a-z][-_0-9a-z]*)[ \t]*\]")


def sections(path: Path) -> dict[str, tuple[int, int]]:
    """Named sections of a snippet file: name -> (first, last) line numbers of its content.
    Raises ValueError for a section that is not closed, closed twice, or empty."""
    found: dict[str, tuple[int, int]] = {}
    open_at: dict[str, int] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = SECTION_MARK.search(line)
        if not m:
            continue
        kind, name = m.groups()
        if kind == "start":
            if name in open_at or name in found:
                raise ValueError(f"section '{name}' starts twice (line {number})")
            open_at[name] = number
        else:
            if name not in open_at:
                raise ValueError(f"section '{name}' ends at line {number} but never starts")
            start = open_at.pop(name)
            if number - start < 2:
                raise ValueError(f"section '{name}' (line {start}) is empty")
            found[name] = (start + 1, number - 1)
    if open_at:
        name, number = next(iter(open_at.items()))
        raise ValueError(f"section '{name}' starts at line {number} but never ends")
    return found


def has_section(path: Path, name: str) -> bool:
    try:
        return path.is_file() and name in sections(path)
    except ValueError:
        return False


REQUIRE_GLANCE = True


def _check_sections(kp: KnowledgePoint) -> None:
    """Section markers are well-formed; an error or warning marks its cause and its fix."""
    for snippet in kp.snippets:
        try:
            sections(snippet.path)
        except ValueError as exc:
            raise KPError(snippet.path, "section markers", str(exc)) from None
    if kp.kind == "recipe" or not REQUIRE_GLANCE:
        return
    for file, name in (("repro.py", "cause"), ("fix.py", "fix")):
        if name not in sections(kp.dir / file):
            raise KPError(kp.dir / file, f"section '{name}'",
                          f"missing: mark the lines with '# --8<-- [start:{name}]' and '# --8<-- [end:{name}]' "
                          "(shown as \"the fix at a glance\")")


def load_all(root: Path) -> list[KnowledgePoint]:
    """Load every knowledge point under root/snippets, sorted by slug."""
    snippets_dir = Path(root) / "snippets"
    return [load_kp(d) for d in sorted(snippets_dir.iterdir()) if d.is_dir() and not d.name.startswith((".", "_"))]


def check_pages(kps: list[KnowledgePoint], docs_root: Path) -> None:
    """Every knowledge point has a page in both languages."""
    for kp in kps:
        for lang in ("en", "zh"):
            page = kp.page(docs_root, lang)
            if not page.is_file():
                raise KPError(page, f"page.{lang}", f"missing: knowledge point '{kp.slug}' has no {lang} page")
