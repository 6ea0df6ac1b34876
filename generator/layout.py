"""Line breaking of the few generated code shapes, the way black breaks them.

black still formats every module; handing it code that is already in its
style halves its work (it is most of a full run).  Only three shapes are laid
out here — ``def`` signatures, ``return <call>`` statements and
``NAME = Call(...)`` constants — with black's rules for them: keep the line
if it fits; else put the bracket's contents on one indented line if that
fits; else one item per line with a trailing comma, recursing into items
that are themselves bracketed.  Anything this gets wrong, black corrects.
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


def flat(item: str | Group) -> str:
    if isinstance(item, str):
        return item
    return item.open + ", ".join(flat(i) for i in item.items) + item.close


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
    if _fits(body):
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
