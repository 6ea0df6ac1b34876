"""The output tree: build it in memory, compare it with the disk, write the difference.

Managed roots under the output directory are ``b24client/`` and ``docs/``,
plus the formatting manifest beside them (``manifest.json``); anything else
there (an egg-info, a .gitignore) is left alone, and so are ``__pycache__``
directories and ``*.pyc`` files inside the roots.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .formatting import MANIFEST, Formatter, manifest_text, read_manifest, trusted_files
from .render import PACKAGE

__all__ = [
    "ROOTS",
    "Plan",
    "EmitError",
    "build_tree",
    "compare",
    "mirror_runtime",
    "write",
]

ROOTS = (PACKAGE, "docs")


class EmitError(Exception):
    """The output tree cannot be assembled (a runtime file collides with a generated one)."""


def _ignored(parts: tuple[str, ...]) -> bool:
    return "__pycache__" in parts or parts[-1].endswith(".pyc")


def mirror_runtime(runtime_dir: Path) -> dict[str, bytes]:
    """Every file below the runtime directory, verbatim, keyed ``b24client/<rel>``."""
    files: dict[str, bytes] = {}
    if not runtime_dir.is_dir():
        raise EmitError(f"runtime directory {runtime_dir} does not exist")
    for path in sorted(runtime_dir.rglob("*")):
        rel = path.relative_to(runtime_dir).parts
        if _ignored(rel) or not path.is_file():
            continue
        files["/".join((PACKAGE,) + rel)] = path.read_bytes()
    return files


def build_tree(
    rendered: dict[str, str],
    runtime_dir: Path,
    formatter: Formatter,
    jobs: int = 1,
    *,
    trust: Path | None = None,
    announce: Callable[[int, int], None] | None = None,
    whole: bool = False,
) -> dict[str, bytes]:
    """The complete output: generated files formatted, the runtime copy, and
    the manifest.  With ``trust`` (an output directory), modules its manifest
    vouches for are taken from there instead of formatted again.  black sees
    the statements that need it, or (``whole``) every whole module."""
    tree = mirror_runtime(runtime_dir)
    for rel in rendered:
        if rel in tree:
            raise EmitError(
                f"generator/runtime/{rel.split('/', 1)[1]} collides with a generated file"
            )
    sources = {r: t for r, t in rendered.items() if r.endswith(".py")}
    trusted = (
        {}
        if trust is None
        else trusted_files(read_manifest(trust / MANIFEST), sources, trust)
    )
    python = formatter.format_all(
        sources, jobs, trusted=trusted, announce=announce, whole=whole
    )
    for rel, text in rendered.items():
        tree[rel] = python.get(rel, text).encode("utf-8")
    tree[MANIFEST] = manifest_text(sources, python).encode("utf-8")
    return dict(sorted(tree.items()))


def existing_files(out_dir: Path) -> dict[str, Path]:
    """The output files already under the roots this generator owns."""
    found: dict[str, Path] = {}
    for root in ROOTS:
        base = out_dir / root
        if not base.is_dir():
            continue
        for path in base.rglob("*"):
            rel = path.relative_to(out_dir).parts
            if _ignored(rel) or path.is_dir():
                continue
            found["/".join(rel)] = path
    return found


@dataclass
class Plan:
    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.changed or self.missing or self.stale)


def compare(out_dir: Path, tree: dict[str, bytes]) -> Plan:
    existing = existing_files(out_dir)
    plan = Plan()
    for rel, data in tree.items():
        path = existing.get(rel) if rel.split("/")[0] in ROOTS else out_dir / rel
        if path is None or not os.path.lexists(path):
            plan.missing.append(rel)
        else:
            try:
                same = path.is_file() and path.read_bytes() == data
            except OSError:
                same = False
            if not same:
                plan.changed.append(rel)
    plan.stale = sorted(rel for rel in existing if rel not in tree)
    return plan


def _write_file(path: Path, data: bytes) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def write(out_dir: Path, tree: dict[str, bytes], plan: Plan) -> tuple[int, int]:
    """Apply a plan from :func:`compare`; returns (files written, files removed)."""
    for rel in plan.changed + plan.missing:
        _write_file(out_dir / rel, tree[rel])
    for rel in plan.stale:
        (out_dir / rel).unlink()
    # Directories no output file lives in anymore go, with their caches.
    needed = {
        "/".join(parts[:i])
        for parts in (rel.split("/") for rel in tree)
        for i in range(1, len(parts))
    }
    for root in ROOTS:
        base = out_dir / root
        if not base.is_dir():
            continue
        dirs = [p for p in base.rglob("*") if p.is_dir() and not p.is_symlink()]
        for path in sorted(dirs, key=lambda p: len(p.parts), reverse=True):
            parts = path.relative_to(out_dir).parts
            if "__pycache__" in parts or "/".join(parts) in needed or not path.exists():
                continue
            shutil.rmtree(path)
    return len(plan.changed) + len(plan.missing), len(plan.stale)
