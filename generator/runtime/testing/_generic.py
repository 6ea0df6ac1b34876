# Source: generator/runtime/testing/_generic.py (hand-written; copied into the package by make generate).
"""Answers for every spec'd method that has no hand-written handler.

The generated ``b24client._catalog`` lists each method's return type and
required parameters. A catalog method called on the fake portal checks that
its required parameters are present and answers with a small value of its
return type, so a smoke test can call every generated method. Hand-written
handlers (the deal/contact semantics) always win over these answers.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._wire import has_param

__all__ = ["CatalogEntry", "catalog", "sample", "missing_params", "is_array"]

_SAMPLES: dict[str, Any] = {
    "integer": 1,
    "string": "text",
    "boolean": True,
    "flag": True,
    "number": 1.5,
    "date": "2024-01-02",
    "datetime": "2024-01-02T03:04:05+03:00",
    "file": ["file.txt", "ZmFrZQ=="],
}


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    """One row of ``b24client._catalog.METHODS``."""

    name: str
    returns: str
    required: tuple[str, ...]
    params: tuple[str, ...]
    pagination: str
    api: int
    idempotent: bool

    @property
    def write(self) -> bool:
        """Counted as a write in the stats: a call that is not safe to repeat."""
        return not self.idempotent


@functools.cache
def catalog() -> tuple[Mapping[str, CatalogEntry], Mapping[str, CatalogEntry]]:
    """``(classic, rest_v3)`` entries keyed by lower-case name; read once.

    Rows go by their ``api`` field; a ``METHODS_V3`` table, when the catalog
    has one, holds REST 3.0 methods whose names a classic method also uses.
    Empty when the package has no catalog (a bare runtime checkout).
    """
    try:
        from .. import _catalog
    except ImportError:  # pragma: no cover - the generated package always has it
        return {}, {}
    classic: dict[str, CatalogEntry] = {}
    rest_v3: dict[str, CatalogEntry] = {}
    tables: list[Mapping[str, tuple[Any, ...]]] = [
        _catalog.METHODS,
        getattr(_catalog, "METHODS_V3", {}),
    ]
    for rows in tables:
        for name, row in rows.items():
            entry = CatalogEntry(str(name), *row)
            (rest_v3 if entry.api == 3 else classic)[entry.name.lower()] = entry
    return classic, rest_v3


def _members(expr: str) -> list[str]:
    return [member.strip() for member in expr.split("|") if member.strip()]


def is_array(expr: str) -> bool:
    """Whether a type expression's first member is an array (``T[]``)."""
    members = _members(expr)
    return bool(members) and members[0].endswith("[]")


def boolean_only(expr: str) -> bool:
    return _members(expr) in (["boolean"], ["flag"])


def sample(expr: str) -> Any:
    """A small value of a type expression: its first member; arrays hold one item."""
    members = _members(expr)
    if not members:
        return None
    first = members[0]
    if first.endswith("[]"):
        return [sample(first[:-2])]
    if first == "object":
        return {"ID": 1}
    if first == "any":
        return {}
    return _SAMPLES.get(first)


def missing_params(entry: CatalogEntry, params: Mapping[str, Any]) -> list[str]:
    """The required parameters of ``entry`` not present in ``params``."""
    return [name for name in entry.required if not has_param(params, name)]
