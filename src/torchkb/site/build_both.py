"""Build both languages side by side: `python -m torchkb.site.build_both SITE_DIR ZH_TMP_DIR`.

English goes to SITE_DIR, Chinese to ZH_TMP_DIR and then to SITE_DIR/zh: MkDocs empties its
output folder before building, so the Chinese site cannot be built inside the English one while
that one builds. Each build is a strict MkDocs build in its own process (one per core); a failure
of either fails the whole, with that build's output shown. Prints how long each took and how many
rendered notebooks came from the cache.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from torchkb import REPO_ROOT
from torchkb.site import deploy, seo

CONFIGS = (("en", "mkdocs.yml"), ("zh", "mkdocs.zh.yml"))


def _notebook_cache_files() -> set[Path]:
    return set((REPO_ROOT / "build" / "notebook-html").glob("*/*/*.json"))


def main(argv: list[str]) -> int:
    site, zh_tmp = (Path(a).resolve() for a in argv[:2])
    mkdocs = Path(sys.executable).parent / "mkdocs"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    before = _notebook_cache_files()
    started = time.monotonic()
    procs = {}
    for lang, cfg in CONFIGS:
        out = site if lang == "en" else zh_tmp
        procs[lang] = (subprocess.Popen([mkdocs, "build", "--strict", "-q", "-f", cfg, "-d", out], cwd=REPO_ROOT,
                                        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True),
                       time.monotonic())
    failed = False
    timings = []
    for lang, (proc, t0) in procs.items():
        output, _ = proc.communicate()
        timings.append(f"{lang} {time.monotonic() - t0:.1f} s")
        # jieba announces its dictionary on every build; anything else is worth showing.
        lines = [ln for ln in output.splitlines() if ln.strip() and not _jieba_noise(ln)]
        if proc.returncode != 0:
            failed = True
            print(f"mkdocs build ({lang}) failed:", file=sys.stderr)
            print("\n".join(lines), file=sys.stderr)
        elif lines:
            print(f"[{lang}] " + f"\n[{lang}] ".join(lines))
    if failed:
        return 1
    shutil.rmtree(site / "zh", ignore_errors=True)
    shutil.move(str(zh_tmp), str(site / "zh"))
    seo.write_sitemap_and_robots(site, deploy.current())
    after = _notebook_cache_files()
    print(f"built both languages in {time.monotonic() - started:.1f} s ({', '.join(timings)}); "
          f"rendered notebooks: {len(after & before)} reused, {len(after - before)} rendered")
    return 0


def _jieba_noise(line: str) -> bool:
    return line.startswith(("Building prefix dict", "Loading model", "Prefix dict has been built", "Dumping model"))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
