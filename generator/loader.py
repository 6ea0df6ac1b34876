"""Read spec/: every ``**/*.yaml`` (sorted), ``_errors.yaml``, the named types
under ``_types/`` and our own words under ``_prose/`` (laid over the files
they describe, see :mod:`generator.prose`), safely parsed."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .diagnostics import SpecError
from .prose import PROSE_DIR, apply_prose

__all__ = [
    "ERRORS_FILE",
    "TYPES_DIR",
    "Loaded",
    "ParseCache",
    "SpecFile",
    "load_spec_dir",
]

ERRORS_FILE = "_errors.yaml"
TYPES_DIR = "_types"
"""spec/_types/<scope>/<TypeName>.yaml: one named type per file."""

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[misc]
    """The safe loader (libyaml when available) that also records duplicate keys."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates: list[tuple[int, str]] = []


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[tuple[str, str]] = set()
    for key_node, _ in node.value:
        if (
            isinstance(key_node, yaml.ScalarNode)
            and key_node.tag != "tag:yaml.org,2002:merge"
        ):
            key = (key_node.tag, key_node.value)
            if key in seen:
                loader.duplicates.append((key_node.start_mark.line + 1, key_node.value))
            seen.add(key)
    return loader.construct_mapping(node, deep=True)  # type: ignore[no-any-return]


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


@dataclass(frozen=True)
class SpecFile:
    rel: str
    """Path relative to spec/, posix separators."""
    data: Any


@dataclass
class Loaded:
    files: list[SpecFile] = field(default_factory=list)
    """Method specs that parsed, sorted by path."""
    errors_file: SpecFile | None = None
    """spec/_errors.yaml, when present and parsed."""
    type_files: list[SpecFile] = field(default_factory=list)
    """Named types (spec/_types/**.yaml) that parsed, sorted by path."""
    problems: list[SpecError] = field(default_factory=list)


class ParseCache:
    """Parsed spec files keyed by sha256 of their bytes, stored as JSON.

    Parsing YAML is most of a no-op run's loading time; a file whose bytes are
    unchanged parses to the same data.  Only files that parsed cleanly into
    JSON-representable data are cached; problems are never cached.  A pure
    speed-up: delete the file at will.
    """

    VERSION = 1

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.old: dict[str, Any] = {}
        self.used: dict[str, Any] = {}
        if path is not None:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(data, dict) and data.get("version") == self.VERSION:
                    entries = data.get("entries")
                    if isinstance(entries, dict):
                        self.old = entries
            except (OSError, ValueError):
                pass

    def get(self, key: str) -> tuple[bool, Any]:
        if key in self.old:
            self.used[key] = self.old[key]
            return True, self.old[key]
        return False, None

    def put(self, key: str, data: Any) -> None:
        try:
            if json.loads(json.dumps(data)) != data:
                return
        except (TypeError, ValueError):
            return
        self.used[key] = data

    def save(self) -> None:
        if self.path is None or self.used == self.old:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        tmp.write_text(
            json.dumps({"version": self.VERSION, "entries": self.used}, sort_keys=True),
            encoding="utf-8",
        )
        os.replace(tmp, self.path)


def _parse(
    path: Path, rel: str, problems: list[SpecError], cache: ParseCache | None = None
) -> SpecFile | None:
    raw = path.read_bytes()
    key = ""
    if cache is not None:
        key = hashlib.sha256(raw).hexdigest()
        hit, data = cache.get(key)
        if hit:
            return SpecFile(rel, data)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problems.append(
            SpecError(
                rel, f"byte {exc.start}", "the file is not valid UTF-8", "UTF-8 text"
            )
        )
        return None
    loader = _Loader(text)
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "line ?"
        what = " ".join(str(exc.problem or exc.context or "syntax error").split())
        problems.append(SpecError(rel, where, f"invalid YAML: {what}", "valid YAML"))
        return None
    except yaml.YAMLError as exc:
        what = " ".join(str(exc).split())
        problems.append(SpecError(rel, "line ?", f"invalid YAML: {what}", "valid YAML"))
        return None
    finally:
        loader.dispose()
    for line, key in loader.duplicates:
        problems.append(
            SpecError(
                rel,
                f"line {line}",
                f"duplicate key {key!r}",
                "each key once per mapping",
            )
        )
    if loader.duplicates:
        return None
    if cache is not None:
        cache.put(key, data)
    return SpecFile(rel, data)


def load_spec_dir(spec_dir: Path, cache: ParseCache | None = None) -> Loaded:
    """Parse every spec file under ``spec_dir``; problems are collected, not raised.

    With a :class:`ParseCache`, files whose bytes it has seen are not parsed
    again (the caller saves the cache)."""
    loaded = Loaded()
    if not spec_dir.is_dir():
        loaded.problems.append(
            SpecError(
                ".",
                "<directory>",
                f"{spec_dir} is not a directory",
                "the spec directory",
            )
        )
        return loaded
    candidates: list[tuple[str, Path]] = []
    prose: list[tuple[str, Any]] = []
    for path in spec_dir.rglob("*"):
        rel_parts = path.relative_to(spec_dir).parts
        if any(part.startswith(".") for part in rel_parts) or not path.is_file():
            continue
        candidates.append(("/".join(rel_parts), path))
    for rel, path in sorted(candidates):
        if rel == ERRORS_FILE:
            loaded.errors_file = _parse(path, rel, loaded.problems)
            continue
        name = path.name
        in_types = rel.startswith(TYPES_DIR + "/")
        in_prose = rel.startswith(PROSE_DIR + "/")
        if name.startswith("_") and not in_types:
            continue
        if name.endswith(".yml"):
            loaded.problems.append(
                SpecError(
                    rel, "<file>", "spec file with a .yml extension", "<method>.yaml"
                )
            )
            continue
        if not name.endswith(".yaml"):
            continue
        parsed = _parse(path, rel, loaded.problems, cache)
        if parsed is None:
            continue
        if in_prose:
            prose.append((parsed.rel, parsed.data))
        else:
            (loaded.type_files if in_types else loaded.files).append(parsed)
    replaced, problems = apply_prose(
        prose,
        {f.rel: f.data for f in loaded.files},
        {f.rel: f.data for f in loaded.type_files},
        TYPES_DIR,
    )
    loaded.problems.extend(problems)
    for files in (loaded.files, loaded.type_files):
        files[:] = [SpecFile(f.rel, replaced.get(f.rel, f.data)) for f in files]
    return loaded
