"""The facts the importer takes from one method page (filled in by extract)."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["FieldFact", "MethodFacts"]


@dataclass
class FieldFact:
    """A parameter, or a documented key of an object parameter."""

    name: str
    type: str
    doc_type: str = ""
    required: bool | None = None
    fields: list[FieldFact] = field(default_factory=list)


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
