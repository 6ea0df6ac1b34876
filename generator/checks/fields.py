"""The documented keys of an object (``fields:``), recursive, and the enumeration
and default a key or a parameter may carry (``values:``, ``default:``)."""

from __future__ import annotations

import json
from typing import Any

from .. import naming
from ..model import Field, TypeRef, Value
from .base import Checker, clean_text, got

__all__ = [
    "FIELD_KEYS",
    "MAX_FIELD_DEPTH",
    "check_default",
    "check_fields",
    "check_values",
    "has_object",
]

FIELD_KEYS = (
    "default",
    "description",
    "doc_type",
    "fields",
    "name",
    "required",
    "type",
    "values",
)
MAX_FIELD_DEPTH = 8
VALUES_EXPECTED = "a non-empty list of the allowed values: strings or integers"
FIELDS_NEED_OBJECT = (
    "fields on a type with object: object, object[] or a union with one"
)
_VALUE_BASES: tuple[tuple[type, str, frozenset[str]], ...] = (
    (str, "string", frozenset({"string"})),
    (int, "integer", frozenset({"integer", "number"})),
)


def has_object(ref: TypeRef) -> bool:
    """Whether ``object`` appears in the expression (alone, in an array or a union)."""
    return "object" in ref.base_names()


def check_values(
    check: Checker, item: dict[str, Any], path: str, type_: TypeRef | None
) -> tuple[Value, ...] | None:
    """``values:`` of a key or parameter: () when absent, None on a problem."""
    if "values" not in item:
        return ()
    raw = item["values"]
    if not isinstance(raw, list) or not raw:
        check.err(path, f"wrong value type: {got(raw)}", VALUES_EXPECTED)
        return None
    out: list[Value] = []
    for i, value in enumerate(raw):
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            check.err(
                f"{path}[{i}]",
                f"wrong value type: {got(value)}",
                "a string or an integer; quote it: YAML reads yes/no/on/off as booleans",
            )
            return None
        if value in out:
            check.err(f"{path}[{i}]", f"duplicate value {value!r}", "each value once")
            return None
        out.append(value)
    if type_ is None:
        return None
    bases = type_.base_names()
    if "flag" in bases:
        check.err(path, "values on a flag", "a flag without values (it is Y or N)")
        return None
    for kind, word, allowed in _VALUE_BASES:
        if any(isinstance(v, kind) for v in out) and not bases & allowed:
            check.err(
                path,
                f"{word} values for the type {str(type_)!r}",
                "string values on a string type, integer values on an integer or number type",
            )
            return None
    return tuple(out)


def check_default(
    check: Checker, item: dict[str, Any], path: str, values: tuple[Value, ...] | None
) -> str | None:
    """``default:`` as JSON text: "" when absent, None on a problem."""
    if "default" not in item:
        return ""
    value = item["default"]
    if value is not None and not isinstance(value, (str, int, float, bool)):
        check.err(path, f"wrong value type: {got(value)}", "a scalar: the default")
        return None
    if values and value not in values:
        check.err(
            path,
            f"{value!r} is not one of the values",
            "one of: " + ", ".join(repr(v) for v in values),
        )
        return None
    return json.dumps(value, ensure_ascii=False)


def check_fields(
    check: Checker,
    item: dict[str, Any],
    path: str,
    depth: int,
    shape: str = "",
    key: str = "fields",
) -> tuple[Field, ...] | None:
    """The documented keys of an object, ``item[key]`` (recursive); None on a problem.

    ``shape`` is the TypedDict name of this object: a key with keys of its own
    gets ``shape`` + the key in PascalCase (``CrmDealAddFieldsProductRows``).
    """
    if key not in item:
        return ()
    value = item[key]
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
        inner = shape + naming.pascal_case(name) if name else ""
        nested = check_fields(check, entry, prefix + ".fields", depth + 1, inner)
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
        values = check_values(check, entry, prefix + ".values", type_)
        default = check_default(check, entry, prefix + ".default", values)
        if type_ is not None:
            if "flag" in type_.base_names():
                check.err(
                    prefix + ".type",
                    "flag is for parameters only, not for keys of an object",
                    "string with values: [Y, N]",
                )
            if nested and not has_object(type_):
                check.err(
                    prefix + ".fields",
                    f"keys listed for the type {str(type_)!r}",
                    FIELDS_NEED_OBJECT,
                )
        if len(check.problems) != before or name is None or type_ is None:
            ok = False
            continue
        if nested is None or values is None or default is None:
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
                values=values,
                default=default,
                shape=inner if nested else "",
            )
        )
    return tuple(out) if ok else None
