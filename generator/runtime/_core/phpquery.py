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
- dates and datetimes -> ISO text, enums -> their values, NOT_GIVEN
  entries of mappings are left out (as ``types.to_wire`` does for JSON).
- keys and values are percent-encoded (RFC 3986), brackets stay literal;
  a key holding ``[`` or ``]`` cannot be expressed and is a ValueError;
  a :class:`Raw` value is written as is (batch ``$result[...]`` references
  must reach the server unescaped).
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, unquote_plus

from .types import NOT_GIVEN


class Raw(str):
    """A value written into the query without percent-encoding."""

    __slots__ = ()


def scalar_text(value: Any) -> str:
    """A scalar as PHP reads it from a query string."""
    if value is True:
        return "1"
    if value is False:
        return "0"
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return scalar_text(value.value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value)) if abs(value) < 1e15 else repr(value)
    return str(value)


_UNRESERVED = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
)
_ESCAPES = {c: f"%{c:02X}" for c in range(128) if chr(c) not in _UNRESERVED}
"""``str.translate`` table: an ASCII text percent-encoded in one C call."""


def _quoted(text: str) -> str:
    """``quote(text, safe="")``, without its bytes round trip for ASCII text."""
    if text.isascii():
        return text.translate(_ESCAPES)
    return quote(text, safe="")


@functools.lru_cache(maxsize=1024)
def _key(key: str) -> str:
    if "[" in key or "]" in key:
        raise ValueError(
            f"parameter key {key!r} cannot be sent in a PHP-style query: "
            "keys may not contain '[' or ']'"
        )
    return _quoted(key)


def _pairs(prefix: str, value: Any, out: list[str]) -> None:
    kind = type(value)
    if kind is str:  # the common cases first, by exact type
        out.append(f"{prefix}={_quoted(value)}")
    elif kind is int:
        out.append(f"{prefix}={value}")
    elif kind is dict:
        for key, item in value.items():
            if item is not NOT_GIVEN:
                _pairs(f"{prefix}[{_key(str(key))}]", item, out)
    elif isinstance(value, (list, tuple)):
        nested = False
        for item in value:
            if isinstance(item, (dict, list, tuple, Mapping)):
                nested = True
                break
        for index, item in enumerate(value):
            _pairs(f"{prefix}[{index}]" if nested else f"{prefix}[]", item, out)
    elif isinstance(value, Raw):
        out.append(f"{prefix}={value}")
    elif isinstance(value, Mapping):
        _pairs(prefix, dict(value), out)
    elif isinstance(value, (_dt.date, _dt.datetime)):
        out.append(f"{prefix}={_quoted(value.isoformat())}")
    elif isinstance(value, enum.Enum) and value is not NOT_GIVEN:
        _pairs(prefix, value.value, out)
    else:
        out.append(f"{prefix}={_quoted(scalar_text(value))}")


def encode(params: Mapping[str, Any]) -> str:
    """Encode a mapping of parameters as a PHP-style query string.

    Arguments are turned as :func:`~.types.to_wire` turns them for JSON
    (dates as ISO text, enums as their values, NOT_GIVEN entries left out),
    in the same walk.
    """
    out: list[str] = []
    for key, value in params.items():
        if value is not NOT_GIVEN:
            _pairs(_key(str(key)), value, out)
    return "&".join(out)


_KEY = re.compile(r"^([^\[\]]+)((?:\[[^\[\]]*\])*)$")
_SEGMENT = re.compile(r"\[([^\[\]]*)\]")


class QueryError(ValueError):
    """A query string breaks a bound or is not UTF-8 (strict parsing only);
    the message never quotes the query."""

    def __init__(self, description: str, bound: str | None = None) -> None:
        super().__init__(description)
        self.bound = bound
        """``max_fields`` or ``max_depth`` when a bound was broken, else None."""


def pairs(
    query: str, *, max_fields: int | None = None, strict: bool = False
) -> list[tuple[str, str]]:
    """The ``(key, value)`` pairs of a query string, percent-decoded, flat.

    Raises :class:`QueryError` past ``max_fields`` pairs, and (``strict``)
    when a percent-escape does not decode to UTF-8; otherwise bad escapes
    become U+FFFD, as PHP-facing servers usually read them.
    """
    errors = "strict" if strict else "replace"
    out: list[tuple[str, str]] = []
    for part in query.split("&"):
        if not part:
            continue
        if max_fields is not None and len(out) >= max_fields:
            raise QueryError(
                f"more than {max_fields} fields (max_fields)", "max_fields"
            )
        raw_key, _, raw_value = part.partition("=")
        decoded: tuple[str, str] | None
        try:
            decoded = unquote_plus(raw_key, errors=errors), unquote_plus(
                raw_value, errors=errors
            )
        except UnicodeDecodeError:
            decoded = None  # raised below, apart from the error that quotes bytes
        if decoded is None:
            raise QueryError("a percent-escape that does not decode to UTF-8")
        out.append(decoded)
    return out


def _index(key: str) -> int | None:
    """The integer PHP sees in an array key (``"7"``, not ``"07"``), else None."""
    if key.isascii() and key.isdigit() and len(key) <= 18:
        if key == "0" or key[0] != "0":
            return int(key)
    return None


def nest(
    flat: list[tuple[str, str]], *, max_depth: int | None = None
) -> dict[str, Any]:
    """Nested dicts, lists and strings from flat pairs, as PHP builds them.

    Linear in the pairs: ``x[]`` takes the next free index of its array
    (tracked, not recounted) and nothing recurses, so neither floods nor
    deep keys cost more than their length. A key deeper than ``max_depth``
    bracket levels is a :class:`QueryError`.
    """
    root: dict[str, Any] = {}
    # id(array) -> (the array, kept alive so its id stays its own; the index
    # ``[]`` appends at)
    next_free: dict[int, tuple[dict[str, Any], int]] = {}
    for key, value in flat:
        match = _KEY.match(key)
        if match is None:
            root[key] = value
            continue
        path = [match.group(1)] + _SEGMENT.findall(match.group(2))
        if max_depth is not None and len(path) - 1 > max_depth:
            raise QueryError(
                f"a key nested deeper than {max_depth} levels (max_depth)", "max_depth"
            )
        node = root
        for position, segment in enumerate(path):
            free = next_free.get(id(node), (node, 0))[1]
            index = free if segment == "" else _index(segment)
            if index is not None and index >= free:
                next_free[id(node)] = (node, index + 1)
            segment = str(index) if segment == "" else segment
            if position == len(path) - 1:
                node[segment] = value
            else:
                child = node.get(segment)
                if not isinstance(child, dict):
                    child = node[segment] = {}
                node = child
    _listify(root)
    return root


def _listify(root: dict[str, Any]) -> None:
    """Turn arrays keyed 0..n-1 in order into lists (as json_encode shows
    them), innermost first, without recursion."""
    found: list[tuple[dict[str, Any], str, dict[str, Any]]] = []
    stack = [root]
    while stack:
        node = stack.pop()
        for key, value in node.items():
            if isinstance(value, dict):
                found.append((node, key, value))
                stack.append(value)
    for parent, key, node in reversed(found):  # every child after its parent
        parent[key] = _array(node)


def _array(node: dict[str, Any]) -> Any:
    """A PHP array keyed 0..n-1 in order as a list, any other as a dict."""
    if node and all(key == str(index) for index, key in enumerate(node)):
        return list(node.values())
    return node


def parse(
    query: str,
    *,
    max_fields: int | None = None,
    max_depth: int | None = None,
    strict: bool = False,
) -> dict[str, Any]:
    """Parse a PHP-style query string into nested dicts, lists and strings.

    As in PHP, keys are percent-decoded first, so ``auth%5Bdomain%5D`` is
    ``auth[domain]``. A key whose brackets do not match is kept whole as a
    plain key; a later duplicate of a key wins. The bounds and ``strict``
    are those of :func:`pairs` and :func:`nest`.
    """
    flat = pairs(query, max_fields=max_fields, strict=strict)
    return nest(flat, max_depth=max_depth)


def php_view(params: dict[str, Any]) -> dict[str, Any]:
    """What PHP sees of ``params`` after a round trip: scalars as strings,
    empty containers dropped, arrays keyed 0..n-1 as lists."""
    return {str(k): _view(v) for k, v in params.items() if not _empty(v)}


def _view(value: Any) -> Any:
    if isinstance(value, dict):
        return _array({str(k): _view(v) for k, v in value.items() if not _empty(v)})
    if isinstance(value, (list, tuple)):
        if any(isinstance(item, (dict, list, tuple)) for item in value):
            return _array(
                {str(i): _view(v) for i, v in enumerate(value) if not _empty(v)}
            )
        return [_view(v) for v in value]
    return scalar_text(value)


def _empty(value: Any) -> bool:
    """True for a container that encodes to no pairs at all."""
    if isinstance(value, dict):
        return all(_empty(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return all(_empty(v) for v in value)
    return False
