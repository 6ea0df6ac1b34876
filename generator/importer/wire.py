"""JSON values from the docs' examples as spec types, and unions of spec types."""

from __future__ import annotations

import re
from typing import Any

from .literals import EMPTY, UNKNOWN

__all__ = ["fits", "is_user_field", "join_types", "kind_of", "shape"]


_PORTAL_KEY = re.compile(
    r"UF_|uf_|uf[A-Z]|PARENT_ID_\d|parentId\d|PROPERTY_\d|property\d"
)


def is_user_field(key: str) -> bool:
    """A portal-defined key: a user field (``UF_CRM_1``, ``ufCrm5_1``), a link
    to a smart process (``PARENT_ID_1220``, ``parentId1220``) or a catalog
    property (``PROPERTY_64``, ``property64``)."""
    return bool(_PORTAL_KEY.match(key))


def kind_of(value: Any) -> str:
    """The spec type a JSON value shows; "" for a value of no known type
    (an expression, ``null``, a PHP ``[]``)."""
    if value is UNKNOWN or value is None or value is EMPTY:
        return ""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        inner = {kind_of(v) for v in value} - {""}
        if len(inner) == 1:
            return inner.pop() + "[]"
        if inner == {"integer", "number"}:
            return "number[]"
        return "any[]"
    return ""


def shape(value: Any) -> str:
    """The spec type of a JSON value (``any`` when it shows none)."""
    return kind_of(value) or "any"


def join_types(*types: str) -> str:
    """The union of type expressions: each member once, ``number`` absorbing
    ``integer``, ``any`` absorbing all, ``null`` last (``null`` alone is ``any``)."""
    out: list[str] = []
    for spec_type in types:
        for member in spec_type.split("|"):
            member = member.strip()
            if member and member not in out:
                out.append(member)
    if "integer" in out and "number" in out:
        out.remove("integer")
    if "any" in out or out == ["null"] or not out:
        return "any"
    if "null" in out:
        out.remove("null")
        out.append("null")
    return " | ".join(out)


def fits(value: Any, spec_type: str) -> bool:
    """Does a JSON value (from an example call or answer) fit a type expression?
    A value of no known type (and ``null``, judged by the caller) fits all."""
    if value is UNKNOWN or value is None:
        return True
    for member in spec_type.split("|"):
        member = member.strip()
        if member == "any":
            return True
        if member.endswith("[]"):
            if value is EMPTY or (
                isinstance(value, list) and all(fits(v, member[:-2]) for v in value)
            ):
                return True
        elif member == "object":
            if isinstance(value, dict) or value is EMPTY:
                return True
        elif member == "flag":
            if isinstance(value, bool) or value in ("Y", "N"):
                return True
        elif member == "file":
            if isinstance(value, list) and len(value) == 2:
                return True
        else:
            kind = kind_of(value)
            if kind == member or (member == "number" and kind == "integer"):
                return True
            if member in ("date", "datetime") and kind == "string":
                return True
    return False
