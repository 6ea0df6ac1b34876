"""Python names for wire names: pure functions, no I/O.

Wire names (method segments, parameter names) are camelCase, UPPER_CASE or
already snake_case; Python names are snake_case identifiers.  A few names
would break the generated code (keywords, names the generated code itself
uses); they get a trailing underscore, like ``import`` -> ``import_``.
"""

from __future__ import annotations

import re

__all__ = [
    "ATTRIBUTE_RESERVED",
    "KEYWORDS",
    "PARAM_RESERVED",
    "class_name",
    "constant_name",
    "is_identifier",
    "module_name",
    "pascal_case",
    "python_attribute",
    "python_param",
    "snake_case",
]

# The hard keywords of Python 3.11+ (fixed here rather than taken from the
# running interpreter, so the output does not depend on it).  Soft keywords
# (match, case, type, _) are valid names and are left alone.
KEYWORDS = frozenset(
    "False None True and as assert async await break class continue def del "
    "elif else except finally for from global if import in is lambda nonlocal "
    "not or pass raise return try while with yield".split()
)

# Names a generated method body or annotation looks up in the function scope
# (where a parameter of the same name would shadow them).
PARAM_RESERVED = KEYWORDS | frozenset(
    "self cast yes_no builtins datetime int str bool float list dict tuple".split()
)

# Names a generated class body evaluates at run time (decorators), that
# annotations spell without a ``builtins.`` fallback, or that a submodule of
# the same name would overwrite in its package's globals.
ATTRIBUTE_RESERVED = KEYWORDS | frozenset(
    {"builtins", "cast", "datetime", "property", "yes_no"}
)

_ACRONYM = re.compile(r"([A-Z]+)([A-Z][a-z])")
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def snake_case(name: str) -> str:
    """``paymentItemShipment`` -> ``payment_item_shipment``, ``ID`` -> ``id``.

    ``UF_CRM_1`` -> ``uf_crm_1``, ``HTTPServer`` -> ``http_server``.  Nothing
    but case boundaries is touched: a name with other characters stays
    invalid (see :func:`is_identifier`).
    """
    name = _ACRONYM.sub(r"\1_\2", name)
    name = _CAMEL.sub(r"\1_\2", name)
    return name.lower()


def is_identifier(name: str) -> bool:
    """An ASCII Python identifier (keywords included: they get escaped)."""
    return bool(_IDENTIFIER.match(name))


def _escape(name: str, reserved: frozenset[str]) -> str:
    return name + "_" if name in reserved else name


def python_param(wire_name: str) -> str:
    """The keyword-argument name of a parameter: ``entityTypeId`` -> ``entity_type_id``."""
    return _escape(snake_case(wire_name), PARAM_RESERVED)


def python_attribute(segment: str) -> str:
    """The attribute name of a method-name segment: ``import`` -> ``import_``."""
    return _escape(snake_case(segment), ATTRIBUTE_RESERVED)


def class_name(python_path: tuple[str, ...] | list[str]) -> str:
    """``("crm", "deal", "contact", "items")`` -> ``CrmDealContactItems``."""
    return "".join(
        part[:1].upper() + part[1:]
        for segment in python_path
        for part in segment.split("_")
    )


def constant_name(python_path: tuple[str, ...] | list[str]) -> str:
    """The MethodInfo constant of a method: ``_CRM_DEAL_CONTACT_ITEMS_DELETE``."""
    return "_" + "_".join(s.strip("_").upper() for s in python_path)


def module_name(python_segment: str) -> str:
    """The module file stem of a namespace segment (already a safe identifier)."""
    return python_segment


_WORD = re.compile(r"[A-Za-z0-9]+")


def pascal_case(wire_name: str) -> str:
    """A wire name as a part of a class name: ``PRODUCT_ROWS`` -> ``ProductRows``,
    ``entityTypeId`` -> ``EntityTypeId``, ``filter[ID]`` -> ``FilterId``."""
    words = _WORD.findall(snake_case(wire_name))
    return "".join(word[:1].upper() + word[1:] for word in words)
