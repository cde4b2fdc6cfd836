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


def cmd_verify(args) -> int:
    kps = _select(args.slugs)
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
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("new", help="scaffold a knowledge point and both pages")
    p.add_argument("slug")
    p.add_argument("--kind", choices=KINDS, required=True)
    p.add_argument("--area", choices=AREAS, required=True)
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("check", help="validate every kp.toml and that both pages exist")
    p.set_defaults(func=cmd_check)

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
