# Source: generator/runtime/_core/protocol.py (hand-written; copied into the package by make generate).
"""The wire protocol as pure functions: requests out, envelopes in.

Nothing here does I/O, so the sync and async clients share all of it and it
can be tested (and fuzzed) without a socket.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, NamedTuple

import httpx

from .._version import __version__
from .credentials import Credentials
from .errors import APIError, InvalidResponseError, api_error, normalise_code
from .jsoncodec import loads
from .types import MethodInfo, to_wire

__all__ = [
    "Envelope",
    "Request",
    "build_request",
    "parse_response",
    "coerce_result",
    "server_count",
]

USER_AGENT = f"b24client/{__version__}"


class Request(NamedTuple):
    """One HTTP request, ready to send (a JSON POST but for OAuth refreshes)."""

    url: httpx.URL | str
    """Method calls carry a parsed URL (see :func:`_parsed_url`)."""
    content: bytes
    method: str
    """The REST method name (what logs and errors show instead of the URL)."""
    headers: Mapping[str, str]
    verb: str = "POST"

    def __repr__(self) -> str:  # the URL may hold a webhook code
        return f"Request({self.verb} {self.method})"


class Envelope(NamedTuple):
    """A successful response: the payload plus its paging and timing data."""

    result: Any
    time: dict[str, Any]
    total: int | None = None
    next: int | None = None
    replayed: bool = False
    """A REST 3.0 write answered from the portal's idempotency store: it had
    already run (an earlier attempt's answer was lost), and did not run again."""


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)
"""Shared: ``json.dumps`` with options builds a new encoder for every call."""


@lru_cache(maxsize=2048)
def _parsed_url(url: str) -> httpx.URL:
    """Each address parsed once: httpx takes a URL object as it is, while
    parsing the string costs about a quarter of its own work per request."""
    return httpx.URL(url)


ACCEPT_ENCODING = "gzip, deflate"
"""The only encodings b24client decodes (``transport.BodyReader``)."""


@lru_cache(maxsize=16)
def _json_headers(user_agent: str) -> httpx.Headers:
    """Shared and never changed: httpx copies ``Headers`` without re-checking them."""
    return httpx.Headers(
        {
            "Content-Type": "application/json",
            "Accept": "application/json",
            "Accept-Encoding": ACCEPT_ENCODING,
            "User-Agent": user_agent,
        }
    )


def build_request(
    credentials: Credentials,
    info: MethodInfo,
    params: Mapping[str, Any],
    *,
    user_agent: str,
    idempotency_key: str | None = None,
) -> Request:
    """The JSON POST for a method call; NOT_GIVEN parameters are left out."""
    body = to_wire({**params, **credentials.auth_params()})
    try:
        content = _JSON.encode(body)
    except (TypeError, ValueError) as exc:
        raise TypeError(
            f"{info.name}: parameters cannot be sent as JSON ({exc})"
        ) from None
    headers = _json_headers(user_agent)
    if idempotency_key is not None:  # REST 3.0 writes: one key for every attempt
        headers = headers.copy()
        headers["Idempotency-Key"] = idempotency_key
    return Request(
        _parsed_url(credentials.url(info.name, api=info.api)),
        content.encode(),
        info.name,
        headers,
    )


INT64_MAX = 2**63 - 1
"""The largest count, offset or ID the portal's database can hold."""


def _int_or_none(value: Any) -> int | None:
    """An integer as the portal writes one (``42`` or ``"42"``, ASCII digits,
    within 64 bits), else None: never ValueError (``"²"``, 5,000 digits)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if -INT64_MAX - 1 <= value <= INT64_MAX else None
    if not isinstance(value, str):
        return None
    text = value.strip()
    digits = text[1:] if text[:1] == "-" else text
    if not (digits.isascii() and digits.isdigit() and len(digits) <= 19):
        return None
    number = int(text)
    return number if -INT64_MAX - 1 <= number <= INT64_MAX else None


def server_count(value: Any, what: str, method: str) -> int | None:
    """A count, offset or ID the portal sent: None when absent, else an int >= 0.

    Anything else (a float, a negative, 5,000 digits, ``"١٢٣"``, an object)
    is InvalidResponseError naming ``what``, so a hostile answer cannot
    steer paging or raise a bare ValueError.
    """
    if value is None:
        return None
    number = _int_or_none(value)
    if number is None or number < 0:
        if isinstance(value, (str, int, float)):
            shown = preview(value)
        else:
            shown = "a JSON object" if isinstance(value, dict) else "a JSON list"
        raise InvalidResponseError(
            f"the portal's {what} is {shown}, not a whole number >= 0", method=method
        )
    return number


def error_from_body(
    body: Mapping[str, Any], *, status: int | None, method: str
) -> APIError:
    """The typed error for a decoded error envelope, classic or REST 3.0."""
    error = body.get("error")
    if isinstance(error, dict):
        return api_error(
            normalise_code(error.get("code")),
            error.get("message"),
            status=status,
            method=method,
            body=dict(body),
        )
    return api_error(
        normalise_code(error),
        body.get("error_description"),
        status=status,
        method=method,
        body=dict(body),
    )


def _decode(content: bytes | bytearray) -> tuple[dict[str, Any] | None, str]:
    """The body as a JSON object, or None and what is wrong with it."""
    if not content or (content[:1].isspace() and not content.strip()):
        return None, "an empty body"  # (strip copies a bytearray: only when needed)
    try:
        body = loads(content)
    except (ValueError, RecursionError):
        return None, "malformed JSON"
    if not isinstance(body, dict):
        return None, "JSON that is not an object"
    return body, ""


_REDIRECTS = frozenset({301, 302, 303, 307, 308})


def parse_response(status: int, content: bytes | bytearray, method: str) -> Envelope:
    """Decode a response body into an :class:`Envelope` or raise the typed error.

    The body is checked for ``error`` whatever the status; an error status
    without an envelope is judged by the status alone (5xx: ServerError).
    """
    body, problem = _decode(content)
    if body is not None and "error" in body:
        raise error_from_body(body, status=status, method=method)
    if status in _REDIRECTS:
        raise InvalidResponseError(
            f"the portal answered HTTP {status}: it redirects to another address "
            "(has the portal been renamed?)",
            status=status,
            method=method,
        )
    if status >= 400:
        raise api_error(
            None,
            f"the portal answered HTTP {status} with {problem or 'no error envelope'}",
            status=status,
            method=method,
        )
    if body is None or status != 200:
        raise InvalidResponseError(
            f"the portal answered HTTP {status} with {problem or 'an unexpected status'}",
            status=status,
            method=method,
        )
    if "result" not in body:
        raise InvalidResponseError(
            "the portal answered without a 'result'", status=status, method=method
        )
    time = body.get("time")
    return Envelope(
        body["result"],
        time if isinstance(time, dict) else {},
        server_count(body.get("total"), "'total'", method),
        server_count(body.get("next"), "'next'", method),
    )


_TRUE = {True, "1", "Y", "y", "true", "TRUE", "True"}
_FALSE = {False, "0", "N", "n", "false", "FALSE", "False", "", None}


_V3_WRAPPERS = ("item", "items", "result")


def unwrap_v3(result: Any) -> Any:
    """REST 3.0 wraps payloads: ``{"item": …}``, ``{"items": […]}``, ``{"result": …}``."""
    if isinstance(result, dict) and len(result) == 1:
        key = next(iter(result))
        if key in _V3_WRAPPERS:
            return result[key]
    return result


def coerce_result(info: MethodInfo, result: Any) -> Any:
    """The ``result`` in the spec's scalar return type, or InvalidResponseError.

    REST 3.0 payloads are unwrapped first (:func:`unwrap_v3`).
    """
    if info.api == 3:
        result = unwrap_v3(result)
    kind = info.returns
    try:
        if kind == "boolean":
            if result in _TRUE:
                return True
            if result in _FALSE:
                return False
        elif kind == "integer":
            value = _int_or_none(result)
            if value is not None:
                return value
        elif kind == "number":
            if isinstance(result, (int, float)) and not isinstance(result, bool):
                return result
            if isinstance(result, str):
                return float(result)
        elif kind == "string":
            if isinstance(result, str):
                return result
            if isinstance(result, (int, float)) and not isinstance(result, bool):
                return str(result)
        else:
            return result
    except (TypeError, ValueError):
        pass
    raise InvalidResponseError(
        f"expected a {kind} result, got {type(result).__name__} {preview(result)}",
        method=info.name,
    )


def preview(value: Any) -> str:
    """A short text for a value from the server, safe to build from any value."""
    if isinstance(value, (dict, list)):
        return f"of {len(value)} items"  # its repr may be huge or nested too deep
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
