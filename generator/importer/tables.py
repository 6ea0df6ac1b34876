"""Rows of the docs' parameter-like tables: name, required marker, type tokens."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .yfm import Table

__all__ = [
    "Row",
    "is_param_table",
    "looks_like_header",
    "name_ok",
    "split_name",
    "table_rows",
    "type_tokens",
]

_NAME_CELL = re.compile(r"^\s*\*\*(?P<name>.+?)\*\*(?P<rest>.*)\Z", re.S)
_PARAM_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*(?:\[[A-Za-z0-9_]*\])*\Z")
_UF_PATTERN = re.compile(r"(?:\.\.\.|…|\\\*|\*|\{[^}]*\}|<[^>]*>|XXX|_N\b)")


@dataclass
class Row:
    name: str
    required: bool
    tokens: list[str]
    cells: tuple[str, ...]
    type_col: int = -1

    @property
    def description(self) -> str:
        """The row's other cells (not its name, not a separate type column)."""
        return "\n".join(
            c for i, c in enumerate(self.cells) if i > 0 and i != self.type_col
        )


def split_name(cell: str) -> tuple[str, bool, str] | None:
    """``**id***`` / ``**id**^*^`` / ``**id^*^**`` / ``**id\\***`` -> (name, required, rest)."""
    match = _NAME_CELL.match(cell)
    if not match:
        return None
    name = match.group("name").strip()
    rest = match.group("rest")
    required = False
    for marker in ("^*^", "\\*"):
        if name.endswith(marker):
            name = name[: -len(marker)].strip()
            required = True
    if name.endswith("*") and not name.endswith("\\*"):
        # "**id*" + "**": the marker inside the bold
        stripped = name.rstrip("*")
        if len(name) - len(stripped) == 1:
            name = stripped.strip()
            required = True
    head = rest.lstrip(" ")
    if head.startswith("^*^") or head.startswith("\\*"):
        required = True
    elif head.startswith("*") and not head.startswith("**"):
        required = True
    return name, required, rest


_TYPE_TERM = re.compile(r"\s*(?:\[\s*`([^`]+)`\s*\]\([^)]*\)|`([^`]+)`)")
_TYPE_SEP = re.compile(r"\s*(?:\\\||\||,|или\b|or\b|/)\s*")


def type_tokens(text: str) -> list[str]:
    """The type notation right after a parameter's name: ``[`a`](..) \\| `b` или `c[]``.

    Only the leading run of backticked names (linked or bare) and separators
    counts; the description that follows is not read.
    """
    tokens: list[str] = []
    pos = len(text) - len(text.lstrip(" \t*^\\,"))
    while True:
        term = _TYPE_TERM.match(text, pos)
        if not term:
            break
        raw = term.group(1) or term.group(2)
        for piece in re.split(r"\s*(?:\\?\||,|\bили\b|\bor\b)\s*", raw):
            piece = piece.strip()
            if piece and piece not in tokens:
                tokens.append(piece)
        pos = term.end()
        sep = _TYPE_SEP.match(text, pos)
        if not sep:
            break
        pos = sep.end()
    return tokens


def table_rows(table: Table) -> tuple[list[Row], int]:
    """Parameter-like rows of a table, and the index of a separate type column (or -1)."""
    type_col = -1
    rows: list[Row] = []
    for i, cells in enumerate(table.rows):
        if not cells:
            continue
        if i == 0:
            lowered = [re.sub(r"[*`\s]+", " ", c).strip().lower() for c in cells]
            if looks_like_header(lowered):
                for j, text in enumerate(lowered):
                    if j > 0 and text in ("тип", "type"):
                        type_col = j
                continue
        split = split_name(cells[0])
        if split is None:
            continue
        name, required, rest = split
        if type_col > 0 and len(cells) > type_col:
            tokens = type_tokens(cells[type_col])
        else:
            tokens = type_tokens(rest)
        rows.append(Row(name, required, tokens, cells, type_col))
    return rows, type_col


def looks_like_header(lowered: list[str]) -> bool:
    first = lowered[0]
    return first.startswith(
        (
            "название",
            "поле",
            "параметр",
            "ключ",
            "имя",
            "код",
            "статус",
            "тип",
            "описание",
        )
    )


def is_param_table(table: Table) -> bool:
    if not table.rows:
        return False
    lowered = [re.sub(r"[*`\s]+", " ", c).strip().lower() for c in table.rows[0]]
    if looks_like_header(lowered):
        return lowered[0].startswith(("название", "поле", "параметр", "ключ", "имя"))
    rows, _ = table_rows(table)
    return bool(rows) and all(r.tokens for r in rows[:3])


def name_ok(name: str) -> bool:
    return bool(_PARAM_NAME.match(name)) and not _UF_PATTERN.search(name)
