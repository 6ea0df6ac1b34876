"""Line breaking of the generated code shapes, the way black breaks them.

A generation run does not hand whole modules to black (it would be most of
the run): the templates write black's layout themselves, with these helpers
for the shapes that break — ``def`` signatures, ``return <call>``
statements, ``NAME = Call(...)`` constants, class headers, decorators and
the catalog's tuples.  black's rules for them: keep the line if it fits;
else put a call's arguments on one indented line if that fits (never a
tuple's or a dict's items: those go one per line); else one item per line
with a trailing comma, recursing into items that are themselves bracketed.
A line that stays too long sends its statement to black
(:mod:`generator.blackspots`); ``--check`` formats every whole module, so a
layout that strays from black's fails there.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "LINE_LENGTH",
    "Group",
    "flat",
    "import_lines",
    "signature_lines",
    "statement_lines",
]

LINE_LENGTH = 88


@dataclass(frozen=True)
class Group:
    """A bracketed, comma-separated list: ``open`` + items + ``close``."""

    open: str
    items: tuple[str | Group, ...]
    close: str
    collection: bool = False
    """A tuple, list or dict display rather than a call's arguments."""


def flat(item: str | Group) -> str:
    if isinstance(item, str):
        return item
    inner = ", ".join(flat(i) for i in item.items)
    if item.collection and item.open == "(" and len(item.items) == 1:
        inner += ","  # a one-item tuple
    return item.open + inner + item.close


def _fits(line: str) -> bool:
    return len(line) <= LINE_LENGTH


def statement_lines(prefix: str, group: Group, suffix: str, indent: int) -> list[str]:
    """``prefix + group + suffix`` at ``indent`` spaces, split at ``group``'s brackets."""
    pad = " " * indent
    one = pad + prefix + flat(group) + suffix
    if _fits(one) or not group.items:
        return [one]
    head = pad + prefix + group.open
    tail = pad + group.close + suffix
    body = " " * (indent + 4) + ", ".join(flat(i) for i in group.items)
    if not group.collection and len(group.items) == 1:
        # No comma to split at: black keeps the one argument whole (too long
        # or not), or breaks it at its own brackets.
        (item,) = group.items
        if isinstance(item, str) or _fits(body):
            return [head, body, tail]
        return [head, *statement_lines("", item, "", indent + 4), tail]
    if not group.collection and _fits(body):
        return [head, body, tail]
    lines = [head]
    for item in group.items:
        if isinstance(item, Group):
            lines.extend(statement_lines("", item, ",", indent + 4))
        else:
            lines.append(" " * (indent + 4) + item + ",")
    lines.append(tail)
    return lines


def signature_lines(head: str, params: list[str], tail: str, indent: int) -> list[str]:
    """A ``def`` line: ``head`` ends with ``(``, ``tail`` starts with ``)``."""
    pad = " " * indent
    one = pad + head + ", ".join(params) + tail
    if _fits(one):
        return [one]
    body = " " * (indent + 4) + ", ".join(params)
    if len(params) > 1 and _fits(body):
        return [pad + head, body, pad + tail]
    return [pad + head] + [" " * (indent + 4) + p + "," for p in params] + [pad + tail]


def import_lines(module: str, names: list[str], indent: int = 0) -> list[str]:
    """``from module import a, b``; when too long, one name per line in parentheses."""
    pad = " " * indent
    one = f"{pad}from {module} import {', '.join(names)}"
    if _fits(one):
        return [one]
    return (
        [f"{pad}from {module} import ("]
        + [f"{pad}    {n}," for n in names]
        + [f"{pad})"]
    )
