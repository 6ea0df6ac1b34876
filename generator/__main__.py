"""``python -m generator [--spec DIR] [--out DIR] [--check]``."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from . import REPO_ROOT
from .emit import EmitError, build_tree, compare, write
from .formatting import (
    MANIFEST,
    FormatError,
    Formatter,
    format_spots,
    read_manifest,
    trusted_files,
)
from .introspect import read_runtime
from .loader import ParseCache, load_spec_dir
from .render import RenderError, render_all
from .uptodate import Stamp, inputs_digest
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
        help="write nothing to the output; run black on every whole module (trusting "
        "no manifest), list the files that differ, are missing or are stale, and "
        "exit 1 if any",
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
        help="lay out every module and parse every spec again (use no cache, "
        "trust no manifest)",
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


def _note_forged(out_dir: Path, rendered: dict[str, str], changed: list[str]) -> None:
    """Say when the manifest vouches for a file black does not produce: a plain
    run would trust it too, so only ``--no-cache`` repairs that."""
    vouched = trusted_files(read_manifest(out_dir / MANIFEST), rendered, out_dir)
    wrong = [rel for rel in changed if rel in vouched]
    if wrong:
        print(
            f"note: {_show(out_dir / MANIFEST)} vouches for {len(wrong)} of these "
            "(edited by hand?): regenerate with --no-cache to repair",
            file=sys.stderr,
        )


def _note_layout(out_dir: Path, rendered: dict[str, str], changed: list[str]) -> None:
    """Say when a file is what a run writes but not what black makes of the
    whole module: the templates' layout strays from black's there."""
    for rel in changed:
        source = rendered.get(rel)
        if source is None or not rel.endswith(".py"):
            continue
        try:
            on_disk = (out_dir / rel).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if on_disk == format_spots(source):
            print(
                f"note: {_show(out_dir / rel)} is what a run writes, but black lays "
                "the whole module out otherwise: a generator bug (generator/layout.py "
                "or a template writes a shape black breaks differently)",
                file=sys.stderr,
            )


def _step(text: str, since: float) -> float:
    """Print one progress line with the step's time; return the time now."""
    now = time.perf_counter()
    print(f"{text} in {now - since:.2f}s", flush=True)
    return now


def _announce(modules: int, processes: int) -> None:
    print(f"formatting {modules} module(s) in {processes} process(es)...", flush=True)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    started = time.perf_counter()
    stamp = (
        None
        if args.check or args.no_cache
        else Stamp(args.cache.with_name("last-run.json"))
    )
    digest = inputs_digest(args.spec, args.runtime, args.out) if stamp else ""
    last = stamp.unchanged(digest, args.out) if stamp else None
    if last is not None:
        elapsed = time.perf_counter() - started
        print(
            f"generated {last[0]} methods, {last[1]} files (0 written, 0 removed) "
            f"in {elapsed:.2f}s: no input and no output changed since the last run"
        )
        return 0
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
    now = _step(
        f"loaded and validated {len(api.methods)} methods from {_show(args.spec)}",
        started,
    )
    formatter = Formatter(None if args.no_cache else args.cache)
    trust = None if args.check or args.no_cache else args.out
    try:
        rendered = render_all(api, runtime)
        now = _step(f"rendered {len(rendered)} files", now)
        tree = build_tree(
            rendered,
            args.runtime,
            formatter,
            args.jobs,
            trust=trust,
            announce=_announce,
            whole=args.check,
        )
    except (RenderError, EmitError, FormatError) as exc:
        print(f"error: {exc}; nothing written", file=sys.stderr)
        return 1
    now = _step(
        f"formatted {formatter.formatted} module(s) "
        f"({'whole' if args.check else 'the statements that need it'} through black; "
        f"{formatter.trusted} unchanged per manifest, {formatter.cached} from the cache)",
        now,
    )
    plan = compare(args.out, tree)
    out = _show(args.out)
    if not args.no_cache:
        try:
            formatter.save()
            parse_cache.save()
        except OSError as exc:  # a cache is never worth failing for
            print(f"warning: cannot save a cache: {exc}", file=sys.stderr)
    if args.check:
        for label, rels in (
            ("differs", plan.changed),
            ("missing", plan.missing),
            ("stale", plan.stale),
        ):
            for rel in rels:
                print(f"{label}: {out}/{rel}")
        _note_forged(args.out, rendered, plan.changed)
        _note_layout(args.out, rendered, plan.changed)
        elapsed = time.perf_counter() - started
        print(
            f"checked {len(api.methods)} methods, {len(tree)} files "
            f"({len(plan.changed)} differ, {len(plan.missing)} missing, {len(plan.stale)} stale) "
            f"in {elapsed:.2f}s"
        )
        return 1 if plan else 0
    written, removed = write(args.out, tree, plan)
    if stamp:
        try:
            stamp.save(digest, args.out, len(api.methods), tree)
        except OSError as exc:
            print(f"warning: cannot save the run's stamp: {exc}", file=sys.stderr)
    elapsed = time.perf_counter() - started
    print(
        f"generated {len(api.methods)} methods, {len(tree)} files "
        f"({written} written, {removed} removed) in {elapsed:.2f}s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
