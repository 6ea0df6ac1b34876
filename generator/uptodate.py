"""The no-op run: when nothing that shapes the output changed, do nothing.

A run that changes nothing still loads, validates and renders 1,670 methods
(seconds).  After each run that wrote the output, a stamp beside the black
cache records a digest of every input (the spec files, the generator's own
files with its templates and runtime, black's and Python's versions, the
paths given) and the state of every output file (size, mtime, inode).  The
next run that finds the same digest and the same output files answers from
the stamp.  Anything else (an edited spec, a template, a file touched or
removed in generated/, a new file there) is a full run, so the stamp can only
ever spare work, never hide a change.  ``--check`` and ``--no-cache`` never
use it: they trust nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

from .emit import ROOTS, existing_files
from .formatting import BLACK_VERSION

__all__ = ["Stamp", "inputs_digest"]

_GENERATOR = Path(__file__).resolve().parent


def _files(base: Path) -> list[Path]:
    if not base.is_dir():
        return []
    return sorted(
        p
        for p in base.rglob("*")
        if "__pycache__" not in p.parts and p.is_file() and not p.is_symlink()
    )


def inputs_digest(spec_dir: Path, runtime_dir: Path, out_dir: Path) -> str:
    digest = hashlib.sha256()
    for part in (BLACK_VERSION, sys.version, spec_dir, runtime_dir, out_dir):
        digest.update(f"{part}\0".encode())
    for base in (spec_dir, _GENERATOR, runtime_dir):
        for path in _files(base):
            digest.update(f"{path.relative_to(base).as_posix()}\0".encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _output_state(out_dir: Path, rels: list[str]) -> list[Any]:
    state: list[Any] = []
    for rel in rels:
        try:
            st = (out_dir / rel).lstat()
        except OSError:
            return []
        state.append([rel, st.st_size, st.st_mtime_ns, st.st_ino])
    return state


class Stamp:
    """The last run's inputs digest and output state, in one JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def unchanged(self, digest: str, out_dir: Path) -> tuple[int, int] | None:
        """(methods, files) of the last run when nothing changed since, else None."""
        data = self._read()
        rels = data.get("files")
        if data.get("inputs") != digest or not isinstance(rels, list):
            return None
        if set(existing_files(out_dir)) != {
            r for r in rels if r.split("/")[0] in ROOTS
        }:
            return None  # a file was added or removed under generated/
        if _output_state(out_dir, rels) != data.get("state"):
            return None
        return int(data.get("methods", 0)), len(rels)

    def save(
        self, digest: str, out_dir: Path, methods: int, tree: dict[str, bytes]
    ) -> None:
        rels = sorted(tree)
        data = {
            "inputs": digest,
            "methods": methods,
            "files": rels,
            "state": _output_state(out_dir, rels),
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, self.path)
