"""Named types shared by the methods that read one entity (``spec/_types/``).

The rows of ``crm.deal.list`` and the object of ``crm.deal.get`` are one deal:
every method whose last segment reads (``get``, ``list``, ``getlist``,
``current``) and whose result has a structure contributes its keys to the
type of its entity (and so does a method of the entity whose result wraps
one object of it: ``crm.item.add`` -> ``{"item": …}``), named from the other segments in PascalCase
(``crm.deal`` -> ``CrmDeal``, ``user`` -> ``User``; REST 3.0 types start with
``V3``), with the aliases in :data:`ALIASES`.  A result wrapped in one key
(``{"task": {…}}``, ``{"item": {…}}``) names the wrapped object.  The keys
of all contributors are merged (types joined), so a type admits what every
answer of the entity sends.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .facts import FieldFact, MethodFacts
from .wire import is_user_field, join_types

__all__ = [
    "ALIASES",
    "COORDINATED",
    "NamedType",
    "entity_types",
    "field_descriptions",
    "named_expr",
    "references",
    "type_path",
]

ENTITY_VERBS = frozenset({"get", "list", "getlist", "current"})
ALIASES: dict[str, str] = {
    "crm.deal.productrows": "CrmProductRow",
    "crm.lead.productrows": "CrmProductRow",
    "crm.quote.productrows": "CrmProductRow",
    "crm.productrow": "CrmProductRow",
}
"""Entities that are one structure under several names (a product row of a
deal, a lead or a quote)."""
COORDINATED = frozenset({"CrmDeal", "CrmProductRow", "TasksTask", "User", "CrmItem"})
"""Types the curated specs name (issue 11's format page): written even when
no imported spec reads them."""


@dataclass
class NamedType:
    name: str
    scope: str
    fields: list[FieldFact]
    sources: list[MethodFacts] = field(default_factory=list)
    user_fields: bool = False


def type_name(facts: MethodFacts) -> str:
    segments = facts.name.split(".")[:-1]
    entity = ".".join(segments)
    if not segments:
        return ""
    name = ALIASES.get(entity) or "".join(s[:1].upper() + s[1:] for s in segments)
    return ("V3" + name) if facts.api == 3 else name


def named_expr(spec_type: str, name: str) -> str:
    """``object`` -> ``Name``, ``object[]`` -> ``Name[]`` in a type expression."""
    members = [m.strip() for m in spec_type.split("|")]
    return " | ".join(
        name + m[len("object") :] if m.startswith("object") else m for m in members
    )


def references(facts: MethodFacts) -> set[str]:
    """The named types a method's result names."""
    found = {facts.result_named} if facts.result_named else set()
    stack = list(facts.result_fields or [])
    while stack:
        fact = stack.pop()
        found.update(
            m.strip().rstrip("[]")
            for m in fact.type.split("|")
            if m.strip()[:1].isupper()
        )
        stack.extend(fact.fields)
    return found


def type_path(named: NamedType) -> str:
    """Where a named type lives, relative to spec/."""
    return f"_types/{named.scope}/{named.name}.yaml"


def _entity_fields(facts: MethodFacts) -> tuple[list[FieldFact], str] | None:
    """The entity's keys in a result, and the wrapper key ("" when not wrapped)."""
    fields = facts.result_fields
    if not fields:
        return None
    if facts.result_shape == "rows":
        return fields, ""
    if len(fields) == 1 and fields[0].fields and "object" in fields[0].type:
        return fields[0].fields, fields[0].name
    return fields, ""


def merge_fields(into: list[FieldFact], more: list[FieldFact]) -> list[FieldFact]:
    """Keys of both, in first-seen order; a key in both gets both types."""
    by_name = {f.name: f for f in into}
    for fact in more:
        mine = by_name.get(fact.name)
        if mine is None:
            into.append(fact)
            by_name[fact.name] = fact
            continue
        mine.type = join_types(mine.type, fact.type)
        mine.doc_type = mine.doc_type or fact.doc_type
        mine.keyed_by_data = mine.keyed_by_data or fact.keyed_by_data
        if mine.keyed_by_data:
            mine.fields = []
        elif fact.fields:
            mine.fields = merge_fields(mine.fields, fact.fields)
        if mine.values and fact.values and mine.values != fact.values:
            mine.values = list(dict.fromkeys(mine.values + fact.values))
    return into


def entity_types(all_facts: list[MethodFacts]) -> dict[str, NamedType]:
    """Every named type, and (on each contributor) ``result_named`` set.

    Readers (``get``, ``list``…) make the types; any other method of the entity
    whose result wraps one object (``crm.item.add`` -> ``{"item": …}``) reads
    as the same type and adds its keys."""
    types: dict[str, NamedType] = {}
    readers = [f for f in all_facts if f.name.split(".")[-1].lower() in ENTITY_VERBS]
    others = [f for f in all_facts if f.name.split(".")[-1].lower() not in ENTITY_VERBS]
    for facts in readers + others:
        found = _entity_fields(facts)
        name = type_name(facts)
        if found is None or not name or "object" not in facts.returns:
            continue
        fields, wrapper = found
        if facts in others and not _wraps_entity(facts, wrapper, name, types):
            continue
        scope = facts.name.split(".")[0].lower()
        named = types.get(name)
        if named is None:
            named = types[name] = NamedType(name, scope, [])
        named.fields = merge_fields(named.fields, [_copy(f) for f in fields])
        named.sources.append(facts)
        named.user_fields = named.user_fields or facts.result_user_fields
        facts.result_named = name
        facts.result_wrapper = wrapper
    for named in types.values():
        named.fields = [f for f in named.fields if not is_user_field(f.name)]
    return types


def _wraps_entity(
    facts: MethodFacts, wrapper: str, name: str, types: dict[str, NamedType]
) -> bool:
    """A method other than a reader counts only when its one key names the
    entity (``crm.item.add`` -> ``item``, ``tasks.task.add`` -> ``task``):
    ``crm.item.fields`` -> ``{"fields": …}`` describes fields, not an item."""
    entity = facts.name.split(".")[-2].lower()
    return bool(wrapper) and name in types and wrapper.lower() == entity


def _copy(fact: FieldFact) -> FieldFact:
    return FieldFact(
        fact.name,
        fact.type,
        doc_type=fact.doc_type,
        required=fact.required,
        fields=[_copy(f) for f in fact.fields],
        values=list(fact.values),
        keyed_by_data=fact.keyed_by_data,
    )


_DESCRIPTION_KEYS = frozenset({"type", "isRequired"})


def field_descriptions(all_facts: list[MethodFacts]) -> dict[str, NamedType]:
    """One type per scope for the field descriptions the ``*.fields`` methods
    send (``{"TITLE": {"type": …, "isRequired": …, "title": …}, …}``): each
    described field's value is that type instead of an object of its own."""
    types: dict[str, NamedType] = {}
    for facts in all_facts:
        fields = facts.result_fields or []
        if len(fields) == 1 and fields[0].fields and "object" in fields[0].type:
            fields = fields[0].fields  # {"product": {…}}: the wrapped map
        described = [f for f in fields if f.fields]
        if len(described) < 3 or len(described) < 0.8 * len(fields):
            continue
        if not all(_DESCRIPTION_KEYS <= {k.name for k in f.fields} for f in described):
            continue
        scope = facts.name.split(".")[0].lower()
        name = ("V3" if facts.api == 3 else "") + scope[:1].upper() + scope[1:]
        name += "FieldDescription"
        named = types.get(name)
        if named is None:
            named = types[name] = NamedType(name, scope, [])
        for fact in described:
            named.fields = merge_fields(named.fields, [_copy(f) for f in fact.fields])
            fact.type = named_expr(fact.type, name)
            fact.fields = []
        named.sources.append(facts)
    return types
