# Source: generator/runtime/_core/events.py (hand-written; copied into the package by make generate).
"""Incoming event deliveries: check who sent them, then parse them, within bounds.

The portal POSTs events form-encoded (``event=ONCRMDEALADD&data[FIELDS][ID]=5
&auth[application_token]=…``); a proxy or queue may pass them on as JSON.
Anyone who learns the handler URL can post the same, so every delivery must
carry the application token stored from ``ONAPPINSTALL`` (or shown for an
outgoing webhook), compared in constant time (bitrix24-protocol.md §10).

The body is hostile until that token matches: it is read as flat pairs (or
one JSON object) and the token looked up before any nested structure is
built, every step is linear in the body, and size, nesting and field count
are bounded. Whatever is wrong becomes an :class:`EventVerificationError`
whose ``code`` says what; no message quotes the body or a token.
"""

from __future__ import annotations

import hmac
import json
import math
import re
from collections.abc import Callable, Mapping
from typing import Any, NoReturn

from .errors import Bitrix24Error
from .phpquery import QueryError, nest, pairs
from .redaction import mask, register_secrets

__all__ = [
    "Event",
    "EventVerificationError",
    "parse_event",
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_FIELDS",
]

MAX_BYTES = 1 << 20
"""A delivery carries IDs and ``auth`` (about 1 KB); a bot message with text
and attachments stays far below 1 MiB."""
MAX_DEPTH = 32
"""Bracket levels below the top key: ``data[FIELDS][ID]`` is 2, the deepest
known delivery (a bot message's attachment grid) about 8; PHP's own
``max_input_nesting_level`` is 64."""
MAX_FIELDS = 10_000
"""Form pairs, or members of a JSON body: an event has tens, and 10,000 is the
``max_input_vars`` Bitrix asks of the PHP servers it runs on."""

_MAX_NAME = 255
_MAX_TS_DIGITS = 20  # any Unix time, and far below int()'s digit limit
_MAX_NUMBER = 64  # characters of a JSON number
_TOKEN_KEY = "auth[application_token]"
_SECRET_KEYS = ("application_token", "access_token", "refresh_token")
_BAD_TEXT = re.compile("[\x00\ud800-\udfff]")  # NUL, lone surrogates
_JSON_START = re.compile(r"[ \t\r\n]*\{")


class EventVerificationError(Bitrix24Error):
    """The delivery is malformed, too big, or its application token is
    missing or wrong. ``code`` tells which:

    - ``EVENT_TOKEN_MISSING`` / ``EVENT_TOKEN_MISMATCH``: not from your portal;
    - ``EVENT_TOO_LARGE``, ``EVENT_TOO_DEEP``, ``EVENT_TOO_MANY_FIELDS``: a
      bound of :func:`parse_event` (the message names it and its value);
    - ``EVENT_MALFORMED``: not UTF-8, a NUL or lone surrogate, bad JSON, no
      valid ``event`` name, a body of the wrong type.
    """


def _refuse(code: str, description: str) -> NoReturn:
    raise EventVerificationError(description, code=code)


_Limits = tuple[int, int, int]
"""``max_bytes``, ``max_depth``, ``max_fields``."""


class Event:
    """One verified event delivery."""

    __slots__ = ("event", "data", "handler_id", "ts", "auth")

    def __init__(
        self,
        event: str,
        data: dict[str, Any],
        handler_id: str | None = None,
        ts: int | None = None,
        auth: dict[str, Any] | None = None,
    ) -> None:
        self.event = event
        """The event code, upper-cased (``ONCRMDEALADD``)."""
        self.data = data
        """What changed, as sent (usually ``{"FIELDS": {"ID": "5"}}``)."""
        self.handler_id = handler_id
        self.ts = ts
        self.auth = auth or {}
        """``domain``, ``member_id``, ``client_endpoint``… and any tokens (never in repr)."""

    @property
    def domain(self) -> str | None:
        value = self.auth.get("domain")
        return value if isinstance(value, str) else None

    def __repr__(self) -> str:
        text = (
            f"Event(event={self.event!r}, data={self.data!r}, handler_id={self.handler_id!r}, "
            f"ts={self.ts!r}, domain={self.domain!r})"
        )
        secrets = (self.auth.get(key) for key in _SECRET_KEYS)
        return mask(text, [s for s in secrets if isinstance(s, str)])


def _check_text(text: str) -> None:
    if _BAD_TEXT.search(text):
        _refuse("EVENT_MALFORMED", "the event holds a NUL or a lone surrogate")


def _too_large(max_bytes: int) -> NoReturn:
    _refuse("EVENT_TOO_LARGE", f"the event body is over {max_bytes} bytes (max_bytes)")


def _too_many(max_fields: int) -> NoReturn:
    _refuse(
        "EVENT_TOO_MANY_FIELDS",
        f"the event body has more than {max_fields} fields (max_fields)",
    )


def _text(body: bytes | str, max_bytes: int) -> str:
    """The body as checked text: within ``max_bytes`` (as UTF-8), no NUL or
    lone surrogate. Errors are raised outside ``except`` so that none
    carries a decoding error (which quotes the body) as its context."""
    if len(body) > max_bytes:
        _too_large(max_bytes)
    text: str | None = body if isinstance(body, str) else None
    if isinstance(body, bytes):
        try:
            text = body.decode("utf-8")  # strict: refuses encoded surrogates too
        except UnicodeDecodeError:
            pass
    if text is None:
        _refuse("EVENT_MALFORMED", "the event body is not UTF-8 text")
    _check_text(text)
    if isinstance(body, str) and len(body.encode("utf-8")) > max_bytes:
        _too_large(max_bytes)
    return text


def _verify(sent: Any, expected: str) -> str:
    """``sent`` if it is the expected token (compared in constant time)."""
    if not isinstance(sent, str) or not sent:
        _refuse("EVENT_TOKEN_MISSING", "the event carries no auth[application_token]")
    if not hmac.compare_digest(
        sent.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass")
    ):
        _refuse("EVENT_TOKEN_MISMATCH", "the event's application token does not match")
    return sent


def _from_pairs(
    flat: list[tuple[str, str]], expected: str, max_depth: int
) -> tuple[dict[str, Any], str]:
    """A form body: the token from one scan of the flat pairs, then nesting."""
    sent: str | None = None
    for key, value in flat:
        _check_text(key)
        _check_text(value)
        if key == _TOKEN_KEY:
            sent = value  # a later duplicate wins, as in PHP
    token = _verify(sent, expected)
    problem: QueryError | None = None
    try:
        return nest(flat, max_depth=max_depth), token
    except QueryError as error:
        problem = error
    _refuse("EVENT_TOO_DEEP", f"the event body has {problem}")


def _form(text: str, expected: str, limits: _Limits) -> tuple[dict[str, Any], str]:
    _, max_depth, max_fields = limits
    problem: QueryError
    try:
        flat = pairs(text, max_fields=max_fields, strict=True)
    except QueryError as error:
        problem = error  # refused below, outside the handler: no chained traceback
    else:
        return _from_pairs(flat, expected, max_depth)
    if problem.bound == "max_fields":
        _too_many(max_fields)
    _refuse("EVENT_MALFORMED", f"the event body has {problem}")


def _flat_mapping(
    body: Mapping[Any, Any], expected: str, limits: _Limits
) -> tuple[dict[str, Any], str]:
    """A framework's form mapping (``{"data[FIELDS][ID]": "5", …}``)."""
    max_bytes, max_depth, max_fields = limits
    if len(body) > max_fields:
        _too_many(max_fields)
    flat = list(body.items())
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in flat):
        _refuse(
            "EVENT_MALFORMED", "a form mapping holds a key or value that is not text"
        )
    if sum(len(k) + len(v) for k, v in flat) > max_bytes:
        _too_large(max_bytes)
    return _from_pairs(flat, expected, max_depth)


def _number(kind: type[int] | type[float]) -> Callable[[str], int | float]:
    """A JSON number hook: bounded length (int() is quadratic), finite."""

    def convert(text: str) -> int | float:
        if len(text) > _MAX_NUMBER:
            _refuse(
                "EVENT_MALFORMED", f"a JSON number is over {_MAX_NUMBER} characters"
            )
        value = kind(text)
        if isinstance(value, float) and not math.isfinite(value):
            _refuse("EVENT_MALFORMED", "a JSON number is not finite")
        return value

    return convert


def _no_constant(_: str) -> NoReturn:
    _refuse("EVENT_MALFORMED", "the JSON body holds NaN or Infinity")


_DECODER = json.JSONDecoder(
    parse_int=_number(int), parse_float=_number(float), parse_constant=_no_constant
)


def _json(text: str) -> Mapping[str, Any]:
    decoded: Any = None
    problem = ""
    try:
        decoded = _DECODER.decode(text)
    except RecursionError:
        problem = "EVENT_TOO_DEEP"
    except ValueError:
        problem = "EVENT_MALFORMED"
    if problem == "EVENT_TOO_DEEP":
        _refuse(problem, "the JSON event body nests too deep to decode")
    if problem:
        _refuse(problem, "the event body is not valid JSON")
    if not isinstance(decoded, dict):
        _refuse("EVENT_MALFORMED", "the JSON event body is not an object")
    return decoded


def _walk(root: Mapping[Any, Any], limits: _Limits) -> None:
    """Check a decoded body without recursion: JSON types only, text without
    NUL or lone surrogates, and every bound (a member counts as a field,
    its text as its size)."""
    max_bytes, max_depth, max_fields = limits
    size = fields = 0
    stack: list[tuple[Any, int]] = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        fields += len(node)
        if fields > max_fields:
            _too_many(max_fields)
        is_object = isinstance(node, Mapping)
        for key, value in node.items() if is_object else enumerate(node):
            if is_object:
                if not isinstance(key, str):
                    _refuse(
                        "EVENT_MALFORMED", "the event body has a key that is not text"
                    )
                _check_text(key)
                size += len(key)
            if isinstance(value, (Mapping, list, tuple)):
                if depth >= max_depth:
                    _refuse(
                        "EVENT_TOO_DEEP",
                        f"the event body nests deeper than {max_depth} levels "
                        "(max_depth)",
                    )
                stack.append((value, depth + 1))
            elif isinstance(value, str):
                _check_text(value)
                size += len(value)
            elif isinstance(value, float) and not math.isfinite(value):
                _refuse("EVENT_MALFORMED", "the event body holds NaN or Infinity")
            elif value is not None and not isinstance(value, (int, float)):
                _refuse(
                    "EVENT_MALFORMED", "the event body holds a value that is not JSON"
                )
            size += 1
        if size > max_bytes:
            _too_large(max_bytes)


def _from_object(
    body: Mapping[Any, Any], expected: str, limits: _Limits
) -> tuple[Mapping[Any, Any], str]:
    """A JSON body: the token from a shallow look, then the whole is checked."""
    auth = body.get("auth")
    sent = auth.get("application_token") if isinstance(auth, Mapping) else None
    token = _verify(sent, expected)
    _walk(body, limits)
    return body, token


def _fields(
    body: bytes | str | Mapping[str, Any], expected: str, limits: _Limits
) -> tuple[Mapping[Any, Any], str]:
    """The delivery's top-level fields and its verified token."""
    if isinstance(body, (bytes, str)):
        text = _text(body, limits[0])
        if _JSON_START.match(text):
            return _from_object(_json(text), expected, limits)
        return _form(text, expected, limits)
    if isinstance(body, Mapping):
        if any(isinstance(key, str) and "[" in key for key in body):
            return _flat_mapping(body, expected, limits)
        return _from_object(body, expected, limits)
    _refuse(
        "EVENT_MALFORMED",
        f"an event body is bytes, text or a form mapping, not {type(body).__name__}",
    )


def _ts(value: Any) -> int | None:
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value) if len(value) <= _MAX_TS_DIGITS else None
    if isinstance(value, int) and not isinstance(value, bool):
        return value if 0 <= value < 10**_MAX_TS_DIGITS else None
    return None


def parse_event(
    body: bytes | str | Mapping[str, Any],
    *,
    application_token: str,
    max_bytes: int = MAX_BYTES,
    max_depth: int = MAX_DEPTH,
    max_fields: int = MAX_FIELDS,
) -> Event:
    """Verify an event delivery's ``auth[application_token]``, then parse it.

    ``body`` is the raw request body (form-encoded, or a JSON object), or a
    framework's form mapping (``{"data[FIELDS][ID]": "5", …}``) or decoded
    JSON object. ``application_token`` is the value your application stored
    when it was installed. Bodies over ``max_bytes`` (1 MiB; for a mapping,
    the length of its text), keys nested deeper than ``max_depth`` (32)
    bracket levels, or more than ``max_fields`` (10,000) pairs or JSON
    members are refused.

    Raises :class:`EventVerificationError` (see its ``code``) when the body
    is not an event within these bounds, or the token is missing or different.
    """
    if not isinstance(application_token, str) or not application_token:
        raise ValueError(
            "application_token must be the non-empty token stored at install"
        )
    register_secrets((application_token,))  # one per application: kept masked
    fields, token = _fields(body, application_token, (max_bytes, max_depth, max_fields))
    auth = fields.get("auth")
    if not isinstance(auth, Mapping) or auth.get("application_token") != token:
        # a later pair (``auth=…``, ``auth[application_token][]=…``) replaced it
        _refuse("EVENT_MALFORMED", "the event's auth[application_token] is overwritten")
    event = fields.get("event")
    if not isinstance(event, str) or not event:
        _refuse("EVENT_MALFORMED", "the delivery has no 'event' field")
    if len(event) > _MAX_NAME or not event.isprintable():
        _refuse(
            "EVENT_MALFORMED",
            f"the event name is not printable text of at most {_MAX_NAME} characters",
        )
    data = fields.get("data")
    handler = fields.get("event_handler_id")
    if isinstance(handler, int) and not isinstance(handler, bool):
        handler = str(handler)
    return Event(
        event=event.upper(),
        data=dict(data) if isinstance(data, Mapping) else {},
        handler_id=handler if isinstance(handler, str) else None,
        ts=_ts(fields.get("ts")),
        auth=dict(auth),
    )
