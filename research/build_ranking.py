#!/usr/bin/env python3
"""Rebuild research/error_ranking.jsonl from the candidate list, the query log and the snippets.

Inputs (all in this folder unless noted):
  candidates.jsonl  one candidate message per line: id, message, type, area, example (a real,
                    concrete instance of the message, used to match [expect] regexes), and
                    optionally note, title_key, prefer, pending_slug.
  queries.jsonl     the log of every `search` call that was counted: id, corpus
                    (issues | pages | issues_retry | issues_extra), query, returned, hits, hit_urls.
                    Lines with "superseded": true or without "query" are ignored.
  ../snippets/*/kp.toml   the documented knowledge points ([expect] messages and variants).

Output: error_ranking.jsonl, sorted by count (descending). With --table, prints the Markdown
table of the top 60 used in README.md.

Usage (from the repository root):  python3 research/build_ranking.py [--table]
"""
import glob
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_points():
    points = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "snippets", "*", "kp.toml"))):
        slug = os.path.basename(os.path.dirname(path))
        with open(path, "rb") as f:
            t = tomllib.load(f)
        expects = t.get("expect", [])
        if isinstance(expects, dict):
            expects = [expects]
        mains, variants = [], []
        for e in expects:
            m = e.get("message")
            if m and not m.startswith("TODO"):
                mains.append(m)
            for v in e.get("variants", []):
                if v.get("message"):
                    variants.append(v["message"])
        points[slug] = {"mains": mains, "variants": variants,
                        "title": t.get("title", {}).get("en", "")}
    return points


def any_match(patterns, text):
    for pat in patterns:
        try:
            if re.search(pat, text):
                return True
        except re.error:
            if pat in text:
                return True
    return False


def match_slugs(cand, points):
    """Slugs whose [expect] message (or variant) matches the candidate's example text."""
    text = cand["example"]
    main, variant = [], []
    for slug, pt in points.items():
        if any_match(pt["mains"], text):
            main.append(slug)
        elif any_match(pt["variants"], text):
            variant.append(slug)
        elif cand.get("title_key") and cand["title_key"].lower() in pt["title"].lower():
            variant.append(slug)
    found = main + variant
    if not found:
        return None, []
    primary = cand["prefer"] if cand.get("prefer") in found else (main or variant)[0]
    return primary, [s for s in found if s != primary]


def build():
    cands = load_jsonl(os.path.join(HERE, "candidates.jsonl"))
    evidence = {}
    for r in load_jsonl(os.path.join(HERE, "queries.jsonl")):
        if "query" in r and not r.get("superseded"):
            evidence.setdefault(r["id"], {})[r["corpus"]] = r
    points = load_points()

    rows = []
    for c in cands:
        e = evidence.get(c["id"], {})
        issues = e.get("issues_retry") or e.get("issues")
        pages = e.get("pages")
        extra = e.get("issues_extra")
        notes = [c["note"]] if c.get("note") else []
        if issues is None or pages is None:
            count, counts, sources = None, None, []
            notes.append("not queried (search budget spent)")
        else:
            ni, npg = issues["hits"], pages["hits"]
            nx = extra["hits"] if extra else None
            count = ni + npg + (nx or 0)
            counts = {"issues": ni, "pages": npg, "issues_extra": nx}
            if "issues_retry" in e:
                notes.append("first issues query was a semantic miss (0 relevant results); "
                             "one retry query with context words is counted instead")
            if ni >= 12 and extra:
                notes.append(f"issues capped at 12; one extra issues query added {nx} new distinct threads")
            elif ni >= 12:
                notes.append("issues capped at 12; extra query not run (search budget spent): "
                             "count is a lower bound")
            first = issues["hit_urls"][:3] + (extra["hit_urls"][:1] if extra else []) + pages["hit_urls"][:2]
            rest = issues["hit_urls"][3:] + (extra["hit_urls"][1:] if extra else []) + pages["hit_urls"][2:]
            sources = (first + rest)[:5]
        slug, also = match_slugs(c, points)
        pending = c.get("pending_slug")
        if slug is None and pending and pending in points:
            notes.append(f"a page is being written: snippets/{pending}/ exists but its [expect] "
                         "was still a TODO when this list was built")
        if also:
            notes.append("also covered by: " + ", ".join(also))
        rows.append({"id": c["id"], "message": c["message"], "type": c["type"], "area": c["area"],
                     "count": count, "counts": counts, "sources": sources, "slug": slug,
                     "note": "; ".join(notes)})

    def key(d):
        c = d["counts"] or {}
        return (d["count"] is None, -(d["count"] or 0), d["id"] if d["count"] is None else "",
                -(c.get("issues", 0) + (c.get("issues_extra") or 0)), d["message"].lower())

    rows.sort(key=key)
    for i, d in enumerate(rows, 1):
        d["rank"] = i if d["count"] is not None else None
    order = ["rank", "id", "message", "type", "area", "count", "counts", "sources", "slug", "note"]
    with open(os.path.join(HERE, "error_ranking.jsonl"), "w", encoding="utf-8") as f:
        for d in rows:
            f.write(json.dumps({k: d[k] for k in order}, ensure_ascii=False) + "\n")
    return rows


def table(rows, n=60):
    lines = ["| Rank | Message | Count | Page |", "|---:|---|---:|---|"]
    for d in rows[:n]:
        c = d["counts"]
        cap = " (cap)" if c and c["issues"] >= 12 and c["issues_extra"] is None else ""
        if d["slug"]:
            page = f"[`{d['slug']}`](../snippets/{d['slug']}/)"
        elif "being written" in d["note"]:
            page = "missing (page in progress)"
        else:
            page = "missing"
        msg = d["message"].replace("|", "\\|")
        lines.append(f"| {d['rank']} | `` {msg} `` | {d['count']}{cap} | {page} |")
    return "\n".join(lines)


if __name__ == "__main__":
    result = build()
    if "--table" in sys.argv:
        print(table(result))
