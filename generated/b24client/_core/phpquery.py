# Source: generator/runtime/_core/phpquery.py (hand-written; copied into the package by make generate).
"""PHP-style query strings: the encoding of ``batch`` commands and form bodies.

Bitrix24 parses query strings with PHP's rules, so nested data travels as
``fields[TITLE]=Deal&select[]=ID&filter[>ID]=5``. :func:`encode` writes that
form and :func:`parse` reads it back (the fake portal uses it); together
they round-trip every JSON-like value once scalars are seen as PHP sees
them (see :func:`php_view`).

Rules, following PHP's ``http_build_query`` where it has one:

- dict -> ``key[sub]=…``; a list of scalars -> ``key[]=…``; a list holding
  dicts or lists -> ``key[0][…]=…`` (``[]`` would split its members).
- ``True``/``False`` -> ``1``/``0``; ``None`` -> an empty value (Bitrix
  clears a field given an empty value); numbers by ``str``.
- empty dicts and lists are left out, as PHP does.
- keys and values are percent-encoded (RFC 3986), brackets stay literal;
  a key holding ``[`` or ``]`` cannot be expressed and is a ValueError;
  a :class:`Raw` value is written as is (batch ``$result[...]`` references
  must reach the server unescaped).
"""

from __future__ import annotations

import enum
import re
from typing import Any
from urllib.parse import quote, unquote_plus


class Raw(str):
    """A value written into the query without percent-encoding."""

    __slots__ = ()


def _scalar(value: Any) -> str:
    if value is True:
        return "1"
    if value is False:
        return "0"
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return _scalar(value.value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value)) if abs(value) < 1e15 else repr(value)
    return str(value)


def _key(key: Any) -> str:
    text = str(key)
    if "[" in text or "]" in text:
        raise ValueError(
            f"parameter key {text!r} cannot be sent in a PHP-style query: "
            "keys may not contain '[' or ']'"
        )
    return quote(text, safe="")


def _pairs(prefix: str, value: Any, out: list[str]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            _pairs(f"{prefix}[{_key(key)}]", item, out)
    elif isinstance(value, (list, tuple)):
        nested = any(isinstance(item, (dict, list, tuple)) for item in value)
        for index, item in enumerate(value):
            _pairs(f"{prefix}[{index}]" if nested else f"{prefix}[]", item, out)
    elif isinstance(value, Raw):
        out.append(f"{prefix}={value}")
    else:
        out.append(f"{prefix}={quote(_scalar(value), safe='')}")


def encode(params: dict[str, Any]) -> str:
    """Encode a mapping of parameters as a PHP-style query string."""
    out: list[str] = []
    for key, value in params.items():
        _pairs(_key(key), value, out)
    return "&".join(out)


_KEY = re.compile(r"^([^\[\]]+)((?:\[[^\[\]]*\])*)$")
_SEGMENT = re.compile(r"\[([^\[\]]*)\]")


def _listify(node: Any) -> Any:
    """PHP arrays keyed 0..n-1 in order are lists (as json_encode shows them)."""
    if not isinstance(node, dict):
        return node
    items = {key: _listify(value) for key, value in node.items()}
    if items and list(items) == [str(i) for i in range(len(items))]:
        return list(items.values())
    return items


def parse(query: str) -> dict[str, Any]:
    """Parse a PHP-style query string into nested dicts, lists and strings.

    As in PHP, keys are percent-decoded first, so ``auth%5Bdomain%5D`` is
    ``auth[domain]``. A key whose brackets do not match is kept whole as a
    plain key; a later duplicate of a key wins.
    """
    root: dict[str, Any] = {}
    for part in query.split("&"):
        if not part:
            continue
        raw_key, _, raw_value = part.partition("=")
        key, value = unquote_plus(raw_key), unquote_plus(raw_value)
        match = _KEY.match(key)
        if match is None:
            root[key] = value
            continue
        path = [match.group(1)] + _SEGMENT.findall(match.group(2))
        node = root
        for index, segment in enumerate(path):
            last = index == len(path) - 1
            if segment == "":
                segment = str(sum(1 for k in node if k.isdigit()))
            if last:
                node[segment] = value
            else:
                child = node.get(segment)
                if not isinstance(child, dict):
                    child = node[segment] = {}
                node = child
    return {key: _listify(value) for key, value in root.items()}


def php_view(params: dict[str, Any]) -> dict[str, Any]:
    """What PHP sees of ``params`` after a round trip: scalars as strings,
    empty containers dropped, arrays keyed 0..n-1 as lists."""
    return {str(k): _view(v) for k, v in params.items() if not _empty(v)}


def _view(value: Any) -> Any:
    if isinstance(value, dict):
        return _listify({str(k): _view(v) for k, v in value.items() if not _empty(v)})
    if isinstance(value, (list, tuple)):
        if any(isinstance(item, (dict, list, tuple)) for item in value):
            return _listify(
                {str(i): _view(v) for i, v in enumerate(value) if not _empty(v)}
            )
        return [_view(v) for v in value]
    return _scalar(value)


def _empty(value: Any) -> bool:
    """True for a container that encodes to no pairs at all."""
    if isinstance(value, dict):
        return all(_empty(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return all(_empty(v) for v in value)
    return False
