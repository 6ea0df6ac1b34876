"""Type expressions: ``integer[] | string | CrmDeal`` parsed into a :class:`TypeRef`."""

from __future__ import annotations

import re

from ..model import BASE_TYPES, TypeRef

__all__ = ["TYPE_EXPECTED", "TYPE_NAME", "parse_type"]

TYPE_EXPECTED = (
    "one of: "
    + ", ".join(BASE_TYPES)
    + ", a named type from spec/_types/ (PascalCase), or T[] / a | b of them"
)
_TERM = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)((?:\s*\[\s*\])*)\Z")
TYPE_NAME = re.compile(r"[A-Z][A-Za-z0-9_]*\Z")
"""A named type: an identifier starting with an upper-case letter."""


def parse_type(text: str) -> tuple[TypeRef | None, list[str]]:
    """Parse ``integer[] | string``; returns (type, problems).

    Named types are parsed, not resolved: :mod:`.typegraph` checks them.
    """
    members: list[TypeRef] = []
    problems: list[str] = []
    for raw in text.split("|"):
        term = raw.strip()
        match = _TERM.match(term)
        if not match:
            problems.append(f"malformed type expression {text!r}")
            continue
        base, brackets = match.groups()
        if TYPE_NAME.match(base):
            ref = TypeRef("named", base)
        elif base in BASE_TYPES:
            ref = TypeRef("base", base)
        else:
            problems.append(f"unknown type {base!r}")
            continue
        if base == "null" and brackets:
            problems.append(f"null cannot be an array element: {text!r}")
            continue
        for _ in range(brackets.count("[")):
            ref = TypeRef("array", items=(ref,))
        if ref in members:
            problems.append(f"type {str(ref)!r} appears twice in {text!r}")
            continue
        members.append(ref)
    if problems:
        return None, problems
    if len(members) == 1:
        if members[0] == TypeRef("base", "null"):
            return None, [f"null on its own: {text!r}; null is a member of a union"]
        return members[0], []
    return TypeRef("union", items=tuple(members)), []
