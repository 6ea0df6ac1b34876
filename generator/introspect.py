"""Facts about the hand-written runtime, read with :mod:`ast` (never imported)."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

__all__ = ["RuntimeInfo", "read_runtime"]


@dataclass(frozen=True)
class RuntimeInfo:
    root: Path
    """generator/runtime (or a stand-in in tests)."""
    exceptions: frozenset[str] | None
    """Classes defined in _core/errors.py; None when that file is missing."""
    core_all: tuple[str, ...] | None
    """The static ``__all__`` of _core/__init__.py; None when missing or not static."""
    client_names: frozenset[str]
    """Public attributes of the client and batch classes: a top-level
    namespace of the same name gets a trailing underscore (``call_``)."""


def _parse(path: Path) -> ast.Module | None:
    try:
        return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    except (OSError, SyntaxError, UnicodeDecodeError):
        return None


def _static_all(tree: ast.Module) -> tuple[str, ...] | None:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            try:
                value = ast.literal_eval(node.value)
            except ValueError:
                return None
            if isinstance(value, (list, tuple)) and all(
                isinstance(v, str) for v in value
            ):
                return tuple(value)
            return None
    return None


_BASES = ("ClientCore", "ClientBase", "BatchBase")


def _public_members(tree: ast.Module) -> set[str]:
    """Names defined in the class bodies of the client/batch bases, and
    ``self.<name> = ...`` attributes set in their methods."""
    names: set[str] = set()
    for cls in tree.body:
        if not isinstance(cls, ast.ClassDef) or not cls.name.endswith(_BASES):
            continue
        for stmt in cls.body:
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                names.add(stmt.name)
                for node in ast.walk(stmt):
                    targets: list[ast.expr] = []
                    if isinstance(node, ast.Assign):
                        targets = list(node.targets)
                    elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
                        targets = [node.target]
                    for target in targets:
                        if (
                            isinstance(target, ast.Attribute)
                            and isinstance(target.value, ast.Name)
                            and target.value.id == "self"
                        ):
                            names.add(target.attr)
            elif isinstance(stmt, ast.Assign):
                names.update(t.id for t in stmt.targets if isinstance(t, ast.Name))
            elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                names.add(stmt.target.id)
    return {name for name in names if not name.startswith("_")}


def read_runtime(root: Path) -> RuntimeInfo:
    core = root / "_core"
    errors = _parse(core / "errors.py")
    exceptions = (
        frozenset(n.name for n in errors.body if isinstance(n, ast.ClassDef))
        if errors is not None
        else None
    )
    init = _parse(core / "__init__.py")
    core_all = _static_all(init) if init is not None else None
    client_names: set[str] = {"batch"}
    for name in ("client.py", "batch.py"):
        tree = _parse(core / name)
        if tree is not None:
            client_names |= _public_members(tree)
    return RuntimeInfo(root, exceptions, core_all, frozenset(client_names))
