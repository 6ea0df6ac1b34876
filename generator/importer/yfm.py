"""A small reader for the docs' YFM Markdown: headings, code blocks and ``#| … |#`` tables.

Only the structure the importer needs is recognised; everything else is kept
as plain text lines.  Pure functions over strings, no I/O except
:func:`read_page` (which also resolves local ``{% include %}`` directives).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

__all__ = [
    "Block",
    "Code",
    "Heading",
    "Page",
    "Table",
    "Text",
    "join_path",
    "parse_blocks",
    "parse_table",
    "read_page",
]


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    """Without the ``#`` marks and without a trailing ``{#anchor}``."""
    anchor: str
    """The ``{#anchor}`` of the heading, or ""."""
    line: int


@dataclass(frozen=True)
class Code:
    lang: str
    text: str
    line: int


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]
    """Each row's cells, stripped (a cell may span lines and hold code or tables)."""
    line: int
    opener: str = "#|"
    """The opening line as written: ``#|``, or a typo such as ``#|s``."""


@dataclass(frozen=True)
class Text:
    text: str
    line: int


Block = Heading | Code | Table | Text


@dataclass
class Page:
    rel: str
    """Path relative to the docs root, posix: ``api-reference/crm/deals/crm-deal-add.md``."""
    text: str
    """The page text with local includes resolved and front matter removed."""
    title: str
    """The first ``# `` heading, or ""."""
    blocks: list[Block] = field(default_factory=list)
    includes: tuple[str, ...] = ()
    """Paths (relative to the docs root) of every include directive on the page."""


_FENCE_RE = re.compile(r"^\s*(`{3,}|~{3,})(.*)$")


class _Fence:
    """``match(line)``: a fence opener (not inline triple-backtick code)."""

    @staticmethod
    def match(line: str) -> re.Match[str] | None:
        found = _FENCE_RE.match(line)
        if found and found.group(1)[0] in found.group(2):
            return None
        return found


_FENCE = _Fence()
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
_ANCHOR = re.compile(r"\s*\{#([^}\s]+)\}\s*$")
_INCLUDE = re.compile(r"\{%\s*include\s+(?:notitle\s+)?\[[^\]]*\]\(([^)\s]+)\)\s*%\}")
_GLOBAL_INCLUDES = "_includes/"
"""Includes under the docs root's ``_includes/`` are site-wide boilerplate
(required-marker note, example note, system errors): they stay as their
directive; page-local includes are inlined."""


def _strip_front_matter(text: str) -> str:
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            nl = text.find("\n", end + 4)
            return text[nl + 1 :] if nl != -1 else ""
    return text


def _normalise(raw: bytes) -> str:
    text = raw.decode("utf-8-sig", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_page(root: Path, rel: str) -> Page:
    """Read one page, inline its local includes (depth-limited), parse its blocks."""
    includes: list[str] = []

    def resolve(text: str, here: PurePosixPath, depth: int) -> str:
        def repl(match: re.Match[str]) -> str:
            target = match.group(1).split("#", 1)[0]
            path = join_path(here.parent, target)
            if path is None:
                return match.group(0)
            includes.append(path)
            if path.startswith(_GLOBAL_INCLUDES) or depth >= 3:
                return match.group(0)
            try:
                raw = (root / path).read_bytes()
            except OSError:
                return match.group(0)
            inner = _strip_front_matter(_normalise(raw))
            return resolve(inner, PurePosixPath(path), depth + 1)

        return _INCLUDE.sub(repl, text)

    text = _strip_front_matter(_normalise((root / rel).read_bytes()))
    text = resolve(text, PurePosixPath(rel), 0)
    blocks = parse_blocks(text)
    title = ""
    for block in blocks:
        if isinstance(block, Heading) and block.level == 1:
            title = block.text
            break
    return Page(rel, text, title, blocks, tuple(includes))


def join_path(base: PurePosixPath, target: str) -> str | None:
    """``base/target`` normalised (``..`` resolved); None when it leaves the root."""
    if target.startswith("/"):
        parts: list[str] = []
        pieces = target.lstrip("/").split("/")
    else:
        parts = [p for p in base.parts if p not in ("", ".")]
        pieces = target.split("/")
    for piece in pieces:
        if piece in ("", "."):
            continue
        if piece == "..":
            if not parts:
                return None
            parts.pop()
        else:
            parts.append(piece)
    return "/".join(parts)


def parse_blocks(text: str) -> list[Block]:
    """Headings (outside code), code blocks, tables and the remaining text lines."""
    lines = text.split("\n")
    blocks: list[Block] = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        fence = _FENCE.match(line)
        if fence:
            marker = fence.group(1)
            lang = fence.group(2).strip().split(" ")[0] if fence.group(2) else ""
            body: list[str] = []
            j = i + 1
            while j < n:
                close = _FENCE.match(lines[j])
                if (
                    close
                    and close.group(1)[0] == marker[0]
                    and len(close.group(1)) >= len(marker)
                    and not close.group(2).strip()
                ):
                    break
                body.append(lines[j])
                j += 1
            blocks.append(Code(lang, _dedent("\n".join(body)), i + 1))
            i = j + 1
            continue
        stripped = line.strip()
        if _opens_table(stripped, lines[i + 1] if i + 1 < n else ""):
            j, table_lines = _collect_table(lines, i)
            opener = stripped if _TYPO_OPENER.match(stripped) else "#|"
            blocks.append(Table(parse_table(table_lines), i + 1, opener))
            i = j + 1
            continue
        heading = _HEADING.match(line)
        if heading and not line.startswith(" "):
            raw = heading.group(2)
            anchor = ""
            found = _ANCHOR.search(raw)
            if found:
                anchor = found.group(1)
                raw = raw[: found.start()]
            blocks.append(Heading(len(heading.group(1)), raw.strip(), anchor, i + 1))
            i += 1
            continue
        blocks.append(Text(line, i + 1))
        i += 1
    return blocks


_TYPO_OPENER = re.compile(r"#\|[A-Za-z]\Z")


def _opens_table(stripped: str, following: str) -> bool:
    """``#|`` (maybe with the first row on its line), or ``#|`` plus one stray
    letter when the next line starts a row (a docs typo: ``#|s``)."""
    if stripped == "#|" or stripped.startswith("#|") and stripped[2:3] in ("", " "):
        return True
    return bool(_TYPO_OPENER.match(stripped)) and following.strip().startswith("||")


def _dedent(text: str) -> str:
    lines = text.split("\n")
    widths = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    cut = min(widths) if widths else 0
    return "\n".join(line[cut:] for line in lines)


def _collect_table(lines: list[str], start: int) -> tuple[int, list[str]]:
    """Lines between ``#|`` (at ``start``) and its matching ``|#``; returns (end index, body)."""
    depth = 0
    fence: str | None = None
    body: list[str] = []
    j = start
    first = lines[start].strip()[2:]
    if first.strip():
        body.append(first)
    depth = 1
    j = start + 1
    while j < len(lines):
        line = lines[j]
        stripped = line.strip()
        if fence is not None:
            if _closes(stripped, fence):
                fence = None
                rest = stripped[len(stripped) - len(stripped.lstrip("`~")) :].strip()
                if rest.endswith("|#") and not rest.endswith("||#"):
                    # "``` |#": the fence, and the table, end here.
                    depth -= 1
                    if depth == 0:
                        body.append(line.replace("|#", ""))
                        return j, body
            body.append(line)
            j += 1
            continue
        m = _FENCE.match(line)
        if m:
            fence = m.group(1)
            body.append(line)
            j += 1
            continue
        if stripped.startswith("#|"):
            depth += 1
        elif stripped.endswith("|#") and not stripped.endswith("||#"):
            depth -= 1
            if depth == 0:
                rest = stripped[:-2]
                if rest.strip():
                    body.append(rest)
                return j, body
        elif stripped.endswith("|#"):
            # "... || |#" on one line: the last row and the table end together.
            depth -= 1
            if depth == 0:
                body.append(stripped[:-2] if stripped[:-2].endswith("||") else stripped)
                return j, body
        body.append(line)
        j += 1
    return j, body


def parse_table(lines: list[str]) -> tuple[tuple[str, ...], ...]:
    """Rows of a YFM table body: ``|| a | b ||``; cells may span lines, hold code
    fences (copied verbatim) and nested tables (copied verbatim)."""
    rows: list[tuple[str, ...]] = []
    row: list[str] | None = None
    cell: list[str] = []
    fence: str | None = None
    fence_marker = ""
    depth = 0

    def end_cell() -> None:
        assert row is not None
        row.append("".join(cell).strip())
        cell.clear()

    for line in lines:
        stripped = line.strip()
        if fence is not None:
            if not _closes(stripped, fence):
                cell.append(line + "\n")
                continue
            fence = None
            cut = line.index(fence_marker) + len(fence_marker)
            cell.append(line[:cut])
            line = line[cut:]
            stripped = line.strip()
            if not stripped:
                cell.append("\n")
                continue
        m = _FENCE.match(line)
        if m and row is not None:
            fence = fence_marker = m.group(1)
            cell.append(line + "\n")
            continue
        if depth:
            cell.append(line + "\n")
            if stripped.startswith("#|"):
                depth += 1
            elif stripped.endswith("|#"):
                depth -= 1
            continue
        if stripped.startswith("#|") and row is not None:
            depth = 1
            cell.append(line + "\n")
            continue
        i = 0
        length = len(line)
        while i < length:
            ch = line[i]
            if ch == "\\" and i + 1 < length:
                cell.append(line[i : i + 2])
                i += 2
                continue
            if ch == "`":
                run = len(line) - i - len(line[i:].lstrip("`"))
                ticks = line[i : i + run]
                close = line.find(ticks, i + run)
                if close != -1:
                    cell.append(line[i : close + run])
                    i = close + run
                    continue
                cell.append(ticks)
                i += run
                continue
            if line.startswith("||", i):
                if row is None:
                    row = []
                    cell.clear()
                else:
                    end_cell()
                    rows.append(tuple(row))
                    row = None
                i += 2
                continue
            if ch == "|" and row is not None:
                end_cell()
                i += 1
                if i < length and line[i] == ">":
                    i += 1  # "|>" merges with the next cell: an empty cell here
                continue
            if row is not None:
                cell.append(ch)
            i += 1
        if row is not None:
            cell.append("\n")
    if row is not None:
        end_cell()
        rows.append(tuple(row))
    return tuple(rows)


def _closes(stripped: str, fence: str) -> bool:
    """A fence closes on a line of its marker, optionally followed by ``||``/``|``/``|#``."""
    if not stripped.startswith(fence):
        return False
    rest = stripped[len(fence) :].lstrip(fence[0]).strip()
    return not rest or rest.startswith("|")
