"""Type expressions: ``integer[] | string`` parsed into a :class:`TypeRef`."""

from __future__ import annotations

import re

from ..model import BASE_TYPES, TypeRef

__all__ = ["TYPE_EXPECTED", "parse_type"]

TYPE_EXPECTED = "one of: " + ", ".join(BASE_TYPES) + ", or T[] / a | b of them"
_TERM = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)((?:\s*\[\s*\])*)\Z")


def parse_type(text: str) -> tuple[TypeRef | None, list[str]]:
    """Parse ``integer[] | string``; returns (type, problems)."""
    members: list[TypeRef] = []
    problems: list[str] = []
    for raw in text.split("|"):
        term = raw.strip()
        match = _TERM.match(term)
        if not match:
            problems.append(f"malformed type expression {text!r}")
            continue
        base, brackets = match.groups()
        if base not in BASE_TYPES:
            problems.append(f"unknown type {base!r}")
            continue
        ref = TypeRef("base", base)
        for _ in range(brackets.count("[")):
            ref = TypeRef("array", items=(ref,))
        if ref in members:
            problems.append(f"type {str(ref)!r} appears twice in {text!r}")
            continue
        members.append(ref)
    if problems:
        return None, problems
    if len(members) == 1:
        return members[0], []
    return TypeRef("union", items=tuple(members)), []
