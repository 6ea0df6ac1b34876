"""Documented keys of an object, to any depth: a table, and the tables its rows lead to.

Used for parameters (``### Параметр fields``) and results (``#### Тип deal``)
alike.  A row of an object type leads to the keys of that object through a
table inside its own cell, a section its description links to
(``[…](#fields)``), or a section headed with its name; ``a.b`` rows add to
the object ``a``.  Each row gives a :class:`FieldFact`: the type through
typemap, the required marker, and the allowed values and default its
description states.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .describe import default_in, required_unless, values_in
from .facts import FieldFact, MethodFacts
from .sections import LINK
from .tables import Row, is_param_table, name_ok, table_rows
from .typemap import map_union
from .wire import is_user_field
from .yfm import Block, Heading, Page, Table, parse_blocks

__all__ = ["OBJECTISH", "FieldReader", "PageIndex"]

OBJECTISH = ("object", "object[]", "any", "any[]", "any[] | object")
"""Types whose keys a table may document."""


@dataclass
class PageIndex:
    """Where a page's sections are: by anchor and by the last word of the heading."""

    blocks: list[Block]
    anchors: dict[str, int] = field(default_factory=dict)
    by_title: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, page: Page) -> PageIndex:
        index = cls(page.blocks)
        for i, block in enumerate(page.blocks):
            if not isinstance(block, Heading):
                continue
            if block.anchor:
                index.anchors[block.anchor] = i
            if block.level >= 2 and block.text.split():
                word = block.text.split()[-1].strip("`*")
                index.by_title.setdefault(word.lower(), []).append(i)
        return index


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


@dataclass
class FieldReader:
    """Reads tables of keys within one block range of a page."""

    index: PageIndex
    limit: tuple[int, int]
    """Block index range where nested-field sections may be found."""
    facts: MethodFacts
    starred_note: bool = False
    """The page says required parameters are starred: an unstarred row is optional."""
    portal: set[int] = field(default_factory=set)
    """Tables (by id) with a row for portal-defined keys (``UF_CRM_...``)."""

    def required(self, row: Row, marked: bool) -> bool | None:
        if marked or self.starred_note:
            return row.required
        return None

    def section_table(self, row: Row) -> Table | None:
        """The table documenting an object row's keys: a cell-local table, a
        section the row links to (``#anchor``), or a section titled with its name."""
        inner = _nested_table_in_cell(row.cells)
        if inner is not None:
            return inner
        low, high = self.limit
        candidates: list[int] = []
        for cell in row.cells[1:]:
            for _text, target in LINK.findall(cell):
                if target.startswith("#"):
                    found = self.index.anchors.get(target[1:])
                    if found is not None:
                        candidates.append(found)
        candidates.extend(self.index.by_title.get(row.name.lower(), []))
        for found in candidates:
            if not low <= found < high:
                continue
            table = _first_table(self.index.blocks[found + 1 :])
            if table is not None and is_param_table(table):
                return table
        return None

    def _fact(self, row: Row, marked: bool, where: str) -> FieldFact:
        mapped = map_union(row.tokens) if row.tokens else None
        spec_type = mapped.type if mapped and mapped.type else "any"
        if mapped:
            self.facts.unknown_types.extend(mapped.unknown)
        else:
            self.facts.notes.append(
                f"{where}: {row.name!r} has no documented type; any"
            )
        description = row.description
        return FieldFact(
            name=row.name,
            type=spec_type,
            doc_type=mapped.doc_type if mapped else "",
            required=self.required(row, marked),
            values=values_in(description, spec_type),
            default=default_in(description, spec_type),
            unless=required_unless(description),
        )

    def read(
        self, table: Table, where: str, seen: frozenset[int] = frozenset()
    ) -> list[FieldFact]:
        """The keys a table documents (and, below object rows, theirs)."""
        seen = seen | {id(table)}
        rows, _ = table_rows(table)
        marked = any(r.required for r in rows)
        out: list[FieldFact] = []
        by_name: dict[str, FieldFact] = {}
        for row in rows:
            if "." in row.name and row.name.split(".", 1)[0] in by_name:
                # "fields.CONTACT_ID": a key of the object row "fields".
                parent_name, key = row.name.split(".", 1)
                parent = by_name[parent_name]
                if name_ok(key) and all(f.name != key for f in parent.fields):
                    fact = self._fact(row, marked, f"{where}.{parent_name}")
                    fact.name = key
                    parent.fields.append(fact)
                    continue
            if not name_ok(row.name):
                if is_user_field(row.name):
                    self.portal.add(id(table))
                continue
            if is_user_field(row.name):
                self.portal.add(id(table))
                continue  # a portal field documented by example: user_fields
            if row.name in by_name:
                self.facts.notes.append(
                    f"{where}: {row.name!r} documented twice; the first kept"
                )
                self.facts.docs_errors.append(
                    f"{where}: the table lists {row.name!r} twice; the first row is used"
                )
                continue
            fact = self._fact(row, marked, where)
            if fact.type in OBJECTISH or fact.type.startswith("object"):
                nested = self.section_table(row)
                if nested is not None and id(nested) not in seen:
                    fact.fields = self.read(nested, f"{where}.{row.name}", seen)
                    fact.user_fields = id(nested) in self.portal
            out.append(fact)
            by_name[row.name] = fact
        return out
