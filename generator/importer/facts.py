"""The facts the importer takes from one method page (filled in by extract)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Conflict", "FieldFact", "MethodFacts"]


@dataclass
class FieldFact:
    """A parameter, or a documented key of an object (parameter or result)."""

    name: str
    type: str
    doc_type: str = ""
    required: bool | None = None
    fields: list[FieldFact] = field(default_factory=list)
    values: list[Any] = field(default_factory=list)
    """The documented enumeration (strings or integers), or []."""
    default: Any = None
    """The documented default, or None."""
    user_fields: bool = False
    """The object takes portal-defined keys (``UF_*``) besides its documented ones."""
    unless: str = ""
    """"Required if ``unless`` is not given" (the row's own rule)."""
    keyed_by_data: bool = False
    """An object whose keys are data (IDs): its keys are never listed."""


@dataclass(frozen=True)
class Conflict:
    """Where the docs' table and the docs' examples disagree (the examples won)."""

    param: str
    """The dotted key path: ``id``, ``fields.TITLE``."""
    what: str
    """``name case``, ``type``, ``required``, ``missing from the table``, ``values``."""
    table: str
    examples: str


@dataclass
class MethodFacts:
    name: str
    source: str
    api: int = 1
    scopes: list[str] = field(default_factory=list)
    access: str = ""
    deprecated: bool = False
    successor: str = ""
    params: list[FieldFact] = field(default_factory=list)
    params_found: str = "absent"
    """``table`` (a parameter table), ``none`` (the page says there are no
    parameters) or ``absent`` (neither)."""
    required_unknown: bool = False
    """The parameter table marks no parameter as required."""
    returns: str = "any"
    returns_from: str = "default"
    """``table``, ``example`` or ``default``."""
    pagination: str = "none"
    errors: list[str] = field(default_factory=list)
    calls: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    unknown_types: list[str] = field(default_factory=list)
    alternatives: list[list[str]] = field(default_factory=list)
    """Groups of parameters: at least one group must be given in full."""
    conflicts: list[Conflict] = field(default_factory=list)
    docs_errors: list[str] = field(default_factory=list)
    """What the page gets wrong, and how the spec handles it (for the report)."""
    result_fields: list[FieldFact] | None = None
    """The documented keys of the result object (of a row, for a list), or None."""
    result_user_fields: bool = False
    """The result's objects carry portal-defined keys (``UF_*``)."""
    result_named: str = ""
    """The named type (spec/_types) the result's entity is, or ""."""
    result_wrapper: str = ""
    """The key that wraps the entity in the result (``task``), or ""."""
    result_shape: str = ""
    """How ``result_fields`` sit in the result: ``object`` (the result is that
    object) or ``rows`` (a list of them, maybe wrapped, as pages unwrap it)."""
