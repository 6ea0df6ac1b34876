# Source: generator/runtime/_core/retry.py (hand-written; copied into the package by make generate).
"""When a failed call may be repeated, and how long to wait first.

The rule (DESIGN §5): a request that never reached the portal, and
QUERY_LIMIT_EXCEEDED (refused before it ran), are always safe to repeat.
Timeouts, broken connections after sending, 5xx and malformed answers are
repeated only for idempotent methods (REST 3.0 writes carry an
``Idempotency-Key`` and count as such): a blind repeat of ``crm.deal.add``
could create a second deal. OPERATION_TIME_LIMIT and OVERLOAD_LIMIT are
never repeated here, nor are a refused redirect and a too-large answer.
"""

from __future__ import annotations

import random

from .errors import (
    APIConnectionError,
    APIError,
    Bitrix24Error,
    InvalidResponseError,
    PortalMovedError,
    ResponseTooLargeError,
)

__all__ = ["RetryPolicy", "may_retry"]


def may_retry(error: Bitrix24Error, *, idempotent: bool) -> bool:
    """Whether repeating the call that raised ``error`` is safe."""
    if isinstance(error, APIConnectionError):
        return idempotent or not error.sent
    if isinstance(error, APIError):
        return error.retry == "always" or (error.retry == "idempotent" and idempotent)
    if isinstance(error, (PortalMovedError, ResponseTooLargeError)):
        return False  # the same answer again: a repeat cannot help
    if isinstance(error, InvalidResponseError):
        return idempotent
    return False


class RetryPolicy:
    """How many times to repeat and how to space the attempts.

    The delay before repeat ``n`` (0-based) is drawn from
    ``[d/2, d]`` with ``d = min(backoff_max, backoff_base * 2**n)``: it grows
    exponentially, and the jitter keeps many clients from retrying in step.
    """

    __slots__ = ("max_retries", "backoff_base", "backoff_max")

    def __init__(
        self, max_retries: int = 3, backoff_base: float = 0.5, backoff_max: float = 8.0
    ) -> None:
        if not (isinstance(max_retries, int) and max_retries >= 0):
            raise ValueError(
                f"max_retries must be a whole number >= 0, got {max_retries!r}"
            )
        if not (backoff_base >= 0 and backoff_max >= 0):
            raise ValueError("backoff_base and backoff_max must be >= 0")
        self.max_retries = max_retries
        self.backoff_base = float(backoff_base)
        self.backoff_max = float(backoff_max)

    def delay(self, retry: int) -> float:
        ceiling = min(self.backoff_max, self.backoff_base * 2.0**retry)
        return ceiling / 2 + random.uniform(0, ceiling / 2)

    def next_delay(
        self, error: Bitrix24Error, *, idempotent: bool, retry: int
    ) -> float | None:
        """Seconds to wait before repeat number ``retry``, or None to give up."""
        if retry >= self.max_retries or not may_retry(error, idempotent=idempotent):
            return None
        return self.delay(retry)
