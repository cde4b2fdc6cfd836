"""The `torchkb` command."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from torchkb.verification import harness
from torchkb.verification.cache import Cache
from torchkb.kp import AREAS, KINDS, KPError, check_pages, load_all, load_kp

REPO_ROOT = harness.REPO_ROOT


def _select(slugs: list[str]):
    """The named knowledge points (only those are loaded), or all of them."""
    if not slugs:
        kps = load_all(REPO_ROOT)
    else:
        unknown = [s for s in slugs if not (REPO_ROOT / "snippets" / s / "kp.toml").is_file()]
        if unknown:
            raise SystemExit(f"torchkb: unknown knowledge point(s): {', '.join(unknown)}")
        kps = [load_kp(REPO_ROOT / "snippets" / s) for s in slugs]
    check_pages(kps, REPO_ROOT / "docs")
    return kps


def cmd_verify_release(args, kps) -> int:
    """`torchkb verify --torch VERSION`: another release, in its own environment (see matrix.py)."""
    from torchkb.verification import matrix

    if args.update or args.json:
        raise SystemExit("torchkb: --update and --json are for the main pin; --torch writes "
                         "releases/torch-VERSION.json")
    status = 0
    for version in args.torch:
        try:
            matrix.check_version(version)
            run = matrix.verify_release(version, kps, full=not args.slugs, keep_env=args.keep_env,
                                        jobs=args.jobs, index_url=args.index_url)
        except matrix.MatrixError as exc:
            print(f"torchkb: {exc}", file=sys.stderr)
            status = 2
            continue
        c = ", ".join(f"{n} {k}" for k, n in run["counts"].items())
        install = "reused (0 s)" if run["reused"] else f"{run['install_seconds']:.1f} s"
        print(f"torch {run['torch']}: install {install}, verify {run['verify_seconds']:.1f} s; "
              f"{len(run['data']['records'])} records ({c}) -> {Path(run['path']).relative_to(REPO_ROOT)}",
              flush=True)
    return status


def cmd_verify(args) -> int:
    kps = _select(args.slugs)
    if args.torch:
        return cmd_verify_release(args, kps)
    marks = {"pass": "PASS", "fail": "FAIL", "skip": "SKIP"}

    def show(r: harness.Result) -> None:
        line = f"{marks[r.status]} {r.slug}/{r.snippet} ({r.seconds:.2f} s{', cached' if r.cached else ''})"
        if r.reason:
            line += f": {r.reason}"
        print(line, flush=True)

    started = time.monotonic()
    cache = Cache(enabled=not args.no_cache)
    env, results = harness.verify(kps, update=args.update, on_result=show, jobs=args.jobs, cache=cache)
    report = harness.report_json(env, results)
    report["seconds"] = round(time.monotonic() - started, 3)
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    s = report["summary"]
    print(f"{s['pass']} passed, {s['fail']} failed, {s['skip']} skipped "
          f"in {report['seconds']:.1f} s (torch {env.get('torch')}, {env.get('device')}); "
          f"{s['reused']} of {len(results)} reused from the cache, {len(results) - s['reused'] - s['skip']} run")
    return 1 if s["fail"] else 0


def cmd_new(args) -> int:
    from torchkb.scaffold import scaffold

    for path in scaffold(REPO_ROOT, args.slug, args.kind, args.area):
        print(f"created {path.relative_to(REPO_ROOT)}")
    return 0


def cmd_check(args) -> int:
    kps = _select([])
    print(f"{len(kps)} knowledge points valid, each with an English and a Chinese page")
    return 0


def cmd_notebooks(args) -> int:
    """Write (or with --check, compare) the notebooks committed for "Open in Colab"."""
    from torchkb.site import notebooks

    kps = _select(args.slugs)
    stale = []
    for kp in kps:
        for lang in ("en", "zh"):
            path = REPO_ROOT / notebooks.colab_path(kp, lang)
            text = notebooks.colab_text(kp, lang)
            current = path.read_text(encoding="utf-8") if path.is_file() else None
            if current == text:
                continue
            stale.append(path.relative_to(REPO_ROOT))
            if not args.check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    known = {f"{kp.slug}.ipynb" for kp in load_all(REPO_ROOT)}
    orphans = [p.relative_to(REPO_ROOT) for p in (REPO_ROOT / notebooks.COLAB_DIR).glob("*/*.ipynb")
               if p.name not in known] if not args.slugs else []
    if args.check:
        for path in stale:
            print(f"torchkb: {path} is not current (run `torchkb notebooks`)", file=sys.stderr)
        for path in orphans:
            print(f"torchkb: {path} belongs to no knowledge point (delete it)", file=sys.stderr)
        return 1 if stale or orphans else 0
    for path in orphans:
        path_abs = REPO_ROOT / path
        path_abs.unlink()
        print(f"deleted {path}")
    for path in stale:
        print(f"wrote {path}")
    return 0


def cmd_lint(args) -> int:
    """Chinese typesetting of the Chinese pages (torchkb.site.zhlint)."""
    from torchkb.site.zhlint import lint

    paths = [Path(p) for p in args.paths] or sorted((REPO_ROOT / "docs" / "zh").rglob("*.md"))
    findings = lint(paths, fix=args.fix)
    for f in findings:
        print(f)
    print(f"{len(findings)} finding(s) in {len(paths)} page(s)" + (" after --fix" if args.fix else ""))
    return 1 if findings else 0


def cmd_explain(args) -> int:
    from torchkb.matching.matcher import CONFIDENT
    from torchkb.matching.signatures import SignatureError, explain_report

    text = " ".join(args.text) if args.text else _read_stdin()
    if not text.strip():
        print("torchkb: no error text: pass it as an argument or pipe it in "
              "(python train.py 2>&1 | torchkb explain)", file=sys.stderr)
        return 1
    try:
        report = explain_report(text, REPO_ROOT, args.lang)
    except SignatureError as exc:
        print(f"torchkb: {exc}", file=sys.stderr)
        return 2
    matches = report["matches"]
    if report["notice"]:
        print(f"torchkb: {report['notice']}", file=sys.stderr)
    if args.json:
        print(json.dumps([{k: m[k] for k in ("slug", "title", "url", "score")} for m in matches],
                         ensure_ascii=False, indent=2))
    else:
        for rank, m in enumerate(matches, 1):
            how = "pattern" if m["via"] == "pattern" else "similar wording"
            print(f"{rank}. {m['title']}\n   {m['url']}  (score {m['score']:.2f}, {how})")
        if matches and matches[0]["score"] < CONFIDENT:
            print("No verified pattern matched; these pages only use similar words.")
    if not matches:
        print("torchkb: no knowledge point matches this text. Paste the whole error, including the "
              "line 'SomeError: message' (a traceback is fine), or search the site for its key words.",
              file=sys.stderr)
        return 1
    return 0


def _read_stdin() -> str:
    """All of stdin; a log piped in may hold bytes that are not UTF-8 (they become U+FFFD)."""
    raw = getattr(sys.stdin, "buffer", None)
    if raw is None:
        return sys.stdin.read()
    return raw.read().decode("utf-8", errors="replace")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="torchkb", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("verify", help="run every snippet against the installed torch")
    p.add_argument("slugs", nargs="*", metavar="SLUG")
    p.add_argument("--json", metavar="PATH", help="write per-snippet results and the environment")
    p.add_argument("--update", action="store_true", help="rewrite the .out files from this run")
    p.add_argument("--jobs", "-j", type=int, metavar="N",
                   help="fork servers side by side (default: one per core)")
    p.add_argument("--no-cache", action="store_true",
                   help="run every snippet, even when an identical pass is cached (build/verify-cache)")
    p.add_argument("--torch", action="append", metavar="VERSION",
                   help="run under another torch release instead (repeatable): installs it with its "
                        "companion pins into .matrix/torch-VERSION/ (several GB with the CUDA wheels; "
                        "reused when already there), judges by kp.toml only, writes "
                        "releases/torch-VERSION.json (only the named knowledge points are replaced "
                        "when SLUGs are given), never uses the cache, and deletes the environment "
                        "afterwards unless --keep-env")
    p.add_argument("--keep-env", action="store_true",
                   help="with --torch: keep .matrix/torch-VERSION/ for the next run (delete it by hand "
                        "with rm -r .matrix/torch-VERSION)")
    p.add_argument("--index-url", metavar="URL",
                   help="with --torch: install torch alone from this index (CI: "
                        "https://download.pytorch.org/whl/cpu for the CPU wheels); companions from PyPI")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("new", help="scaffold a knowledge point and both pages")
    p.add_argument("slug")
    p.add_argument("--kind", choices=KINDS, required=True)
    p.add_argument("--area", choices=AREAS, required=True)
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("check", help="validate every kp.toml and that both pages exist")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("notebooks", help="write the notebooks committed for Open in Colab (notebooks/<lang>/)")
    p.add_argument("slugs", nargs="*", metavar="SLUG")
    p.add_argument("--check", action="store_true", help="only report notebooks that are not current")
    p.set_defaults(func=cmd_notebooks)

    p = sub.add_parser("lint", help="check the Chinese pages' typesetting (spaces, punctuation)")
    p.add_argument("paths", nargs="*", metavar="PAGE", help="Markdown files (default: docs/zh)")
    p.add_argument("--fix", action="store_true", help="fix the spacing rules in place")
    p.set_defaults(func=cmd_lint)

    p = sub.add_parser("explain", help="find the knowledge point for an error message or traceback")
    p.add_argument("text", nargs="*", metavar="TEXT", help="the error text (read from stdin when omitted)")
    p.add_argument("--json", action="store_true", help="print [{slug, title, url, score}], best first")
    p.add_argument("--lang", choices=("en", "zh"), default="en", help="titles and URLs in this language")
    p.set_defaults(func=cmd_explain)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KPError as exc:
        print(f"torchkb: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
