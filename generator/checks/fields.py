"""The documented keys of an object (``fields:``), recursive."""

from __future__ import annotations

from typing import Any

from ..model import Field
from .base import Checker, clean_text, got

__all__ = ["FIELD_KEYS", "MAX_FIELD_DEPTH", "check_fields"]

FIELD_KEYS = ("description", "doc_type", "fields", "name", "required", "type")
MAX_FIELD_DEPTH = 8


def check_fields(
    check: Checker, item: dict[str, Any], path: str, depth: int
) -> tuple[Field, ...] | None:
    """The documented keys of an object parameter (recursive); None on a problem."""
    if "fields" not in item:
        return ()
    value = item["fields"]
    expected = "a list of field mappings with name, type, required, description"
    if not isinstance(value, list):
        check.err(path, f"wrong value type: {got(value)}", expected)
        return None
    if depth >= MAX_FIELD_DEPTH:
        check.err(
            path, f"nested deeper than {MAX_FIELD_DEPTH} levels", "flatter fields"
        )
        return None
    out: list[Field] = []
    seen: dict[str, int] = {}
    ok = True
    for i, entry in enumerate(value):
        prefix = f"{path}[{i}]"
        if not isinstance(entry, dict):
            check.err(prefix, f"wrong value type: {got(entry)}", expected)
            ok = False
            continue
        before = len(check.problems)
        check.unknown_keys(entry, FIELD_KEYS, prefix + ".")
        name = check.string(
            entry,
            "name",
            prefix + ".name",
            required=True,
            expected="a string: the key, exact case",
        )
        type_ = check.type_expr(entry, "type", prefix + ".type", required=True)
        required = check.required(entry, prefix + ".required")
        doc_type = check.string(
            entry,
            "doc_type",
            prefix + ".doc_type",
            required=False,
            expected="a string",
        )
        description = check.string(
            entry,
            "description",
            prefix + ".description",
            required=False,
            expected="a string",
        )
        nested = check_fields(check, entry, prefix + ".fields", depth + 1)
        if name is not None:
            if not name:
                check.err(prefix + ".name", "empty string", "the key's name")
            elif name in seen:
                check.err(
                    prefix + ".name",
                    f"duplicate field {name!r}, also {path}[{seen[name]}]",
                    "each field once",
                )
            else:
                seen[name] = i
        if len(check.problems) != before or name is None or type_ is None:
            ok = False
            continue
        if nested is None:
            ok = False
            continue
        out.append(
            Field(
                name=name,
                type=type_,
                required=None if required == "unknown" else required is True,
                description=clean_text(description) if description else "",
                doc_type=doc_type or "",
                fields=nested,
            )
        )
    return tuple(out) if ok else None
