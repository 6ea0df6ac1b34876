# Source: generator/runtime/_core/redaction.py (hand-written; copied into the package by make generate).
"""Keeping secrets out of text: exception messages and other libraries' logs.

A webhook's code sits in the URL path, and httpx logs every request URL at
INFO. Each client registers its secrets here; a filter on the ``httpx``
logger masks every registered secret in the records it emits.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable

__all__ = ["MASK", "redact", "register_secrets"]

MASK = "***"

_secrets: set[str] = set()
_lock = threading.Lock()
_LOGGERS = ("httpx", "httpcore")


def redact(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret replaced by ``***``."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, MASK)
    return text


class _RedactingFilter(logging.Filter):
    """Rewrites a record's message with every registered secret masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        if _secrets:
            message = record.getMessage()
            cleaned = redact(message, frozenset(_secrets))
            if cleaned != message:
                record.msg, record.args = cleaned, ()
        return True


_filter = _RedactingFilter()


def register_secrets(secrets: tuple[str, ...]) -> None:
    """Mask these values in httpx's and httpcore's log records from now on."""
    with _lock:
        _secrets.update(s for s in secrets if s)
        for name in _LOGGERS:
            logger = logging.getLogger(name)
            if _filter not in logger.filters:
                logger.addFilter(_filter)
