"""``python -m generator [--spec DIR] [--out DIR] [--check]``."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from . import REPO_ROOT
from .emit import EmitError, build_tree, compare, write
from .formatting import Formatter, FormatError
from .introspect import read_runtime
from .loader import ParseCache, load_spec_dir
from .render import RenderError, render_all
from .validate import validate

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate the b24client package and docs from spec/.",
    )
    parser.add_argument(
        "--spec",
        type=Path,
        default=REPO_ROOT / "spec",
        help="spec directory (default: spec/)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=REPO_ROOT / "generated",
        help="output directory (default: generated/)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; list the files that differ, are missing or are stale, and exit 1 if any",
    )
    parser.add_argument(
        "--runtime",
        type=Path,
        default=REPO_ROOT / "generator" / "runtime",
        help="hand-written runtime mirrored into the package (default: generator/runtime/)",
    )
    parser.add_argument(
        "--cache",
        type=Path,
        default=REPO_ROOT / "build" / "generator" / "black-cache.json",
        help="black output cache (default: build/generator/black-cache.json); "
        "parsed specs are cached beside it in spec-cache.json",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="run black on every module and parse every spec (use no cache)",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="processes for black when many modules changed (default: CPU count)",
    )
    return parser


def _show(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    started = time.perf_counter()
    runtime = read_runtime(args.runtime)
    parse_cache = ParseCache(
        None if args.no_cache else args.cache.with_name("spec-cache.json")
    )
    loaded = load_spec_dir(args.spec, parse_cache)
    api, problems = validate(loaded, runtime)
    if problems or api is None:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"{len(problems)} error(s) in spec/; nothing written", file=sys.stderr)
        return 1
    formatter = Formatter(None if args.no_cache else args.cache)
    try:
        tree = build_tree(render_all(api, runtime), args.runtime, formatter, args.jobs)
    except (RenderError, EmitError, FormatError) as exc:
        print(f"error: {exc}; nothing written", file=sys.stderr)
        return 1
    plan = compare(args.out, tree)
    out = _show(args.out)
    if args.check:
        for label, rels in (
            ("differs", plan.changed),
            ("missing", plan.missing),
            ("stale", plan.stale),
        ):
            for rel in rels:
                print(f"{label}: {out}/{rel}")
        elapsed = time.perf_counter() - started
        print(
            f"checked {len(api.methods)} methods, {len(tree)} files "
            f"({len(plan.changed)} differ, {len(plan.missing)} missing, {len(plan.stale)} stale) "
            f"in {elapsed:.2f}s"
        )
        return 1 if plan else 0
    written, removed = write(args.out, tree, plan)
    if not args.no_cache:
        try:
            formatter.save()
            parse_cache.save()
        except OSError as exc:  # a cache is never worth failing for
            print(f"warning: cannot save a cache: {exc}", file=sys.stderr)
    elapsed = time.perf_counter() - started
    print(
        f"generated {len(api.methods)} methods, {len(tree)} files "
        f"({written} written, {removed} removed) in {elapsed:.2f}s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
