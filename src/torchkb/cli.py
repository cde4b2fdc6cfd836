"""The `torchkb` command."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from torchkb import harness
from torchkb.kp import AREAS, KINDS, KPError, check_pages, load_all

REPO_ROOT = harness.REPO_ROOT


def _select(slugs: list[str]):
    kps = load_all(REPO_ROOT)
    check_pages(kps, REPO_ROOT / "docs")
    if not slugs:
        return kps
    known = {kp.slug: kp for kp in kps}
    unknown = [s for s in slugs if s not in known]
    if unknown:
        raise SystemExit(f"torchkb: unknown knowledge point(s): {', '.join(unknown)}")
    return [known[s] for s in slugs]


def cmd_verify(args) -> int:
    kps = _select(args.slugs)
    marks = {"pass": "PASS", "fail": "FAIL", "skip": "SKIP"}

    def show(r: harness.Result) -> None:
        line = f"{marks[r.status]} {r.slug}/{r.snippet} ({r.seconds:.2f} s)"
        if r.reason:
            line += f": {r.reason}"
        print(line, flush=True)

    started = time.monotonic()
    env, results = harness.verify(kps, update=args.update, on_result=show)
    report = harness.report_json(env, results)
    report["seconds"] = round(time.monotonic() - started, 3)
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    s = report["summary"]
    print(f"{s['pass']} passed, {s['fail']} failed, {s['skip']} skipped "
          f"in {report['seconds']:.1f} s (torch {env.get('torch')}, {env.get('device')})")
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="torchkb", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("verify", help="run every snippet against the installed torch")
    p.add_argument("slugs", nargs="*", metavar="SLUG")
    p.add_argument("--json", metavar="PATH", help="write per-snippet results and the environment")
    p.add_argument("--update", action="store_true", help="rewrite the .out files from this run")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("new", help="scaffold a knowledge point and both pages")
    p.add_argument("slug")
    p.add_argument("--kind", choices=KINDS, required=True)
    p.add_argument("--area", choices=AREAS, required=True)
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("check", help="validate every kp.toml and that both pages exist")
    p.set_defaults(func=cmd_check)
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
