"""The parameters of a method page: its table (or tables), the keys of object
parameters, and the rules between parameters ("one of A or B")."""

from __future__ import annotations

import itertools
import re

from .describe import one_of_in
from .facts import FieldFact, MethodFacts
from .fieldtables import FieldReader, PageIndex
from .sections import (
    ERRORS_HEADING,
    EXAMPLES_HEADING,
    PARAMS_HEADING,
    RESPONSE_HEADING,
    find_heading,
    section,
)
from .tables import is_param_table, name_ok, table_rows
from .yfm import Block, Heading, Page, Table, Text

__all__ = ["LIST_METHODS_LINK", "params_of"]

_NO_PARAMS = re.compile(
    r"(?i)(без параметров|не принимает(?: никаких)? (?:входящих )?параметр|параметров нет|нет параметров|не имеет параметров|параметры не требуются|вызывается без параметров)"
)
_REQUIRED_NOTE = "_includes/required.md"
LIST_METHODS_LINK = "list-methods-pecularities"
_LIST_CONVENTIONS = re.compile(r"(?i)описание \[списочных методов\]")
_VARIANTS = re.compile(r"(?i)(?:доступно|есть) (?:два|три|четыре|\d+) варианта вызова")
_VARIANT_HEADING = re.compile(r"^\d+\.\s")
_OPEN_OBJECTS = re.compile(r"(?i)filter|order|sort")
"""Object parameters whose keys carry operators or field names (``>=DATE``,
``{ID: 'DESC'}``): their tables document the entity's fields, not closed keys."""
_MAX_GROUPS = 16


def _list_params() -> list[FieldFact]:
    """The list-method conventions the docs refer to (settings/how-to-call-rest-api)."""
    return [
        FieldFact("select", "string[]", required=False),
        FieldFact("filter", "object", required=False),
        FieldFact("order", "object", required=False),
        FieldFact("start", "integer", required=False),
    ]


def _variant_tables(region: list[Block]) -> list[Table]:
    """One parameter table per numbered "way to call" heading (``### 1. Через …``)."""
    tables: list[Table] = []
    current: Heading | None = None
    for block in region:
        if isinstance(block, Heading):
            current = block if _VARIANT_HEADING.match(block.text) else None
        elif isinstance(block, Table) and current is not None and is_param_table(block):
            tables.append(block)
            current = None
    return tables


def _merge_variants(
    reader: FieldReader, tables: list[Table], facts: MethodFacts
) -> list[FieldFact]:
    """Every variant's parameters, once; the required ones of each variant make
    an ``alternatives`` group (those required in every variant stay required)."""
    variants = [reader.read(t, "params") for t in tables]
    params: list[FieldFact] = []
    for variant in variants:
        for param in variant:
            if all(p.name != param.name for p in params):
                params.append(param)
    required = [{p.name for p in v if p.required} for v in variants]
    common = set.intersection(*required) if required else set()
    groups = [
        [p.name for p in v if p.required and p.name not in common] for v in variants
    ]
    if all(groups):
        facts.alternatives = groups
        for param in params:
            if param.name not in common:
                param.required = False if param.required is not None else None
        facts.notes.append(
            f"params: {len(tables)} documented ways to call; each one's required "
            "parameters are an alternatives group"
        )
    return params


def _rules(facts: MethodFacts, text: str) -> None:
    """``alternatives`` from "one of `A` or `B`" and "required if `X` is not given"."""
    names = {p.name for p in facts.params}
    rules = one_of_in(text, names)
    for param in facts.params:
        if param.unless in names:
            rule = sorted({param.name, param.unless})
            if rule not in [sorted(r) for r in rules]:
                rules.append([param.name, param.unless])
    if not rules or facts.alternatives:
        return
    groups = [list(combo) for combo in itertools.product(*rules)]
    if len(groups) > _MAX_GROUPS:
        facts.notes.append(f"params: {len(groups)} alternatives groups; left out")
        return
    facts.alternatives = [list(dict.fromkeys(g)) for g in groups]
    facts.notes.append(
        "params: " + "; ".join(" or ".join(r) for r in rules) + " (alternatives)"
    )


def _open_filters(facts: MethodFacts, fields: list[FieldFact], path: str) -> None:
    """Filter and sort objects (at any depth) take field names with operators:
    the keys a table lists for them are no closed set."""
    for fact in fields:
        if fact.fields and _OPEN_OBJECTS.fullmatch(fact.name):
            fact.fields = []
            facts.notes.append(
                f"params: the keys listed for {path}{fact.name!r} are the entity's "
                "fields (with operators): not a closed set, left out"
            )
        _open_filters(facts, fact.fields, f"{path}{fact.name}.")


def _params_text(region: list[Block], table: Table | None) -> str:
    parts = [b.text for b in region if isinstance(b, Text)]
    if table is not None:
        parts.extend(cell for row in table.rows for cell in row)
    return "\n".join(parts)


def params_of(page: Page, facts: MethodFacts) -> None:
    blocks = page.blocks
    start = find_heading(blocks, PARAMS_HEADING, max_level=2)
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
    reader = FieldReader(
        PageIndex.of(page),
        (start if start >= 0 else 0, end_index),
        facts,
        starred_note=_REQUIRED_NOTE in page.includes,
    )
    text_region = region if start >= 0 else blocks[:end_index]
    if table is None:
        said_none = any(
            isinstance(b, Text) and _NO_PARAMS.search(b.text) for b in text_region
        ) or any(isinstance(b, Heading) and _NO_PARAMS.search(b.text) for b in blocks)
        conventions = any(
            isinstance(b, Text) and _LIST_CONVENTIONS.search(b.text) for b in region
        )
        if conventions:
            facts.params_found = "table"
            facts.params = _list_params()
            facts.notes.append(
                "params: the page refers to the list-method conventions: select, "
                "filter, order, start"
            )
            return
        facts.params_found = "none" if said_none else "absent"
        if not said_none and start >= 0:
            facts.notes.append("a parameters heading without a parameter table")
        return
    facts.params_found = "table"
    if table.opener != "#|":
        facts.docs_errors.append(
            f"the parameter table opens with {table.opener!r} instead of '#|'; "
            "read as a table"
        )
    variants = _variant_tables(region)
    if len(variants) >= 2 and any(
        isinstance(b, Text) and _VARIANTS.search(b.text) for b in region
    ):
        facts.params = _merge_variants(reader, variants, facts)
    else:
        facts.params = reader.read(table, "params")
    _open_filters(facts, facts.params, "")
    rows, _ = table_rows(table)
    nested_names = {f"{p.name}.{f.name}" for p in facts.params for f in p.fields}
    for row in rows:
        if not name_ok(row.name) and row.name not in nested_names:
            facts.notes.append(
                f"params: row {row.name!r} is not a parameter name; left out"
            )
    if facts.params and all(p.required is None for p in facts.params):
        facts.required_unknown = True
    _rules(facts, _params_text(region, table))
