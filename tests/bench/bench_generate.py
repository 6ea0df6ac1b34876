"""``make bench`` (part 1): generation speed and the generated package's size.

Full regeneration from a clean output directory without the black cache,
then a no-op regeneration of the same tree (cache present, as after any
`make generate`), each a median of ``--runs`` fresh processes; then the size
and module count of generated/b24client. Targets (issue 3): full <= 20 s,
no-op <= 2 s on the 2-core machine.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def timed(*args: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    full, noop = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            out, cache = Path(tmp) / "generated", Path(tmp) / "black-cache.json"
            full.append(timed("--out", str(out), "--no-cache"))
            timed("--out", str(out), "--cache", str(cache))  # fill the cache once
            noop.append(timed("--out", str(out), "--cache", str(cache)))
    package = ROOT / "generated" / "b24client"
    modules = list(package.rglob("*.py"))
    size = sum(p.stat().st_size for p in package.rglob("*") if p.is_file())
    api = [p for p in modules if "_api" in p.parts]
    methods = sum(1 for _ in (ROOT / "spec").rglob("*.yaml")) - 1  # minus _errors.yaml
    print("generation (median of %d runs)" % runs)
    print(
        f"  full, clean output, no black cache : {statistics.median(full):6.2f} s  (target <= 20 s)"
    )
    print(
        f"  no-op                              : {statistics.median(noop):6.2f} s  (target <= 2 s)"
    )
    print(f"  spec files                         : {methods}")
    print(
        f"  generated/b24client                : {size / 1e6:.1f} MB in {len(modules)} modules ({len(api)} under _api/)"
    )


if __name__ == "__main__":
    main()
