# Source: generator/runtime/_core/redaction.py (hand-written; copied into the package by make generate).
"""Keeping secrets out of everything that reaches a person.

A webhook's code sits in the URL path, OAuth tokens travel in bodies and
query strings, and a hostile server may echo any of them back in an error
text or a ``Location`` header. Every secret a client, an OAuth grant or an
event handler learns is registered here once; from then on:

- :func:`redact` masks it (and its percent- and JSON-escaped forms) in any
  text, and :func:`clean_text` also escapes control characters and bounds
  the length of text that came from a server;
- a filter on the ``b24client``, ``httpx`` and ``httpcore`` loggers and
  their children (``httpcore.http11`` logs response headers at DEBUG)
  rewrites every record they emit, tracebacks included.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote, quote_plus

__all__ = [
    "MASK",
    "clean_text",
    "mask",
    "redact",
    "redact_value",
    "register_secrets",
]

MASK = "***"

MIN_SECRET = 4
"""Shorter values are not masked: masking "1" everywhere would hide nothing."""

_lock = threading.Lock()
_forms: tuple[str, ...] = ()
"""Every registered secret in every form it may take on the wire, longest first."""

_ROOTS = ("b24client", "httpx", "httpcore", "h2", "hpack")
"""Loggers whose records may carry a secret; child loggers get the filter too,
since a parent's filters do not apply to records that propagate to it."""
_KNOWN_CHILDREN = (
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


def _variants(secret: str) -> set[str]:
    encoded = {"safe": "", "errors": "surrogatepass"}  # any text, never raises
    forms = {secret, quote(secret, **encoded), quote_plus(secret, **encoded)}
    forms.add(json.dumps(secret)[1:-1])
    return {form for form in forms if len(form) >= MIN_SECRET}


def redact(text: str) -> str:
    """``text`` with every registered secret replaced by ``***``."""
    return _replace(text, _forms)


def mask(text: str, secrets: Iterable[str]) -> str:
    """``text`` with these secrets (and the registered ones) masked: for values
    seen once, such as an event's tokens, that the registry should not keep."""
    forms: set[str] = set()
    for secret in secrets:
        forms |= _variants(secret)
    return redact(_replace(text, sorted(forms, key=len, reverse=True)))


def _replace(text: str, forms: Iterable[str]) -> str:
    for form in forms:
        if form in text:
            text = text.replace(form, MASK)
    return text


MAX_DEPTH = 32
"""How deep :func:`redact_value` copies; deeper parts are replaced (a server
may nest an error body hundreds of levels deep)."""


def redact_value(value: Any, depth: int = 0) -> Any:
    """A copy of decoded JSON with every registered secret masked in its strings."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, (dict, list)) and depth >= MAX_DEPTH:
        return f"{MASK} (nested deeper than {MAX_DEPTH} levels)"
    if isinstance(value, dict):
        return {redact(str(k)): redact_value(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_value(v, depth + 1) for v in value]
    return value


_CONTROL = re.compile(
    r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def clean_text(text: str, limit: int = 2000) -> str:
    """Text from a server made fit to show: secrets masked, control and
    bidi characters escaped (no forged log lines), at most ``limit`` characters."""
    text = redact(text)
    text = _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")  # lone surrogates
    if len(text) > limit:
        text = f"{text[:limit]}... ({len(text) - limit} more characters)"
    return text


class _RedactingFilter(logging.Filter):
    """Rewrites a record's message, traceback and stack with secrets masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not _forms:
            return True
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


_filter = _RedactingFilter()


def _guard_loggers() -> None:
    names: set[str] = set(_ROOTS) | set(_KNOWN_CHILDREN)
    names.update(
        name
        for name in list(logging.Logger.manager.loggerDict)
        if name.split(".", 1)[0] in _ROOTS
    )
    for name in names:
        logger = logging.getLogger(name)
        if _filter not in logger.filters:
            logger.addFilter(_filter)


def register_secrets(secrets: tuple[str, ...]) -> None:
    """Mask these values in exceptions and in the guarded loggers from now on."""
    global _forms
    with _lock:
        forms = set(_forms)
        for secret in secrets:
            if isinstance(secret, str) and secret:
                forms |= _variants(secret)
        _forms = tuple(sorted(forms, key=len, reverse=True))
        _guard_loggers()
