"""``python -m generator.importer [--docs PATH] [--spec DIR] [--report FILE] [--check]``."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from .. import REPO_ROOT
from .run import import_docs, report, write_specs

__all__ = ["main"]

DEFAULT_DOCS = REPO_ROOT.parent / "shared" / "bitrix24-rest-docs"
DEFAULT_REPORT = REPO_ROOT / "build" / "importer-report.txt"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator.importer",
        description="Import the Bitrix24 REST docs (YFM Markdown) into spec/ YAML.",
    )
    parser.add_argument(
        "--docs",
        type=Path,
        default=Path(os.environ["DOCS"]) if os.environ.get("DOCS") else DEFAULT_DOCS,
        help="docs checkout (default: $DOCS, else ../shared/bitrix24-rest-docs)",
    )
    parser.add_argument(
        "--spec",
        type=Path,
        default=REPO_ROOT / "spec",
        help="spec directory to update (default: spec/)",
    )
    parser.add_argument(
        "--report",
        type=Path,
        default=DEFAULT_REPORT,
        help="where the full report goes (default: build/importer-report.txt)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 when spec/ differs from what the docs give",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    started = time.perf_counter()
    if not (args.docs / "api-reference").is_dir():
        print(
            f"error: {args.docs} is not a docs checkout (no api-reference/ in it); "
            "pass --docs or set DOCS",
            file=sys.stderr,
        )
        return 2
    result = import_docs(args.docs)
    write_specs(result, args.spec, dry_run=args.check)
    elapsed = time.perf_counter() - started
    summary = report(result, full=False)
    full = report(result, full=True)
    if not args.check:
        try:
            args.report.parent.mkdir(parents=True, exist_ok=True)
            args.report.write_text(full, encoding="utf-8")
            where = f"; full report: {_show(args.report)}"
        except OSError as exc:
            where = f"; cannot write the full report ({exc})"
    else:
        where = ""
    print(summary, end="")
    print(f"done in {elapsed:.1f}s{where}")
    if args.check and (result.written or result.removed):
        for rel in result.written:
            print(f"differs: spec/{rel}")
        for rel in result.removed:
            print(f"stale: spec/{rel}")
        return 1
    return 0


def _show(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


if __name__ == "__main__":
    sys.exit(main())
