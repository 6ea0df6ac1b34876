"""The docs' example calls and example answers of a page, as values.

Calls are read from every code block of the page:

- cURL: the ``-d``/``--data`` body (shell quoting undone: ``'…'"$(date)"'…'``
  splices keep the command's text as a string), else the URL's query string
  (``a=1&filter[ID]=2``, values of no known type); the method is the last
  segment of the ``/rest/…`` URL; the OAuth ``auth`` key is dropped;
- JS: ``callMethod('m', {…})``, ``callListMethod``/``callFastListMethod``, and
  ``{method: 'm', params: {…}}`` objects (``$b24.actions.v2.call.make``, the
  list helpers, REST 3.0 ``actions.v3``);
- PHP CRest: ``CRest::call('m', […])``;
- Go: ``Call(ctx, "m", b24.Params{…})``.

Values come from :mod:`.literals`.  A call whose parameters are not a literal
(``callMethod('m', params)``) is kept with ``params=None``.  Answers are the
JSON blocks that parse to an object with a ``result`` key and no ``error``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote_plus

from .literals import EMPTY, UNKNOWN, UNREADABLE, Dialect, loads, read_value, skip_space
from .yfm import Code, Page

__all__ = ["Answer", "Call", "answers", "calls"]


@dataclass(frozen=True)
class Call:
    method: str
    """The method name as the example writes it."""
    params: dict[str, Any] | None
    """The parameters (values from :mod:`.literals`), None when not a literal."""
    kind: str
    """``curl``, ``js``, ``php`` or ``go``."""
    line: int
    """The code block's line on the page."""


@dataclass(frozen=True)
class Answer:
    body: dict[str, Any]
    """The whole answer: ``result`` and maybe ``total``, ``next``, ``time``."""
    line: int


_NAME = r"([A-Za-z][A-Za-z0-9_.]*)"
_CURL = re.compile(r"(?m)^\s*curl\b")
_REST_URL = re.compile(r"/rest/(?:[^\s'\"`?#)]*/)?" + _NAME + r"(?:\?([^\s'\"`#]*))?")
_FORMAT_SUFFIX = re.compile(r"\.(?:json|xml)\Z")
_DATA_FLAG = re.compile(r"(?:^|\s)(?:-d|--data(?:-raw|-binary|-urlencode)?)\s+")
_JS_CALL = re.compile(
    r"\b(?:callMethod|callListMethod|callFastListMethod)\s*\(\s*(['\"`])"
    + _NAME
    + r"\1"
)
_JS_METHOD_KEY = re.compile(r"\bmethod\s*:\s*(['\"`])" + _NAME + r"\1")
_PHP_CALL = re.compile(r"CRest::call\s*\(\s*(['\"])" + _NAME + r"\1")
_PLACEHOLDER = re.compile(
    r"\A(?:\*\*[^*]+\*\*|your_[a-z_]+|\$\(.*\)|\$result\[.*\]|\{[A-Z_]+\})\Z", re.S
)
"""A value the reader of the docs fills in: ``**put_id_here**``, ``your_id``,
``$(date …)``, a batch reference ``$result[…]``, ``{NUMBER}``."""
_GO_CALL = re.compile(r"\bCall\s*\(\s*ctx\s*,\s*\"" + _NAME + r"\"")


def _filled(value: Any) -> Any:
    """``value`` with placeholders made values of no known type."""
    if isinstance(value, str):
        return UNKNOWN if _PLACEHOLDER.match(value) else value
    if isinstance(value, dict):
        return {k: _filled(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_filled(v) for v in value]
    return value


def _shell_word(text: str, pos: int) -> str | None:
    """The shell word at ``pos`` with its quoting undone (no expansion)."""
    out: list[str] = []
    n = len(text)
    while pos < n and not text[pos].isspace():
        ch = text[pos]
        if ch == "'":
            end = text.find("'", pos + 1)
            if end == -1:
                return None
            out.append(text[pos + 1 : end])
            pos = end + 1
        elif ch == '"':
            i = pos + 1
            while i < n and text[i] != '"':
                if text[i] == "\\" and i + 1 < n:
                    out.append(text[i + 1])
                    i += 2
                    continue
                out.append(text[i])
                i += 1
            if i >= n:
                return None
            pos = i + 1
        elif ch == "\\" and pos + 1 < n:
            if text[pos + 1] == "\n":
                break
            out.append(text[pos + 1])
            pos += 2
        else:
            out.append(ch)
            pos += 1
    return "".join(out)


def _form(query: str) -> dict[str, Any]:
    """``a=1&filter[ID]=2&select[]=X`` -> nested keys; values of no known type."""
    out: dict[str, Any] = {}
    for pair in query.split("&"):
        if not pair:
            continue
        raw_key = unquote_plus(pair.split("=", 1)[0])
        match = re.match(r"([^\[\]]+)((?:\[[^\]]*\])*)\Z", raw_key)
        if not match:
            continue
        keys = [match.group(1)] + re.findall(r"\[([^\]]*)\]", match.group(2))
        node = out
        for i, key in enumerate(keys):
            last = i == len(keys) - 1
            if key == "":  # select[]=X: a list
                break
            if last:
                node[key] = UNKNOWN
            else:
                nxt = keys[i + 1]
                child = node.get(key)
                if nxt == "":
                    node[key] = [UNKNOWN]
                    break
                if not isinstance(child, dict):
                    child = node[key] = {}
                node = child
    return out


def _curl_calls(block: Code) -> list[Call]:
    text = block.text.replace("\\\n", " \n")
    starts = [m.start() for m in _CURL.finditer(text)] + [len(text)]
    out: list[Call] = []
    for start, end in zip(starts, starts[1:], strict=False):
        command = text[start:end]
        url = _REST_URL.search(command)
        if not url:
            continue
        params: dict[str, Any] | None = None
        data = _DATA_FLAG.search(command)
        if data:
            word = _shell_word(command, data.end())
            value = loads(word) if word is not None else UNREADABLE
            if isinstance(value, dict):
                params = value
            elif (
                word is not None
                and "=" in word
                and not word.lstrip().startswith(("{", "["))
            ):
                params = _form(word)
        else:
            params = _form(url.group(2) or "")
        if params is not None:
            params.pop("auth", None)
        method = _FORMAT_SUFFIX.sub("", url.group(1).rstrip("."))
        out.append(Call(method, params, "curl", block.line))
    return out


def _after_comma(text: str, pos: int, dialect: Dialect) -> dict[str, Any] | None:
    """The parameters argument after a method-name argument ending at ``pos``."""
    pos = skip_space(text, pos, dialect)
    if text.startswith(")", pos):
        return {}
    if not text.startswith(",", pos):
        return None
    value, _ = read_value(text, pos + 1, dialect)
    if value is None or value is EMPTY:
        return {}
    return value if isinstance(value, dict) else None


def _enclosing_object(text: str, pos: int) -> dict[str, Any] | None:
    """The JS object literal around ``pos`` (the nearest ``{`` whose object holds it)."""
    depth = 0
    i = pos
    while i > 0:
        i -= 1
        ch = text[i]
        if ch == "}":
            depth += 1
        elif ch == "{":
            if depth == 0:
                value, end = read_value(text, i, "js")
                if isinstance(value, dict) and end > pos:
                    return value
                return None
            depth -= 1
    return None


def _code_calls(block: Code) -> list[Call]:
    text = block.text
    out: list[Call] = []
    for match in _JS_CALL.finditer(text):
        params = _after_comma(text, match.end(), "js")
        out.append(Call(match.group(2), params, "js", block.line))
    for match in _JS_METHOD_KEY.finditer(text):
        obj = _enclosing_object(text, match.start())
        if obj is None or obj.get("method") != match.group(2):
            continue
        raw = obj.get("params", {})
        params = raw if isinstance(raw, dict) else ({} if raw is EMPTY else None)
        out.append(Call(match.group(2), params, "js", block.line))
    for match in _PHP_CALL.finditer(text):
        params = _after_comma(text, match.end(), "php")
        out.append(Call(match.group(2), params, "php", block.line))
    for match in _GO_CALL.finditer(text):
        params = _after_comma(text, match.end(), "go")
        out.append(Call(match.group(1), params, "go", block.line))
    return out


def calls(page: Page) -> list[Call]:
    """Every example call on the page, in page order (any method)."""
    out: list[Call] = []
    for block in page.blocks:
        if not isinstance(block, Code):
            continue
        found = _curl_calls(block) if _CURL.search(block.text) else _code_calls(block)
        for call in found:
            params = None if call.params is None else _filled(call.params)
            out.append(Call(call.method, params, call.kind, call.line))
    return out


def answers(page: Page) -> list[Answer]:
    """Every example answer on the page: a JSON object with ``result`` and no ``error``."""
    out: list[Answer] = []
    for block in page.blocks:
        if not isinstance(block, Code) or '"result"' not in block.text:
            continue
        if block.lang.lower() not in ("json", "jsonc", "js", "javascript", ""):
            continue
        value = loads(block.text)
        if isinstance(value, dict) and "result" in value and "error" not in value:
            out.append(Answer(value, block.line))
    return out
