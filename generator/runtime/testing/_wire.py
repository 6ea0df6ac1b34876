# Source: generator/runtime/testing/_wire.py (hand-written; copied into the package by make generate).
"""Reading request parameters the way the PHP portal reads them.

Form bodies and query strings nest with brackets (percent-encoded or not),
names match case-insensitively, lists are PHP arrays with index keys, and
empty arrays serialise as ``[]``; answers are compact UTF-8 JSON. Shared by
the portal, ``batch``, the store and the handlers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from .._core.phpquery import parse

__all__ = [
    "php_parse",
    "param",
    "has_param",
    "as_mapping",
    "truthy",
    "start_param",
    "names_param",
    "php_array",
    "php_array_json",
    "encode_json",
]

encode_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
"""Compact JSON, UTF-8 text unescaped."""

_ENCODED_BRACKET = re.compile(r"%5[bBdD]")


def php_parse(query: str) -> dict[str, Any]:
    """Parse a query string as PHP does: percent-encoded brackets in a key
    (``fields%5BTITLE%5D=x``, as form encoders send them) still nest."""
    if "%5" in query:
        parts = []
        for part in query.split("&"):
            key, eq, value = part.partition("=")
            if "%5" in key:
                key = _ENCODED_BRACKET.sub(
                    lambda m: "[" if m.group(0)[2] in "bB" else "]", key
                )
            parts.append(key + eq + value)
        query = "&".join(parts)
    return parse(query)


def param(params: Mapping[str, Any], name: str) -> Any:
    """A parameter by name, as the portal reads it: ``name`` or ``NAME``."""
    value = params.get(name)
    if value is None:
        value = params.get(name.upper())
        if value is None:
            lowered = name.lower()
            for key, item in params.items():
                if key.lower() == lowered:
                    return item
    return value


def has_param(params: Mapping[str, Any], name: str) -> bool:
    """Whether ``name`` was sent at all (any letter case, any value but null)."""
    return param(params, name) is not None


def as_mapping(value: Any) -> dict[str, Any] | None:
    """A PHP array as a dict (lists get index keys); None if not an array."""
    if isinstance(value, dict):
        return value
    if isinstance(value, list):
        return {str(index): item for index, item in enumerate(value)}
    return None


def truthy(value: Any) -> bool:
    """``halt``-style booleans: true/1/"1"/"Y"/"true"."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "y", "true", "yes")
    return bool(value)


def start_param(value: Any) -> int:
    """A list method's ``start``: an offset, or -1 (no count); junk reads as 0."""
    if value is None or isinstance(value, bool):
        return 0
    try:
        start = int(str(value).strip())
    except ValueError:
        return 0
    return start if start >= -1 else 0


def names_param(value: Any) -> list[str]:
    """A ``select``-like list of names: an array (list or indexed), one name, none."""
    if value is None or value == "":
        return []
    if isinstance(value, dict):
        return [str(item) for item in value.values()]
    if isinstance(value, list):
        return [str(item) for item in value]
    return [str(value)]


def php_array(section: dict[str, Any]) -> Any:
    """How PHP's json_encode shows an array: ``[]`` when empty, a list when
    the keys are 0..n-1 in order, else an object."""
    if not section:
        return []
    if _is_list(section):
        return list(section.values())
    return section


def php_array_json(encoded: Mapping[str, str]) -> str:
    """The JSON of :func:`php_array` from values already encoded as JSON text
    (joining cached text is much cheaper than encoding the values again)."""
    if _is_list(encoded):  # an empty array too
        return "[" + ",".join(encoded.values()) + "]"
    members = [encode_json(key) + ":" + text for key, text in encoded.items()]
    return "{" + ",".join(members) + "}"


def _is_list(section: Mapping[str, Any]) -> bool:
    return all(key == str(index) for index, key in enumerate(section))
