"""Example calls with realistic values, for the docs pages and the docstrings.

An example fills every required parameter and every required key of an
object parameter (the first documented way to call, when there are
several); an object with no required key gets its first few scalar keys,
so that ``crm.deal.add`` shows a title rather than ``fields={}``.  Values
come from the types and the names: the first allowed value of an
enumeration, an ID for ``*_ID`` keys, an e-mail address for ``EMAIL``, an
ISO 8601 date for dates.  The test suite runs every example against the
bundled fake portal (tests/e2e/test_examples.py).
"""

from __future__ import annotations

import re

from .filters import pyrepr
from .model import Field, Method, Param, TypeDef, TypeRef, Value

__all__ = ["WEBHOOK", "example_args", "needed_params"]

WEBHOOK = "https://example.bitrix24.com/rest/1/WEBHOOK_SECRET/"
"""The webhook URL the examples show (the test swaps in the fake portal's)."""

_SCALARS = {
    "integer": "1",
    "boolean": "True",
    "flag": "True",
    "number": "1.5",
    "date": '"2025-01-31"',
    "datetime": '"2025-01-31T10:00:00+03:00"',
    "file": '("report.pdf", "JVBERi0xLjQK")',
    "any": '"value"',
    "object": "{}",
    "null": "None",
}

_STRINGS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), value)
    for pattern, value in (
        (r"e-?mail", "anna.smith@example.com"),
        (r"phone|mobile", "+15550100"),
        (r"url|link|href|handler|domain|site", "https://example.com/hook"),
        (r"time_?zone|(^|_)tz$", "Europe/Berlin"),
        (
            r"(^|_)(date|time)|_at$|deadline|(^|_)(from|to)$",
            "2025-01-31T10:00:00+03:00",
        ),
        (r"currency", "USD"),
        (r"(^|_)lang|language", "en"),
        (r"last_?name|surname", "Smith"),
        (r"second_?name", "Lee"),
        (r"(^|_)name$|^name|first_?name|login", "Anna"),
        (r"title|subject|caption|label", "Kick-off call"),
        (r"comment|description|text|message|body|note", "Please call back after 3 pm."),
        (r"color|colour", "#1e90ff"),
        (r"code|xml_?id|slug|key", "example_code"),
        (r"entity_?type|owner_?type", "CRM_DEAL"),
        (r"status|stage", "NEW"),
        (r"(^|_)ids?$|id$", "1"),
        (r"filename|file_?name", "report.pdf"),
    )
)

_NUMBERS = re.compile(r"price|amount|sum|opportunity|cost|total", re.IGNORECASE)
_COUNTS = re.compile(r"limit|count|size|per_?page|days", re.IGNORECASE)

_FIRST_WORDS = ["title", "subject", "name", "last_name", "email", "phone", "comment"]
_FIRST = re.compile("|".join(_FIRST_WORDS), re.IGNORECASE)
_SHOWN_KEYS = 2
"""Keys an example shows of an object that requires none."""


def _rank(name: str) -> int:
    """Where a key comes among those an example shows: the words that name a
    record first, the rest in the spec's order (sorting is stable)."""
    match = _FIRST.search(name)
    return _FIRST_WORDS.index(match.group(0).lower()) if match else len(_FIRST_WORDS)


def _string(name: str) -> str:
    for pattern, value in _STRINGS:
        if pattern.search(name):
            return pyrepr(value)
    return pyrepr("example")


def _scalar(name: str, kind: str) -> str:
    if kind == "string":
        return _string(name)
    if kind == "integer" and _COUNTS.search(name):
        return "10"
    if kind == "number" and _NUMBERS.search(name):
        return "100.0"
    return _SCALARS.get(kind, "{}")


def _object(fields: tuple[Field, ...], types: dict[str, TypeDef], depth: int) -> str:
    chosen = [f for f in fields if f.required]
    if not chosen:
        scalar = [
            f
            for f in fields
            if f.type.kind == "base"
            and f.type.name in ("string", "integer", "number", "date", "datetime")
            and f.name.upper() != "ID"
        ]
        scalar.sort(key=lambda f: _rank(f.name))
        chosen = scalar[:_SHOWN_KEYS]
    keys = [
        f"{pyrepr(f.name)}: {_value(f.name, f.type, types, f.shape, f.values, depth + 1)}"
        for f in chosen
    ]
    return "{" + ", ".join(keys) + "}"


def _value(
    name: str,
    ref: TypeRef,
    types: dict[str, TypeDef],
    shape: str = "",
    values: tuple[Value, ...] = (),
    depth: int = 0,
) -> str:
    if ref.kind == "union":
        items = [i for i in ref.items if not (i.kind == "base" and i.name == "null")]
        return _value(name, (items or list(ref.items))[0], types, shape, values, depth)
    if ref.kind == "array":
        return f"[{_value(name, ref.items[0], types, shape, values, depth)}]"
    typed = ref.name if ref.kind == "named" else shape if ref.name == "object" else ""
    if typed and typed in types:
        return _object(types[typed].fields, types, depth) if depth < 3 else "{}"
    if values and ref.name in ("string", "integer", "number"):
        first = values[0]
        return pyrepr(first) if isinstance(first, str) else str(first)
    return _scalar(name, ref.name)


def needed_params(method: Method) -> list[Param]:
    """The parameters an example passes: the required ones, those of the first
    documented way to call, and a ``fields`` object whose keys are known
    (what ``*.add`` and ``*.update`` are for, even when the docs require
    none of it)."""
    first = set(method.alternatives[0]) if method.alternatives else set()
    return [
        p
        for p in method.params
        if p.required
        or p.name in first
        or (p.name.lower() == "fields" and (p.fields or p.type.kind == "named"))
    ]


def example_args(method: Method, types: dict[str, TypeDef]) -> str:
    """``name=value, ...`` for an example call of ``method``."""
    return ", ".join(
        f"{p.python_name}={_value(p.name, p.type, types, p.shape, p.values)}"
        for p in needed_params(method)
    )
