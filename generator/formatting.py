"""black, in process, and the two records that let a run skip it.

black's output depends only on its input text, its version and its mode.
A generation run gives it only the statements that need it (see
:mod:`generator.blackspots`: the templates write black's layout); ``--check``
gives it every whole module, which proves the rest.

- The local cache (build/generator/black-cache.json) maps sha256(version,
  mode, how much black saw, source) to the formatted text.  Only black's own
  output goes in, so ``--check`` may use it; it keeps the entries of the
  current sources and is a pure speed-up (delete it at will; pass ``None``
  to do without).
- The committed manifest (generated/manifest.json) records, per module, the
  sha256 of the rendered text and of the file made of it, under one black
  version and mode.  A fresh clone has no cache, so a run trusts a module on
  disk whose rendered text and file both still match their hashes.
  ``--check`` never trusts it: it formats, and requires the manifest to be
  exactly what a run writes, so a stale or edited manifest fails the check.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import black

from . import blackspots

__all__ = [
    "BLACK_VERSION",
    "MANIFEST",
    "MODE",
    "MODE_TEXT",
    "Formatter",
    "FormatError",
    "format_spots",
    "manifest_text",
    "read_manifest",
    "trusted_files",
]

MODE = black.Mode(
    target_versions={black.TargetVersion.PY311}, line_length=88  # type: ignore[attr-defined]
)
BLACK_VERSION: str = black.__version__  # type: ignore[attr-defined]
MANIFEST = "manifest.json"
_CACHE_VERSION = 2
_KINDS = ("whole", "spots")
"""The cache's two tables: black's text of whole modules (``--check``) and
of modules where it saw only the statements that need it (a run)."""

Manifest = dict[str, tuple[str, str]]
"""Module path -> (sha256 of its rendered text, sha256 of its formatted file)."""


def _describe(mode: black.Mode) -> str:
    """Every field of the mode, sets sorted: the same text in every process."""
    parts = []
    for item in dataclasses.fields(mode):
        value = getattr(mode, item.name)
        if isinstance(value, (set, frozenset)):
            value = sorted(getattr(v, "name", str(v)) for v in value)
        parts.append(f"{item.name}={value}")
    return ", ".join(parts)


MODE_TEXT = _describe(MODE)
_SALT = f"black {BLACK_VERSION}; {MODE_TEXT}\n"
_ABOUT = (
    "Written by python -m generator; do not edit. Per generated module: sha256 of "
    "the rendered text, sha256 of the file black made of it (this black, this mode). "
    "A run trusts a module whose two hashes still match instead of formatting it "
    "again; --check trusts nothing and needs this file to be exactly what a run writes."
)


class FormatError(Exception):
    """black could not parse a generated module: a generator bug."""


def _text_digest(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()


def _key(source: str) -> str:
    return _text_digest(_SALT + source)


def _format_str(source: str) -> str:
    return black.format_str(source, mode=MODE)


def _black(source: str) -> str | Exception:
    """The whole module through black."""
    try:
        return _format_str(source)
    except (
        Exception
    ) as exc:  # black raises several kinds; report, do not crash the pool
        return FormatError(str(exc))


def format_spots(source: str) -> str:
    """The module as a run writes it: black on the statements that need it."""
    return blackspots.format_spots(source, _format_str)


def _black_spots(source: str) -> str | Exception:
    try:
        return format_spots(source)
    except Exception as exc:  # as in _black, and ast's SyntaxError
        return FormatError(str(exc))


def read_manifest(path: Path) -> Manifest:
    """The manifest's entries; none when it is missing, unreadable, malformed,
    or was written under another black version or mode."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict):
        return {}
    files = data.get("files")
    if (
        data.get("black") != BLACK_VERSION
        or data.get("mode") != MODE_TEXT
        or not isinstance(files, dict)
    ):
        return {}
    return {
        rel: (entry[0], entry[1])
        for rel, entry in files.items()
        if isinstance(entry, list)
        and len(entry) == 2
        and all(isinstance(h, str) for h in entry)
    }


def trusted_files(
    manifest: Manifest, sources: dict[str, str], out_dir: Path
) -> dict[str, str]:
    """The modules black need not see: the manifest's entry has the hash of
    today's rendered text, and the file under ``out_dir`` has the hash the
    entry says black made of it (so the file is that output)."""
    trusted: dict[str, str] = {}
    for rel, source in sources.items():
        entry = manifest.get(rel)
        if entry is None or entry[0] != _text_digest(source):
            continue
        try:
            data = (out_dir / rel).read_bytes()
            if hashlib.sha256(data).hexdigest() == entry[1]:
                trusted[rel] = data.decode("utf-8")
        except (OSError, UnicodeDecodeError):
            continue
    return trusted


def manifest_text(sources: dict[str, str], formatted: dict[str, str]) -> str:
    """The manifest for these modules: sorted, one line per module, so the
    same inputs give the same bytes and a diff shows which modules changed."""
    rows = [
        f"    {json.dumps(rel)}: "
        f'["{_text_digest(source)}", "{_text_digest(formatted[rel])}"]'
        for rel, source in sorted(sources.items())
    ]
    files = "{\n" + ",\n".join(rows) + "\n  }" if rows else "{}"
    return (
        "{\n"
        f'  "about": {json.dumps(_ABOUT)},\n'
        f'  "black": {json.dumps(BLACK_VERSION)},\n'
        f'  "mode": {json.dumps(MODE_TEXT)},\n'
        f'  "files": {files}\n'
        "}\n"
    )


class Formatter:
    def __init__(self, cache_file: Path | None = None) -> None:
        self.cache_file = cache_file
        self._old: dict[str, dict[str, str]] = {}
        self._used: dict[str, dict[str, str]] = {}
        self.trusted = 0
        self.cached = 0
        self.formatted = 0
        if cache_file is not None:
            try:
                data = json.loads(cache_file.read_text(encoding="utf-8"))
                if isinstance(data, dict) and data.get("version") == _CACHE_VERSION:
                    entries = data.get("entries")
                    if isinstance(entries, dict):
                        self._old = {
                            kind: table
                            for kind, table in entries.items()
                            if kind in _KINDS and isinstance(table, dict)
                        }
            except (OSError, ValueError, RecursionError):
                pass

    def format_all(
        self,
        sources: dict[str, str],
        jobs: int = 1,
        *,
        trusted: dict[str, str] | None = None,
        announce: Callable[[int, int], None] | None = None,
        whole: bool = True,
    ) -> dict[str, str]:
        """Every module (path -> source) formatted.  ``trusted`` modules (path
        -> formatted text, see :func:`trusted_files`) are taken as they are;
        the rest come from the cache, or from black in ``jobs`` processes,
        after ``announce(modules, processes)``: on each whole module, or
        (``whole=False``) on the statements that need it."""
        trusted = trusted or {}
        kind = "whole" if whole else "spots"
        old = self._old.get(kind, {})
        used = self._used.setdefault(kind, {})
        keys = {path: _key(source) for path, source in sources.items()}
        out: dict[str, str] = {}
        todo: dict[str, str] = {}
        self.trusted = self.cached = 0
        for path, key in keys.items():
            cached = used.get(key, old.get(key))
            if isinstance(cached, str):  # kept, never replaced by what we trust
                used[key] = cached
            if path in trusted:
                out[path] = trusted[path]
                self.trusted += 1
            elif isinstance(cached, str):
                out[path] = cached
                self.cached += 1
            elif key not in todo:
                todo[key] = path
        self.formatted = len(sources) - self.trusted - self.cached
        # Biggest first, so the processes finish together.
        order = sorted(todo, key=lambda k: (-len(sources[todo[k]]), todo[k]))
        texts = [sources[todo[k]] for k in order]
        big = len(texts) >= 8 and sum(map(len, texts)) >= 200_000
        processes = min(jobs, len(texts)) if jobs > 1 and big else 1
        if texts and announce is not None:
            announce(len(texts), processes)
        work = _black if whole else _black_spots
        if processes > 1:
            context = multiprocessing.get_context(
                "fork" if "fork" in multiprocessing.get_all_start_methods() else None
            )
            with ProcessPoolExecutor(processes, mp_context=context) as pool:
                results = list(pool.map(work, texts, chunksize=1))
        else:
            results = [work(text) for text in texts]
        for key, result in zip(order, results, strict=False):
            if isinstance(result, Exception):
                raise FormatError(
                    f"black cannot format generated {todo[key]}: {result}"
                )
            used[key] = result
        for path, key in keys.items():
            if path not in out:
                out[path] = used[key]
        return out

    def save(self) -> None:
        """Store the entries of this run's sources (when they differ from the
        file's); a table this run did not use stays as it was."""
        tables = {
            kind: self._used.get(kind, self._old.get(kind, {})) for kind in _KINDS
        }
        if self.cache_file is None or tables == self._old:
            return
        self.cache_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.cache_file.with_name(f".{self.cache_file.name}.{os.getpid()}.tmp")
        tmp.write_text(
            json.dumps({"version": _CACHE_VERSION, "entries": tables}, sort_keys=True),
            encoding="utf-8",
        )
        os.replace(tmp, self.cache_file)
