"""``python -m generator.site [--out DIR]``: build the HTML docs site."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .. import REPO_ROOT
from . import SiteError, build_site


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.site")
    parser.add_argument(
        "--out",
        type=Path,
        default=REPO_ROOT / "build" / "site",
        help="where to assemble and build it (default: build/site; emptied first)",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        html = build_site(args.out)
    except (SiteError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"built {html}/index.html in {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
