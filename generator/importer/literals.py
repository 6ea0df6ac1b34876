"""Values written in the docs' example code: JSON, JS object literals, PHP arrays, Go maps.

One recursive-descent reader per position in the text, three dialects.  What
it cannot evaluate (a variable, a call, ``now.toISOString()``, ``'a' . $b``)
becomes :data:`UNKNOWN`: a value of no known type, which every check accepts.
A PHP ``[]`` / ``array()`` is :data:`EMPTY` (PHP cannot tell an empty list from
an empty map).  Nothing here raises on malformed input: a broken literal
gives ``UNREADABLE`` from :func:`read_value`.
"""

from __future__ import annotations

import json
import re
from typing import Any, Literal

__all__ = [
    "EMPTY",
    "UNKNOWN",
    "UNREADABLE",
    "Dialect",
    "loads",
    "read_value",
    "skip_space",
]

Dialect = Literal["js", "php", "go"]


class _Marker:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


UNKNOWN: Any = _Marker("UNKNOWN")
"""An expression the reader does not evaluate: any type."""
EMPTY: Any = _Marker("EMPTY")
"""A PHP empty array: an empty list or an empty map."""
UNREADABLE: Any = _Marker("UNREADABLE")
"""Not a literal the reader understands."""

_NUMBER = re.compile(r"-?(?:0[xX][0-9a-fA-F]+|\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+)")
_IDENT = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
_GO_TYPE = re.compile(
    r"(?:\[\]|map\[[^\]]*\])*(?:[A-Za-z_][A-Za-z0-9_]*\.)?[A-Za-z_][A-Za-z0-9_]*(?:\{\})?"
)
_MAX_DEPTH = 60


class _Fail(Exception):
    pass


def skip_space(text: str, pos: int, dialect: Dialect = "js") -> int:
    """Past whitespace and comments (``//``, ``/* */``, PHP ``#``)."""
    n = len(text)
    while pos < n:
        ch = text[pos]
        if ch.isspace():
            pos += 1
        elif text.startswith("//", pos) or (dialect == "php" and ch == "#"):
            end = text.find("\n", pos)
            pos = n if end == -1 else end + 1
        elif text.startswith("/*", pos):
            end = text.find("*/", pos + 2)
            pos = n if end == -1 else end + 2
        else:
            break
    return pos


def _string(text: str, pos: int, dialect: Dialect) -> tuple[str, int]:
    quote = text[pos]
    out: list[str] = []
    i = pos + 1
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == quote:
            return "".join(out), i + 1
        if ch == "\\" and i + 1 < n:
            nxt = text[i + 1]
            if dialect == "php" and quote == "'" and nxt not in "'\\":
                out.append(ch)
                i += 1
                continue
            if dialect == "go" and quote == "`":
                out.append(ch)
                i += 1
                continue
            simple = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}
            if nxt == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", text[i + 2 : i + 6]):
                out.append(chr(int(text[i + 2 : i + 6], 16)))
                i += 6
                continue
            out.append(simple.get(nxt, nxt))
            i += 2
            continue
        if ch == "\n" and quote in "'\"" and dialect != "php":
            raise _Fail("newline in a string")
        out.append(ch)
        i += 1
    raise _Fail("unterminated string")


def _skip_expression(text: str, pos: int, dialect: Dialect) -> int:
    """Past an expression: up to a ``,`` or a closing bracket at depth 0."""
    depth = 0
    n = len(text)
    while pos < n:
        pos = skip_space(text, pos, dialect)
        if pos >= n:
            break
        ch = text[pos]
        if ch in "'\"`":
            _, pos = _string(text, pos, dialect)
            continue
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            if depth == 0:
                return pos
            depth -= 1
        elif ch == "," and depth == 0:
            return pos
        elif ch == ";" and depth == 0:
            return pos
        pos += 1
    raise _Fail("unterminated expression")


class _Reader:
    def __init__(self, text: str, dialect: Dialect) -> None:
        self.text = text
        self.dialect = dialect

    def space(self, pos: int) -> int:
        return skip_space(self.text, pos, self.dialect)

    def value(self, pos: int, depth: int) -> tuple[Any, int]:
        if depth > _MAX_DEPTH:
            raise _Fail("too deep")
        text = self.text
        pos = self.space(pos)
        start = pos
        value = self.primary(pos, depth)
        if value is None:
            end = _skip_expression(text, start, self.dialect)
            if end == start:
                raise _Fail("a value is missing")
            return UNKNOWN, end
        result, pos = value
        after = self.space(pos)
        if after < len(text) and text[after] not in ",)]}" and text[after] != ";":
            if self.dialect == "php" and text.startswith("=>", after):
                return result, pos
            if self.dialect == "go" and text[after] == ":":
                return result, pos  # a map key
            end = _skip_expression(text, start, self.dialect)
            return UNKNOWN, end
        return result, pos

    def primary(self, pos: int, depth: int) -> tuple[Any, int] | None:
        """A literal at ``pos``, or None when it is an expression."""
        text = self.text
        if pos >= len(text):
            raise _Fail("end of text")
        ch = text[pos]
        dialect = self.dialect
        if ch in "'\"" or (ch == "`" and dialect in ("js", "go")):
            if (
                ch == "`"
                and dialect == "js"
                and "${" in text[pos : text.find("`", pos + 1)]
            ):
                _, end = _string(text, pos, dialect)
                return UNKNOWN, end
            if dialect == "php" and ch == '"':
                body, end = _string(text, pos, dialect)
                return (UNKNOWN if "$" in body else body), end
            return _string(text, pos, dialect)
        if ch == "{" and dialect == "js":
            return self.js_object(pos + 1, depth)
        if ch == "[" and dialect in ("js", "php"):
            return self.sequence(pos + 1, "]", depth)
        number = _NUMBER.match(text, pos)
        if number and not _IDENT.match(text, number.end()):
            raw = number.group(0)
            try:
                if raw.lower().lstrip("-").startswith("0x"):
                    return int(raw, 16), number.end()
                if any(c in raw for c in ".eE"):
                    return float(raw), number.end()
                return int(raw), number.end()
            except ValueError:
                return None
        if dialect == "go":
            if ch == "{":  # an element of a typed list: its type is elided
                return self.go_map(pos + 1, depth)
            typed = _GO_TYPE.match(text, pos)
            if typed and text.startswith("{", typed.end()):
                name = typed.group(0)
                if name.startswith("[]"):
                    return self.sequence(typed.end() + 1, "}", depth)
                if name.startswith("map[") or "." in name:
                    return self.go_map(typed.end() + 1, depth)
        ident = _IDENT.match(text, pos)
        if ident:
            word = ident.group(0)
            lowered = word.lower() if dialect == "php" else word
            consts: dict[str, Any] = {"true": True, "false": False, "null": None}
            if dialect == "go":
                consts = {"true": True, "false": False, "nil": None}
            if lowered in consts:
                return consts[lowered], ident.end()
            if dialect == "php" and lowered == "array":
                after = self.space(ident.end())
                if text.startswith("(", after):
                    return self.sequence(after + 1, ")", depth)
        return None

    def js_object(self, pos: int, depth: int) -> tuple[Any, int]:
        text = self.text
        out: dict[str, Any] = {}
        while True:
            pos = self.space(pos)
            if pos >= len(text):
                raise _Fail("unterminated object")
            if text[pos] == "}":
                return out, pos + 1
            if text.startswith("...", pos):
                pos = _skip_expression(text, pos + 3, "js")
            else:
                key: str | None
                ch = text[pos]
                if ch in "'\"":
                    key, pos = _string(text, pos, "js")
                elif ch == "[":
                    end = _skip_expression(text, pos + 1, "js")
                    key, pos = None, end + 1
                else:
                    word = _IDENT.match(text, pos) or _NUMBER.match(text, pos)
                    if not word:
                        raise _Fail("bad key")
                    key, pos = word.group(0), word.end()
                pos = self.space(pos)
                if pos < len(text) and text[pos] == ":":
                    value, pos = self.value(pos + 1, depth + 1)
                    if key is not None:
                        out[key] = value
                elif pos < len(text) and text[pos] in ",}":
                    if key is not None:
                        out[key] = UNKNOWN  # shorthand {id}
                else:
                    pos = _skip_expression(text, pos, "js")  # a method definition
            pos = self.space(pos)
            if pos < len(text) and text[pos] == ",":
                pos += 1
            elif pos < len(text) and text[pos] == "}":
                continue
            else:
                raise _Fail("expected , or }")

    def go_map(self, pos: int, depth: int) -> tuple[Any, int]:
        text = self.text
        out: dict[str, Any] = {}
        while True:
            pos = self.space(pos)
            if pos >= len(text):
                raise _Fail("unterminated map")
            if text[pos] == "}":
                return out, pos + 1
            key, pos = self.value(pos, depth + 1)
            pos = self.space(pos)
            if not text.startswith(":", pos):
                raise _Fail("expected :")
            value, pos = self.value(pos + 1, depth + 1)
            if isinstance(key, str):
                out[key] = value
            pos = self.space(pos)
            if text.startswith(",", pos):
                pos += 1
            elif not text.startswith("}", pos):
                raise _Fail("expected , or }")

    def sequence(self, pos: int, closer: str, depth: int) -> tuple[Any, int]:
        """A JS/Go list, or a PHP array (keyed entries make a map)."""
        text = self.text
        items: list[Any] = []
        keyed: dict[str, Any] = {}
        any_key = False
        while True:
            pos = self.space(pos)
            if pos >= len(text):
                raise _Fail("unterminated array")
            if text[pos] == closer:
                pos += 1
                break
            if self.dialect == "js" and text.startswith("...", pos):
                pos = _skip_expression(text, pos + 3, "js")
                items.append(UNKNOWN)
            else:
                value, pos = self.value(pos, depth + 1)
                pos = self.space(pos)
                if self.dialect == "php" and text.startswith("=>", pos):
                    any_key = True
                    item, pos = self.value(pos + 2, depth + 1)
                    if isinstance(value, (str, int)) and not isinstance(value, bool):
                        keyed[str(value)] = item
                    else:
                        keyed[f"\0{len(keyed)}"] = item  # an unknown key
                else:
                    items.append(value)
                    keyed[str(len(keyed))] = value
            pos = self.space(pos)
            if pos < len(text) and text[pos] == ",":
                pos += 1
            elif not text.startswith(closer, pos):
                raise _Fail(f"expected , or {closer}")
        if self.dialect != "php":
            return items, pos
        if not keyed:
            return EMPTY, pos
        if not any_key:
            return items, pos
        if all(k == str(i) for i, k in enumerate(keyed)):
            return list(keyed.values()), pos
        return {k: v for k, v in keyed.items() if not k.startswith("\0")}, pos


def read_value(text: str, pos: int = 0, dialect: Dialect = "js") -> tuple[Any, int]:
    """The literal at ``pos`` and the position after it; ``(UNREADABLE, pos)``
    when it is not one."""
    try:
        return _Reader(text, dialect).value(pos, 0)
    except (_Fail, RecursionError):
        return UNREADABLE, pos


def loads(text: str) -> Any:
    """A JSON document as the docs write it (comments, trailing commas, ``...``
    elisions forgiven); UNREADABLE when it is none."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        pass
    cleaned = re.sub(r"(?m)^\s*(\.\.\.|…)\s*,?\s*$", "", text)
    cleaned = re.sub(r",\s*(\.\.\.|…)\s*(?=[\]}])", "", cleaned)
    value, end = read_value(cleaned, 0, "js")
    if value is UNREADABLE or skip_space(cleaned, end) != len(cleaned):
        return UNREADABLE
    return value
