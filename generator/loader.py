"""Read spec/: every ``**/*.yaml`` (sorted) plus ``_errors.yaml``, safely parsed."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .diagnostics import SpecError

__all__ = ["ERRORS_FILE", "Loaded", "SpecFile", "load_spec_dir"]

ERRORS_FILE = "_errors.yaml"

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
    problems: list[SpecError] = field(default_factory=list)


def _parse(path: Path, rel: str, problems: list[SpecError]) -> SpecFile | None:
    try:
        text = path.read_bytes().decode("utf-8-sig")
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
    return SpecFile(rel, data)


def load_spec_dir(spec_dir: Path) -> Loaded:
    """Parse every spec file under ``spec_dir``; problems are collected, not raised."""
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
        if name.startswith("_"):
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
        parsed = _parse(path, rel, loaded.problems)
        if parsed is not None:
            loaded.files.append(parsed)
    return loaded
