"""Method-level rules over the parameters: ``alternatives`` (one of several ways
to call) and ``conflicts`` (where the docs' table and examples disagree)."""

from __future__ import annotations

import difflib
from typing import Any

from ..model import Conflict, Param
from .base import Checker, got, one_of

__all__ = ["CONFLICT_KEYS", "check_alternatives", "check_conflicts"]

CONFLICT_KEYS = ("examples", "param", "table", "what")
GROUPS_EXPECTED = (
    "a list of at least two groups, each a list of parameter names "
    "(one group must be given in full)"
)


def check_alternatives(
    check: Checker, data: dict[str, Any], params: list[Param] | None
) -> tuple[tuple[str, ...], ...] | None:
    """The groups of wire names; () when absent, None on a problem."""
    if "alternatives" not in data:
        return ()
    value = data["alternatives"]
    if not isinstance(value, list) or len(value) < 2:
        what = (
            f"wrong value type: {got(value)}"
            if not isinstance(value, list)
            else f"{len(value)} group(s)"
        )
        check.err("alternatives", what, GROUPS_EXPECTED)
        return None
    names = [p.name for p in params] if params is not None else None
    groups: list[tuple[str, ...]] = []
    ok = True
    for i, group in enumerate(value):
        where = f"alternatives[{i}]"
        if not isinstance(group, list) or not group:
            check.err(
                where,
                f"wrong value type: {got(group)}",
                "a non-empty list of parameter names",
            )
            ok = False
            continue
        members: list[str] = []
        for j, name in enumerate(group):
            if not isinstance(name, str):
                check.err(
                    f"{where}[{j}]",
                    f"wrong value type: {got(name)}",
                    "a parameter's wire name",
                )
                ok = False
            elif name in members:
                check.err(f"{where}[{j}]", f"{name!r} twice", "each name once")
                ok = False
            elif names is not None and name not in names:
                close = difflib.get_close_matches(name, names, n=1, cutoff=0.75)
                hint = f", did you mean {close[0]!r}?" if close else ""
                check.err(
                    f"{where}[{j}]",
                    f"unknown parameter {name!r}{hint}",
                    one_of(names) if names else "a parameter of this method",
                )
                ok = False
            else:
                members.append(name)
        key = tuple(sorted(members))
        if ok and any(tuple(sorted(g)) == key for g in groups):
            check.err(where, "the same group twice", "distinct groups")
            ok = False
        groups.append(tuple(members))
    return tuple(groups) if ok and names is not None else None


def check_conflicts(
    check: Checker, data: dict[str, Any]
) -> tuple[Conflict, ...] | None:
    """The recorded disagreements; () when absent, None on a problem."""
    if "conflicts" not in data:
        return ()
    value = data["conflicts"]
    expected = "a list of mappings with param, what, table, examples"
    if not isinstance(value, list):
        check.err("conflicts", f"wrong value type: {got(value)}", expected)
        return None
    out: list[Conflict] = []
    before = len(check.problems)
    for i, entry in enumerate(value):
        where = f"conflicts[{i}]"
        if not isinstance(entry, dict):
            check.err(where, f"wrong value type: {got(entry)}", expected)
            continue
        check.unknown_keys(entry, CONFLICT_KEYS, where + ".")
        texts = {
            key: check.string(
                entry, key, f"{where}.{key}", required=True, expected="a string"
            )
            for key in ("param", "what", "table", "examples")
        }
        out.append(Conflict(**{k: v or "" for k, v in texts.items()}))
    return tuple(out) if len(check.problems) == before else None
