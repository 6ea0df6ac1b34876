"""``make bench`` (part 1): generation speed and the generated package's size.

Each case is a median of ``--runs`` fresh processes, none with a black cache
unless it says so:

- full: a clean output directory, nothing trusted (``--no-cache``);
- fresh clone: a copy of the committed generated/ (new mtimes, its
  manifest), as after ``git clone``: the manifest spares black;
- no-op: the same tree again, the cache present (any later ``make generate``);
- ``--check``, cold: the fresh clone checked; it trusts no manifest, so it
  formats every module (and fills the cache);
- ``--check``, warm: again, with that cache (any later ``make check``).

Then the size and module count of generated/b24client. Targets (issues 3
and 13): full <= 20 s, fresh clone <= 10 s, no-op <= 2 s on the 2-core machine.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def timed(*args: str) -> tuple[float, str]:
    """Seconds for one ``python -m generator`` process, and its last line."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return time.perf_counter() - started, done.stdout.splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    full: list[float] = []
    fresh: list[float] = []
    noop: list[float] = []
    check_cold: list[float] = []
    check_warm: list[float] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp_dir:
            tmp = Path(tmp_dir)
            clean = tmp / "clean"
            full.append(timed("--out", str(clean), "--no-cache")[0])
            cache = str(tmp / "black-cache.json")
            timed("--out", str(clean), "--cache", cache)  # fill the cache once
            noop.append(timed("--out", str(clean), "--cache", cache)[0])
            clone = tmp / "clone"
            shutil.copytree(
                ROOT / "generated",
                clone,
                ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"),
            )
            seconds, last = timed("--out", str(clone), "--cache", str(tmp / "cold"))
            if "(0 written, 0 removed)" not in last:
                sys.exit(f"generated/ is not up to date (run make generate): {last}")
            fresh.append(seconds)
            cache = str(tmp / "check-cache.json")
            check_cold.append(
                timed("--out", str(clone), "--cache", cache, "--check")[0]
            )
            check_warm.append(
                timed("--out", str(clone), "--cache", cache, "--check")[0]
            )
    package = ROOT / "generated" / "b24client"
    modules = list(package.rglob("*.py"))
    size = sum(p.stat().st_size for p in package.rglob("*") if p.is_file())
    api = [p for p in modules if "_api" in p.parts]
    methods = sum(1 for _ in (ROOT / "spec").rglob("*.yaml")) - 1  # minus _errors.yaml
    print(f"generation (median of {runs} runs)")
    for label, samples, target in (
        ("full, clean output, no black cache", full, "  (target <= 20 s)"),
        ("fresh clone (manifest), no black cache", fresh, "  (target <= 10 s)"),
        ("no-op", noop, "  (target <= 2 s)"),
        ("--check, fresh clone, no black cache", check_cold, ""),
        ("--check, black cache present", check_warm, ""),
    ):
        print(f"  {label:<40}: {statistics.median(samples):6.2f} s{target}")
    print(f"  {'spec files':<40}: {methods}")
    print(
        f"  {'generated/b24client':<40}: {size / 1e6:.1f} MB in {len(modules)} modules "
        f"({len(api)} under _api/)"
    )


if __name__ == "__main__":
    main()
