# Source: generator/runtime/testing/_limits.py (hand-written; copied into the package by make generate).
"""The portal's two limits (bitrix24-protocol.md §5 and §6), with test-sized knobs.

- Request rate: a leaky bucket per portal. Every HTTP request that reaches
  the portal adds 1 (a ``batch`` is one request); the level drains by
  ``rate`` per second; a request that finds the level *above* ``burst`` is
  refused with 503 QUERY_LIMIT_EXCEEDED before anything runs (refused
  requests add nothing). From empty, ``burst + 1`` back-to-back requests
  pass. Off by default.
- Operating time: per credential and method, the execution time summed over
  a sliding window of ten buckets (``window_seconds / 10`` each, a bucket's
  life counted from its first call). Reported as ``time.operating`` and
  ``time.operating_reset_at`` (when the oldest bucket leaves); once the sum
  is above ``limit_seconds`` the method is refused with 429
  OPERATION_TIME_LIMIT. Off by default (``operating`` is then reported as 0,
  which keeps the server fast); :meth:`Limits.configure_operating` turns on
  the tracking (cost = the measured run time unless a simulated ``cost`` is
  configured) and, with a limit, the refusals.

Tests want these limits fast (``rate=200, burst=20``; a 2-second window),
so every number is configurable and the clock can be replaced.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping

__all__ = ["Limits"]

_BUCKETS = 10


class Limits:
    """Both limits of one portal; thread-safe (tests configure, the server checks)."""

    def __init__(self, *, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        """Unix time source, shared by both limits (replace it in unit tests)."""
        self._lock = threading.Lock()
        self._rate: float | None = None
        self._burst = 50
        self._level = 0.0
        self._updated = 0.0
        self._limit: float | None = None
        self._window = 600.0
        self._cost: float | None = None
        self._cost_by_method: dict[str, float] = {}
        self._used: dict[tuple[str, str], list[list[float]]] = {}
        self._tracking = False

    # --- request rate -------------------------------------------------------------

    def configure(self, rate: float | None = None, burst: int = 50) -> None:
        """Enforce ``rate`` requests/s sustained with bursts of ``burst``; None: off.

        Reconfiguring empties the bucket.
        """
        if rate is not None and (not rate > 0 or burst < 0):
            raise ValueError("rate must be positive and burst not negative")
        with self._lock:
            self._rate = None if rate is None else float(rate)
            self._burst = int(burst)
            self._level = 0.0
            self._updated = self.clock()

    @property
    def rate_limit(self) -> tuple[float, int] | None:
        """``(rate, burst)`` when the rate limit is on, else None."""
        rate = self._rate
        return None if rate is None else (rate, self._burst)

    @property
    def level(self) -> float:
        """The bucket's level now (0 when the limit is off)."""
        with self._lock:
            if self._rate is None:
                return 0.0
            elapsed = max(0.0, self.clock() - self._updated)
            return max(0.0, self._level - elapsed * self._rate)

    def admit(self) -> bool:
        """Count one request; False when the bucket refuses it."""
        rate = self._rate
        if rate is None:
            return True
        with self._lock:
            now = self.clock()
            level = self._level - max(0.0, now - self._updated) * rate
            self._updated = now
            level = max(0.0, level)
            if level > self._burst:
                self._level = level
                return False
            self._level = level + 1.0
            return True

    # --- operating time -----------------------------------------------------------

    def configure_operating(
        self,
        limit_seconds: float | None = 480.0,
        *,
        window_seconds: float = 600.0,
        cost: float | None = None,
        cost_by_method: Mapping[str, float] | None = None,
    ) -> None:
        """Set the per-method budget (None: track only, never refuse), the
        window, and the simulated seconds one call costs (``cost`` for every
        method, ``cost_by_method`` per name; unset: the measured run time).

        Reconfiguring forgets the time used so far.
        """
        if not window_seconds > 0:
            raise ValueError("window_seconds must be positive")
        with self._lock:
            self._limit = limit_seconds
            self._window = float(window_seconds)
            self._cost = cost
            self._cost_by_method = {
                name.lower(): float(value)
                for name, value in (cost_by_method or {}).items()
            }
            self._used.clear()
            self._tracking = True

    @property
    def operating_limit(self) -> float | None:
        """Seconds a method may use per window before it is refused (None: never)."""
        return self._limit

    def _buckets(self, key: tuple[str, str], now: float) -> list[list[float]]:
        buckets = self._used.get(key)
        if buckets is None:
            buckets = self._used[key] = []
        while buckets and buckets[0][0] + self._window <= now:
            del buckets[0]
        return buckets

    def _report(self, buckets: list[list[float]], now: float) -> tuple[float, int]:
        start = buckets[0][0] if buckets else now
        return sum(bucket[1] for bucket in buckets), math.ceil(start + self._window)

    def blocked(self, credential: str, method: str) -> int | None:
        """``operating_reset_at`` when ``method`` is over budget, else None."""
        limit = self._limit
        if limit is None:
            return None
        with self._lock:
            now = self.clock()
            buckets = self._buckets((credential, method.lower()), now)
            used, reset_at = self._report(buckets, now)
            return reset_at if used > limit else None

    def charge(self, credential: str, method: str, measured: float) -> None:
        """Record one call of ``method`` (its simulated or measured cost)."""
        if not self._tracking:
            return
        name = method.lower()
        cost = self._cost_by_method.get(name, self._cost)
        spent = measured if cost is None else cost
        with self._lock:
            now = self.clock()
            buckets = self._buckets((credential, name), now)
            if buckets and now < buckets[-1][0] + self._window / _BUCKETS:
                buckets[-1][1] += spent
            else:
                buckets.append([now, spent])

    def operating(self, credential: str, method: str) -> tuple[float, int]:
        """``(time.operating, time.operating_reset_at)`` for ``method`` now."""
        if not self._tracking:
            return 0.0, math.ceil(self.clock() + self._window)
        with self._lock:
            now = self.clock()
            buckets = self._buckets((credential, method.lower()), now)
            return self._report(buckets, now)

    def reset(self) -> None:
        """Empty the bucket and forget all operating time (settings stay)."""
        with self._lock:
            self._level = 0.0
            self._updated = self.clock()
            self._used.clear()
