"""The structure of a method's result: its documented keys, typed by what the portal sends.

Two sources, merged:

- the response tables: the "Возвращаемые данные" table, the sections its
  ``result`` row links to (``#### Тип deal``), and field reference pages a row
  links to (``[описанием задачи](./fields.md)``), to any depth;
- the example answers (every one on the page): the keys they hold and the JSON
  types of their values.  These are the truth about the wire: a key typed
  ``integer`` in the table that an answer sends as ``"161"`` is a ``string``;
  ``null`` joins the union; an empty object sent as ``[]`` adds ``any[]``.
  Keys no answer shows keep the table's type, except that where the answers
  show numbers as strings (classic crm, tasks), numbers and booleans without
  evidence are typed ``string`` too.

Portal-defined keys (``UF_*``) are left out (they are read with ``.get()``);
maps keyed by data (``{"1": …}``) stay ``object``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .facts import FieldFact, MethodFacts
from .fieldtables import OBJECTISH, FieldReader, PageIndex
from .sections import ERRORS_HEADING, LINK, RESPONSE_HEADING, find_heading
from .tables import is_param_table, table_rows
from .wire import fits, is_user_field, join_types, kind_of
from .yfm import Heading, Page, Table

__all__ = ["Refs", "result_structure", "rows_of", "wire_type"]

Refs = Callable[[str, str], Page | None]
"""(page path, link target) -> the linked page, or None."""

ENVELOPE = frozenset({"result", "time", "total", "next", "error", "error_description"})
_MAX_DEPTH = 7
_NUMERIC = re.compile(r"-?\d+(?:\.\d+)?\Z")
_REFERENCE_TITLE = re.compile(r"^(Поля|Описание полей)")


def rows_of(result: Any) -> list[Any] | None:
    """The rows of a list answer, as the runtime's pages take them (None: not a list)."""
    if isinstance(result, list):
        return result
    if isinstance(result, dict):
        if isinstance(result.get("items"), list):
            return list(result["items"])
        lists = [v for v in result.values() if isinstance(v, list)]
        if len(result) == 1 and len(lists) == 1:
            return list(lists[0])
    return None


def _members(spec_type: str) -> list[str]:
    return [m.strip() for m in spec_type.split("|") if m.strip()]


def _as_strings(spec_type: str) -> str:
    """Numbers and booleans as the classic methods send them: strings."""
    out = []
    for member in _members(spec_type):
        depth = member.count("[]")
        base = member.replace("[]", "")
        if base in ("integer", "number", "boolean"):
            base = "string"
        out.append(base + "[]" * depth)
    return join_types(*out)


def wire_type(table: str, values: list[Any], strings: bool) -> str:
    """A result key's type: the table's, unless the answers' values say otherwise."""
    table = table or ""
    seen = [v for v in values if v is not None]
    nulls = len(seen) < len(values)
    if not seen:
        base = _as_strings(table) if strings and table else table
        return join_types(base or "any", "null" if nulls else "")
    members = _members(table) if table else []
    if members and all(any(fits(v, m) for m in members) for v in seen):
        kept = [m for m in members if any(fits(v, m) for v in seen)] or members
        return join_types(*kept, "null" if nulls else "")
    kinds: list[str] = []
    for value in seen:
        if isinstance(value, list) and not value:
            kinds.append("any[]")
            continue
        kinds.append(kind_of(value) or "any")
    if "any[]" in kinds and any(k.endswith("[]") and k != "any[]" for k in kinds):
        kinds = [k for k in kinds if k != "any[]"]
    if "object" in members and "any[]" in kinds:
        kinds.insert(0, "object")  # an empty object sent as []
    return join_types(*kinds, "null" if nulls else "")


def _dicts(values: list[Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for value in values:
        if isinstance(value, dict):
            out.append(value)
        elif isinstance(value, list):
            out.extend(v for v in value if isinstance(v, dict))
    return out


def _keyed_by_data(dicts: list[dict[str, Any]]) -> bool:
    """A map whose keys are data (IDs), not names of a structure."""
    keys = [k for d in dicts for k in d]
    return bool(keys) and all(_NUMERIC.match(k) for k in keys)


_KEY = re.compile(r"[^\s\x00-\x1f](?:[^\x00-\x1f]{0,62}[^\s\x00-\x1f])?\Z")
"""A key the answers show that can be a TypedDict key (``edit.originator``,
``Manifest version`` too)."""


def _merge(
    fields: list[FieldFact], values: list[dict[str, Any]], strings: bool, depth: int
) -> list[FieldFact]:
    """Documented keys typed by the answers, plus the keys only the answers show."""
    out: list[FieldFact] = []
    for fact in fields:
        if is_user_field(fact.name):
            continue
        seen = [d[fact.name] for d in values if fact.name in d]
        out.append(_typed(fact, seen, strings, depth))
    documented = {f.name for f in fields}
    extra: dict[str, list[Any]] = {}
    for value in values:
        for key, item in value.items():
            if key in documented or is_user_field(key) or not _KEY.match(key):
                continue
            extra.setdefault(key, []).append(item)
    for key, seen in extra.items():
        out.append(_typed(FieldFact(key, ""), seen, strings, depth))
    return out


def _typed(fact: FieldFact, seen: list[Any], strings: bool, depth: int) -> FieldFact:
    result = FieldFact(
        fact.name,
        wire_type(fact.type, seen, strings),
        doc_type=fact.doc_type,
        values=list(fact.values),
    )
    if fact.type and fact.type != result.type and not fact.doc_type:
        result.doc_type = fact.type
    dicts = _dicts(seen)
    result.keyed_by_data = fact.keyed_by_data or _keyed_by_data(dicts)
    if "object" in result.type and depth < _MAX_DEPTH and not result.keyed_by_data:
        result.fields = _merge(fact.fields, dicts, strings, depth + 1)
    if result.values and not all(isinstance(v, (str, int)) for v in result.values):
        result.values = []
    return result


def _numbers_as_strings(fields: list[FieldFact], values: list[dict[str, Any]]) -> bool:
    """Do the answers send keys the table types as numbers as digit strings?"""
    for fact in fields:
        if fact.type not in ("integer", "number"):
            continue
        for value in values:
            item = value.get(fact.name)
            if isinstance(item, str) and _NUMERIC.match(item):
                return True
    return any(
        isinstance(v, str) and k.upper() == "ID" and _NUMERIC.match(v)
        for value in values
        for k, v in value.items()
    )


def _region(page: Page) -> tuple[int, int]:
    blocks = page.blocks
    start = find_heading(blocks, RESPONSE_HEADING, max_level=3)
    if start < 0:
        return -1, -1
    for i in range(start + 1, len(blocks)):
        block = blocks[i]
        if isinstance(block, Heading) and block.level == 2:
            if ERRORS_HEADING.search(block.text) or not RESPONSE_HEADING.search(
                block.text
            ):
                return start, i
    return start, len(blocks)


def _reference(
    page: Page, fact: FieldFact, cells: tuple[str, ...], facts: MethodFacts, refs: Refs
) -> list[FieldFact]:
    """The keys a field reference page (``./fields.md``) lists for a row."""
    for cell in cells[1:]:
        for _text, target in LINK.findall(cell):
            path = target.split("#", 1)[0]
            if not path.endswith(".md") or "data-types" in path:
                continue
            linked = refs(page.rel, path)
            if linked is None or not _REFERENCE_TITLE.match(linked.title):
                continue
            for block in linked.blocks:
                if isinstance(block, Table) and is_param_table(block):
                    reader = FieldReader(
                        PageIndex.of(linked), (0, len(linked.blocks)), facts
                    )
                    facts.notes.append(
                        f"result: the keys of {fact.name!r} from {linked.rel}"
                    )
                    keys = reader.read(block, f"result.{fact.name}")
                    facts.result_user_fields |= bool(reader.portal)
                    return keys
    return []


def _documented(page: Page, facts: MethodFacts, refs: Refs) -> list[FieldFact]:
    """The keys the response tables document below ``result``."""
    start, stop = _region(page)
    if start < 0:
        return []
    reader = FieldReader(PageIndex.of(page), (start, stop), facts)
    for block in page.blocks[start + 1 : stop]:
        if not isinstance(block, Table) or not is_param_table(block):
            continue
        rows = reader.read(block, "result")
        if not rows:
            continue
        cells = {r.name: r.cells for r in table_rows(block)[0]}
        facts.result_user_fields = bool(reader.portal)
        out: list[FieldFact] = []
        for fact in rows:
            if fact.type in OBJECTISH and not fact.fields and fact.name in cells:
                fact.fields = _reference(page, fact, cells[fact.name], facts, refs)
        _elements(rows)
        for fact in rows:
            if fact.name == "result":
                out.extend(fact.fields)
            elif fact.name not in ENVELOPE:
                out.append(fact)
        return out
    return []


def _elements(fields: list[FieldFact]) -> None:
    """``chats[]`` rows document the elements of the array ``chats`` (merged
    into a ``chats`` row when the table has one)."""
    by_name = {f.name: f for f in fields}
    for fact in list(fields):
        if fact.name.endswith("[]") and len(fact.name) > 2:
            name = fact.name[:-2]
            sibling = by_name.get(name)
            if sibling is not None:
                sibling.fields = sibling.fields or fact.fields
                fields.remove(fact)
                continue
            fact.name = name
            if not fact.type.endswith("[]") and " | " not in fact.type:
                fact.type += "[]"
    for fact in fields:
        _elements(fact.fields)


def _candidates(fields: list[FieldFact]) -> list[list[FieldFact]]:
    out = [fields]
    for fact in fields:
        if fact.fields:
            out.append(fact.fields)
            out.extend(f.fields for f in fact.fields if f.fields)
    return out


def _best(fields: list[FieldFact], keys: set[str]) -> list[FieldFact]:
    """The documented key list that matches the answers' keys best."""
    best: list[FieldFact] = []
    score = 0
    for candidate in _candidates(fields):
        found = len({f.name for f in candidate} & keys)
        if found > score:
            best, score = candidate, found
    return best


def result_structure(
    page: Page, facts: MethodFacts, results: list[Any], refs: Refs
) -> None:
    """``facts.result_fields`` and ``result_shape`` (``object`` or ``rows``) from
    the response tables and the answers' ``results`` (REST 3.0 ones unwrapped)."""
    documented = _documented(page, facts, refs)
    paged = facts.pagination == "offset"
    rows: list[dict[str, Any]] = []
    objects: list[dict[str, Any]] = []
    for result in results:
        listed = rows_of(result) if paged or isinstance(result, list) else None
        if listed is not None:
            rows.extend(r for r in listed if isinstance(r, dict))
        elif isinstance(result, dict):
            objects.append(result)
    returns = facts.returns
    if rows or (paged or returns.endswith("[]")) and not objects:
        shape, values = "rows", rows
        if not returns.endswith("[]") and " | " not in returns:
            return
    elif objects or "object" in returns:
        shape, values = "object", objects
        if "object" not in returns:
            return
    else:
        return
    keys = {k for v in values for k in v}
    if any(is_user_field(k) for k in keys):
        facts.result_user_fields = True
    fields = _best(documented, keys) if keys else documented
    if not fields and not values:
        return
    strings = _numbers_as_strings(fields, values)
    merged = _merge(fields, values, strings, 0)
    if not merged or _keyed_by_data(values):
        return
    facts.result_fields = merged
    facts.result_shape = shape
