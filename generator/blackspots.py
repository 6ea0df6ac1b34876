"""black on the statements that need it, instead of on whole modules.

The templates and :mod:`generator.layout` write black's layout themselves,
so a generation run need not hand megabytes to black.  What they do not
foresee is a line that stays too long (a long ``Literal``, a long type
name): the statement holding it goes to black alone, inside a stand-in
``class _:`` header per level of nesting, and black's lines replace its own.
Docstrings are left as they are (black keeps long lines in them).

``--check`` still runs black on every whole module, so output that strays
from black's layout fails there, naming the module.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable

__all__ = ["format_spots", "long_code_lines"]

_LIMIT = 88
_STANDIN = "class _:"
_ATOM = r'(?:[A-Za-z_][A-Za-z0-9_]*|"[^"\\]*")'
_UNBREAKABLE = re.compile(rf' *(?:{_ATOM},?|"[^"\\]*": {_ATOM},)')
"""A line that is one name or plain string, or a ``"key": value,`` entry,
as in a list or dict black has broken one item per line: black has nothing
to break in it however long it is.  (Not ``name: Type``: black would wrap
the annotation in parentheses.)"""


def _docstring_lines(lines: list[str]) -> set[int]:
    """1-based numbers of the lines inside triple-quoted strings that open a
    line (the docstrings the templates write); a cheap, line-wise scan."""
    inside: set[int] = set()
    open_at = 0
    for number, line in enumerate(lines, 1):
        text = line.strip()
        if open_at:
            inside.add(number)
            if text.endswith('"""'):
                open_at = 0
        elif text.startswith('"""'):
            inside.add(number)
            if not (len(text) >= 6 and text.endswith('"""')):
                open_at = number
    return inside


def long_code_lines(lines: list[str]) -> list[int]:
    """1-based numbers of the lines over black's limit outside docstrings
    (and that black could break)."""
    long = [
        n
        for n, line in enumerate(lines, 1)
        if len(line) > _LIMIT and not _UNBREAKABLE.fullmatch(line)
    ]
    if not long:
        return []
    docs = _docstring_lines(lines)
    return [n for n in long if n not in docs]


def _first_line(node: ast.stmt) -> int:
    decorators: list[ast.expr] = getattr(node, "decorator_list", [])
    return min([node.lineno] + [d.lineno for d in decorators])


def _unit(body: list[ast.stmt], line: int, depth: int) -> tuple[int, int, int] | None:
    """(first line, last line, depth) of the statement black must see for a
    long ``line``: the statement of a class's or an ``if``'s body that holds
    it when it is in such a body, else the whole statement (a ``def`` with
    its decorators)."""
    for node in body:
        end = node.end_lineno or node.lineno
        if not _first_line(node) <= line <= end:
            continue
        if isinstance(node, (ast.ClassDef, ast.If)):
            for block in (node.body, getattr(node, "orelse", [])):
                if block and block[0].lineno <= line:
                    inner = _unit(block, line, depth + 1)
                    if inner is not None:
                        return inner
        return _first_line(node), end, depth
    return None


def format_spots(source: str, black_format: Callable[[str], str]) -> str:
    """``source`` with each statement holding a long code line replaced by
    what ``black_format`` makes of it.  Raises ``SyntaxError`` for source
    that does not parse, ``ValueError`` when black's answer has not the
    stand-in headers it was given."""
    lines = source.split("\n")
    long = long_code_lines(lines)
    if not long:
        return source
    body = ast.parse(source).body
    units: list[tuple[int, int, int]] = []
    for line in long:
        unit = _unit(body, line, 0)
        if unit is None:  # a line between statements (a comment): the whole module
            return black_format(source)
        if units and unit[0] <= units[-1][1]:  # inside the last unit already
            continue
        units.append(unit)
    for first, last, depth in reversed(units):
        headers = [" " * (4 * level) + _STANDIN for level in range(depth)]
        text = "\n".join(headers + lines[first - 1 : last]) + "\n"
        formatted = black_format(text).split("\n")
        if formatted[:depth] != headers or formatted[-1] != "":
            raise ValueError(f"black changed the stand-in around lines {first}-{last}")
        lines[first - 1 : last] = formatted[depth:-1]
    return "\n".join(lines)
