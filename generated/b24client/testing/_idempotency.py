# Source: generator/runtime/testing/_idempotency.py (hand-written; copied into the package by make generate).
"""REST 3.0's ``Idempotency-Key`` on the fake portal, as the docs describe it
(api-reference/rest-v3.md, "idempotency"):

- a write that succeeds with a key has its answer kept for 24 hours, per
  credential, user and method; a repeat with the same key and the same body
  is not run again: the kept answer comes back with ``Idempotent-Replayed:
  true``; both answers carry ``Idempotency-Key``;
- the same key with another body: 422 ``IDEMPOTENCYKEYREUSEDEXCEPTION``;
- a key that is not 1 to 255 printable ASCII characters: 400
  ``INVALIDIDEMPOTENCYKEYEXCEPTION``;
- a failed call keeps nothing: a repeat runs the method again.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable

from ._errors import V3_PREFIX, ApiError
from ._reply import Reply

__all__ = ["IdempotencyStore"]

KEEP_SECONDS = 24 * 3600

Scope = tuple[str, int, str]
"""(credential, user, lower-case method): a key is unique within one."""


class IdempotencyStore:
    """Kept answers of REST 3.0 writes, by scope and key."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._kept: dict[tuple[Scope, str], tuple[str, Reply, float]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def check(key: str) -> None:
        if not 1 <= len(key) <= 255 or not all(" " <= c <= "~" for c in key):
            raise ApiError(
                400,
                V3_PREFIX + "INVALIDIDEMPOTENCYKEYEXCEPTION",
                "The Idempotency-Key must be 1 to 255 printable ASCII characters.",
            )

    def replay(self, scope: Scope, key: str, body: bytes) -> Reply | None:
        """The kept answer for a repeat, None for a first call, or 422."""
        digest = hashlib.sha256(body).hexdigest()
        with self._lock:
            kept = self._kept.get((scope, key))
            if kept is not None and self._clock() - kept[2] > KEEP_SECONDS:
                del self._kept[(scope, key)]
                kept = None
        if kept is None:
            return None
        if kept[0] != digest:
            raise ApiError(
                422,
                V3_PREFIX + "IDEMPOTENCYKEYREUSEDEXCEPTION",
                "The Idempotency-Key was used with another request body.",
            )
        answer = kept[1]
        headers = {**answer.headers, "Idempotent-Replayed": "true"}
        return Reply(answer.status, headers, answer.body)

    def keep(self, scope: Scope, key: str, body: bytes, reply: Reply) -> None:
        """Keep a successful answer (and mark it with its key)."""
        reply.headers["Idempotency-Key"] = key
        digest = hashlib.sha256(body).hexdigest()
        with self._lock:
            self._kept[(scope, key)] = (digest, reply, self._clock())
