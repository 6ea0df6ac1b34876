"""The parameters of a method page, with the documented keys of object parameters."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .facts import FieldFact, MethodFacts
from .sections import (
    ERRORS_HEADING,
    EXAMPLES_HEADING,
    LINK,
    PARAMS_HEADING,
    RESPONSE_HEADING,
    find_heading,
    section,
)
from .tables import Row, is_param_table, name_ok, table_rows
from .typemap import map_union
from .yfm import Block, Heading, Page, Table, Text, parse_blocks

__all__ = ["params_of"]

_NO_PARAMS = re.compile(
    r"(?i)(без параметров|не принимает(?: никаких)? (?:входящих )?параметр|параметров нет|нет параметров|не имеет параметров|параметры не требуются|вызывается без параметров)"
)
_REQUIRED_NOTE = "_includes/required.md"


@dataclass
class _Context:
    blocks: list[Block]
    anchors: dict[str, int]
    """Heading anchor -> block index."""
    by_title: dict[str, list[int]]
    """Last word of a heading (lower case) -> block indexes."""
    limit: tuple[int, int]
    """Block index range where nested-field sections may be found."""
    facts: MethodFacts
    starred_note: bool = False
    """The page says required parameters are starred: an unstarred row is optional."""

    def required(self, row: Row, marked: bool) -> bool | None:
        if marked or self.starred_note:
            return row.required
        return None


def _first_table(blocks: list[Block]) -> Table | None:
    for block in blocks:
        if isinstance(block, Table):
            return block
        if isinstance(block, Heading):
            return None
    return None


def _nested_table_in_cell(cells: tuple[str, ...]) -> Table | None:
    for cell in cells[1:]:
        if "#|" in cell:
            for block in parse_blocks(cell):
                if isinstance(block, Table) and is_param_table(block):
                    return block
    return None


def _fields_section(ctx: _Context, row: Row) -> Table | None:
    """The table documenting an object parameter's keys: a cell-local table, a
    section the row links to (``#anchor``), or a section titled with its name."""
    inner = _nested_table_in_cell(row.cells)
    if inner is not None:
        return inner
    low, high = ctx.limit
    candidates: list[int] = []
    for cell in row.cells[1:]:
        for _text, target in LINK.findall(cell):
            if target.startswith("#"):
                index = ctx.anchors.get(target[1:])
                if index is not None:
                    candidates.append(index)
    for index in ctx.by_title.get(row.name.lower(), []):
        candidates.append(index)
    for index in candidates:
        if not low <= index < high:
            continue
        table = _first_table(ctx.blocks[index + 1 :])
        if table is not None and is_param_table(table):
            return table
    return None


_OBJECTISH = ("object", "object[]", "any", "any[]", "any[] | object")


def _fields(
    ctx: _Context, table: Table, seen: frozenset[int], where: str
) -> list[FieldFact]:
    rows, _ = table_rows(table)
    marked = any(r.required for r in rows)
    out: list[FieldFact] = []
    names: set[str] = set()
    by_name: dict[str, FieldFact] = {}
    for row in rows:
        if "." in row.name and row.name.split(".", 1)[0] in by_name:
            # "fields.CONTACT_ID": a key of the object parameter "fields".
            parent_name, key = row.name.split(".", 1)
            parent = by_name[parent_name]
            if name_ok(key) and all(f.name != key for f in parent.fields):
                mapped = map_union(row.tokens) if row.tokens else None
                parent.fields.append(
                    FieldFact(
                        name=key,
                        type=mapped.type if mapped and mapped.type else "any",
                        doc_type=mapped.doc_type if mapped else "",
                        required=ctx.required(row, marked),
                    )
                )
                continue
        if not name_ok(row.name):
            continue
        if row.name in names:
            ctx.facts.notes.append(
                f"{where}: {row.name!r} documented twice; the first kept"
            )
            continue
        names.add(row.name)
        mapped = map_union(row.tokens) if row.tokens else None
        spec_type = mapped.type if mapped and mapped.type else "any"
        doc_type = mapped.doc_type if mapped else ""
        if mapped:
            ctx.facts.unknown_types.extend(mapped.unknown)
        if not row.tokens:
            ctx.facts.notes.append(f"{where}: {row.name!r} has no documented type; any")
        fact = FieldFact(
            name=row.name,
            type=spec_type,
            doc_type=doc_type,
            required=ctx.required(row, marked),
        )
        if spec_type in _OBJECTISH or spec_type.startswith("object"):
            nested = _fields_section(ctx, row)
            if nested is not None and id(nested) not in seen:
                fact.fields = _fields(
                    ctx, nested, seen | {id(nested)}, f"{where}.{row.name}"
                )
        out.append(fact)
        by_name[row.name] = fact
    return out


def params_of(page: Page, facts: MethodFacts) -> None:
    blocks = page.blocks
    start = find_heading(blocks, PARAMS_HEADING, max_level=2)
    anchors = {
        b.anchor: i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.anchor
    }
    by_title: dict[str, list[int]] = {}
    for i, block in enumerate(blocks):
        if isinstance(block, Heading) and block.level >= 2:
            word = block.text.split()[-1].strip("`*") if block.text.split() else ""
            by_title.setdefault(word.lower(), []).append(i)
    end_index = len(blocks)
    for regex in (EXAMPLES_HEADING, RESPONSE_HEADING, ERRORS_HEADING):
        found = find_heading(blocks, regex, max_level=2)
        if found > start and found < end_index:
            end_index = found
    table: Table | None = None
    region: list[Block] = []
    if start >= 0:
        region = section(blocks, start)
        for block in region:
            if isinstance(block, Table) and is_param_table(block):
                table = block
                break
            if isinstance(block, Heading):
                break
        if table is None:
            for block in region:
                if isinstance(block, Table) and is_param_table(block):
                    table = block
                    break
    else:
        # Tables before the first heading (some short pages have no headings).
        for block in blocks:
            if isinstance(block, Heading) and block.level >= 2:
                break
            if isinstance(block, Table) and is_param_table(block):
                table = block
                facts.notes.append("parameter table before the first heading")
                break
    low = start if start >= 0 else 0
    ctx = _Context(
        blocks,
        anchors,
        by_title,
        (low, end_index),
        facts,
        starred_note=_REQUIRED_NOTE in page.includes,
    )
    text_region = region if start >= 0 else blocks[:end_index]
    if table is None:
        said_none = any(
            isinstance(b, Text) and _NO_PARAMS.search(b.text) for b in text_region
        ) or any(isinstance(b, Heading) and _NO_PARAMS.search(b.text) for b in blocks)
        facts.params_found = "none" if said_none else "absent"
        if not said_none and start >= 0:
            facts.notes.append("a parameters heading without a parameter table")
        return
    facts.params_found = "table"
    facts.params = _fields(ctx, table, frozenset({id(table)}), "params")
    rows, _ = table_rows(table)
    nested_names = {f"{p.name}.{f.name}" for p in facts.params for f in p.fields}
    for row in rows:
        if not name_ok(row.name) and row.name not in nested_names:
            facts.notes.append(
                f"params: row {row.name!r} is not a parameter name; left out"
            )
    if facts.params and all(p.required is None for p in facts.params):
        facts.required_unknown = True
