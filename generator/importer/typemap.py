"""The ONE table that maps the docs' type names to spec base types.

The docs write a parameter's type as a base type (``integer``, ``string``…),
an array of one (``string[]``), a union (``string | integer``) or a domain
type: a dictionary value (``crm_status``), a foreign key (``user.id``,
``sale_order.id``, ``crm_company``) or a named structure (``crm_multifield``,
``catalog_product``).  Every such name goes through :data:`TABLE`, in order;
the first entry that matches gives the spec type.  A name that no entry
matches is a named structure: ``object``.  When the docs' name is not itself
a spec base type, the spec keeps it as the parameter's ``doc_type``.

The entries come from the docs' own type pages (api-reference/data-types.md,
crm/data-types.md, sale/data-types.md, catalog/data-types.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["TABLE", "Mapped", "map_type", "map_union"]

# (pattern, spec type); patterns match the whole name, case-sensitively unless
# written with (?i).  None as the spec type drops the member (``null``).
TABLE: tuple[tuple[str, str | None], ...] = (
    # The docs' base types (data-types.md "Базовые типы данных").
    (r"(?i)integer|int|bigint|long", "integer"),
    (r"(?i)string|text|str|char", "string"),
    (r"(?i)boolean|bool", "boolean"),
    (r"(?i)double|float|number|decimal|numeric", "number"),
    (r"(?i)date", "date"),
    (r"(?i)datetime|date_time", "datetime"),
    (r"(?i)timestamp", "integer"),  # Unix seconds
    (r"(?i)file", "file"),
    (r"(?i)object|json", "object"),
    (r"(?i)array|list|map", "any[] | object"),  # a PHP array: a list or keyed
    (r"(?i)any|mixed", "any"),
    (r"(?i)enum", "string | integer"),  # one value of a documented set
    (r"(?i)null|void", None),
    # Dictionary values and identifiers (data-types.md "ссылки на объекты",
    # crm/data-types.md "Типы данных").
    (
        r"user|user_id|employee|group|crm_lead|crm_deal|crm_contact|crm_company",
        "integer",
    ),
    (r"crm_quote|crm_category|crm_entity|crm_invoice|crm_smart_invoice", "integer"),
    (r"crm_item_product_row|location|iblock_element|iblock_section", "integer"),
    (r"crm_enum_[a-z_]+", "integer"),
    (r"crm_status|crm_currency|crm|userFieldEntityId|lang|language_id", "string"),
    (r"sale_status|sale_paysystem\.ACTION_FILE", "string"),
    (
        r"uf_enum_element|lang_map|crm_multifield|crm_userfield|recurring_params",
        "object",
    ),
    (
        r"diskfile|attached_diskfile|crm_activity_communication|crm_activity_binding",
        "object",
    ),
    # Foreign keys written as <entity>.<key> (sale/catalog data types).
    (r"[A-Za-z][A-Za-z0-9_]*\.(?i:id|entity_id)", "integer"),
    (
        r"[A-Za-z][A-Za-z0-9_]*\.(?i:code|lid|symbol|currency|xml_?id|name|type)",
        "string",
    ),
)

_COMPILED = tuple((re.compile(p), t) for p, t in TABLE)
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*\Z")


@dataclass(frozen=True)
class Mapped:
    type: str
    """A spec type expression ("" when every member was dropped)."""
    doc_type: str
    """The docs' own spelling when it is not already the spec type, else ""."""
    unknown: tuple[str, ...] = ()
    """Names no table entry matched (mapped to ``object``)."""


def _one(name: str) -> tuple[str | None, bool]:
    """(spec type or None to drop, matched by an entry)."""
    for pattern, spec in _COMPILED:
        if pattern.fullmatch(name):
            return spec, True
    return "object", False


def map_type(token: str) -> tuple[str | None, bool]:
    """One docs type token (``crm_contact[]``, ``string``) -> (spec type, known).

    ``T[]`` maps its element; a mapped union element is wrapped in parentheses
    only in spirit: ``(any[] | object)[]`` is flattened to ``any[]``.
    """
    token = token.strip()
    depth = 0
    while token.endswith("[]"):
        token = token[:-2].strip()
        depth += 1
    if not _NAME.match(token):
        return "any" + "[]" * depth, False
    spec, known = _one(token)
    if spec is None:
        return (None, True) if depth == 0 else ("any" + "[]" * depth, True)
    if depth:
        if "|" in spec:
            spec = "any"
        spec = spec + "[]" * depth
    return spec, known


def map_union(tokens: list[str]) -> Mapped:
    """Docs type tokens of one parameter (a union when several) -> spec type."""
    members: list[str] = []
    unknown: list[str] = []
    for token in tokens:
        spec, known = map_type(token)
        if not known:
            unknown.append(token.strip())
        if spec is None:
            continue
        for member in spec.split(" | "):
            if member not in members:
                members.append(member)
    if "any" in members:
        members = ["any"]
    # "any[]" beside a concrete array adds nothing.
    if "any[]" in members and any(m.endswith("[]") and m != "any[]" for m in members):
        members.remove("any[]")
    spec = " | ".join(members)
    original = " | ".join(t.strip() for t in tokens)
    doc_type = "" if original == spec else original
    return Mapped(spec, doc_type, tuple(unknown))
