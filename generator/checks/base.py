"""What every spec-file check shares: the problem list and typed getters.

A getter reports a problem (file, key path, what, expected) and returns None
when the value is unusable, so a check goes on and reports everything.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import re
from typing import Any

from ..diagnostics import SpecError
from ..introspect import RuntimeInfo
from ..model import TypeRef
from .typeexpr import TYPE_EXPECTED, parse_type

__all__ = ["REQUIRED_EXPECTED", "Checker", "clean_text", "got", "kind_of", "one_of"]

REQUIRED_EXPECTED = "true, false or unknown"


def kind_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "mapping"
    if isinstance(value, (_dt.date, _dt.datetime)):
        return "date"
    return type(value).__name__


def got(value: Any) -> str:
    kind = kind_of(value)
    if isinstance(value, (list, dict)):
        return f"got a {kind}"
    if value is None:
        return "got null"
    text = repr(value) if isinstance(value, str) else str(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return f"got {kind} {text}"


def one_of(options: tuple[str, ...] | list[str]) -> str:
    return "one of: " + ", ".join(sorted(options))


def clean_text(text: str) -> str:
    """Strip the text and the end of each line; keep the inner layout."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()


class Checker:
    """The problems of one file, and getters that report into them."""

    def __init__(self, rel: str, runtime: RuntimeInfo) -> None:
        self.rel = rel
        self.runtime = runtime
        self.problems: list[SpecError] = []
        self.refs: list[tuple[str, str]] = []
        """(key path, type name) of every named type the file mentions."""

    def err(self, path: str, what: str, expected: str) -> None:
        self.problems.append(SpecError(self.rel, path, what, expected))

    # typed getters: report and return None when the value is unusable

    def unknown_keys(
        self, data: dict[Any, Any], allowed: tuple[str, ...], prefix: str
    ) -> None:
        for key in data:
            if key in allowed:
                continue
            where = f"{prefix}{key}" if isinstance(key, str) else f"{prefix}{key!r}"
            hint = ""
            if isinstance(key, str):
                close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.75)
                if close:
                    hint = f", did you mean {close[0]!r}?"
            self.err(where, f"unknown key{hint}", one_of(allowed))

    def string(
        self,
        data: dict[str, Any],
        key: str,
        path: str,
        *,
        required: bool,
        expected: str,
    ) -> str | None:
        if key not in data:
            if required:
                self.err(path, "missing required key", expected)
            return None
        value = data[key]
        if not isinstance(value, str):
            if isinstance(value, bool):
                expected += "; quote it: YAML reads yes/no/on/off as booleans"
            self.err(path, f"wrong value type: {got(value)}", expected)
            return None
        return value

    def boolean(self, data: dict[str, Any], key: str, path: str) -> bool | None:
        if key not in data:
            return None
        value = data[key]
        if not isinstance(value, bool):
            self.err(
                path, f"wrong value type: {got(value)}", "a boolean: true or false"
            )
            return None
        return value

    def type_expr(
        self, data: dict[str, Any], key: str, path: str, *, required: bool
    ) -> TypeRef | None:
        text = self.string(
            data, key, path, required=required, expected=f"a type: {TYPE_EXPECTED}"
        )
        if text is None:
            return None
        ref, problems = parse_type(text)
        for problem in problems:
            self.err(path, problem, TYPE_EXPECTED)
        if ref is not None:
            self.refs.extend((path, name) for name in sorted(ref.named()))
        return ref

    def text(self, data: dict[str, Any], key: str, *, required: bool) -> str | None:
        expected = "a one-line string" if key == "summary" else "a string"
        value = self.string(data, key, key, required=required, expected=expected)
        return clean_text(value) if value is not None else None

    def required(self, item: dict[str, Any], path: str) -> bool | str | None:
        """``required``: true, false or "unknown" (None when absent or wrong)."""
        if "required" not in item:
            return None
        value = item["required"]
        if isinstance(value, bool) or value == "unknown":
            return value  # type: ignore[no-any-return]
        self.err(path, f"wrong value type: {got(value)}", REQUIRED_EXPECTED)
        return None

    def source(self, data: dict[str, Any]) -> str | None:
        """``source``: the docs page, relative to the docs root."""
        source = self.string(
            data,
            "source",
            "source",
            required=False,
            expected="the docs page path, e.g. api-reference/crm/deals/crm-deal-add.md",
        )
        if source is not None and (
            not source.endswith(".md")
            or source.startswith("/")
            or ".." in source.split("/")
            or re.search(r"\s", source)
        ):
            self.err(
                "source",
                f"not a docs page path: {source!r}",
                "a relative path ending in .md, e.g. api-reference/crm/deals/crm-deal-add.md",
            )
        return source

    def docs(self, data: dict[str, Any], *, required: bool) -> str | None:
        """``docs``: the official page's https URL."""
        docs = self.string(
            data,
            "docs",
            "docs",
            required=required,
            expected="an https:// URL of the official docs page",
        )
        if docs is not None and (
            not docs.startswith("https://") or re.search(r"\s", docs)
        ):
            self.err(
                "docs",
                f"not an https URL: {docs!r}",
                "an https:// URL of the official docs page",
            )
        return docs
