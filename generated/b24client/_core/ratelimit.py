# Source: generator/runtime/_core/ratelimit.py (hand-written; copied into the package by make generate).
"""Client-side throttling that mirrors the portal's own limits.

The portal keeps a leaky bucket per portal: each request adds 1, the bucket
drains ``rate`` per second, and a request that finds it above ``burst`` is
refused with QUERY_LIMIT_EXCEEDED (bitrix24-protocol.md §5). A
:class:`LeakyBucket` keeps the same books on the client, so requests wait
here instead of being refused there. It hands out *reservations*: the caller
learns how long to sleep and the slot is already its own, so no lock is held
while waiting — the same bucket serves threads and asyncio tasks alike.

:class:`OperatingBudget` watches ``time.operating`` (seconds a method has
used in the portal's 10-minute window, §6) and, when a method is close to
its budget, asks callers to wait until the window frees up, before the portal
answers OPERATION_TIME_LIMIT.

Both keep their books in this process. For many processes on one portal the
same books live in Redis (:mod:`.shared`): anything with the small surface
of :class:`Throttle` or :class:`Budget` serves as ``rate_limit=`` or
``operating_budget=``. Each has an ``a``-prefixed twin of every method that
may do I/O, which the async client awaits.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol, Self

__all__ = [
    "RateLimit",
    "STANDARD",
    "ENTERPRISE",
    "Throttle",
    "Budget",
    "LeakyBucket",
    "OperatingBudget",
    "WINDOW",
    "budget_delay",
    "budget_for",
    "throttle_for",
    "check_budget",
    "finite_number",
    "operating_wait",
]


class RateLimit:
    """A portal's request limit: ``rate`` requests/s sustained, bursts of ``burst``."""

    __slots__ = ("rate", "burst")

    def __init__(self, rate: float, burst: int) -> None:
        if not (isinstance(rate, (int, float)) and rate > 0):
            raise ValueError(f"rate must be a positive number, got {rate!r}")
        if not (isinstance(burst, int) and burst >= 1):
            raise ValueError(f"burst must be a whole number >= 1, got {burst!r}")
        self.rate = float(rate)
        self.burst = burst

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RateLimit) and (self.rate, self.burst) == (
            other.rate,
            other.burst,
        )

    def __hash__(self) -> int:
        return hash((self.rate, self.burst))

    def __repr__(self) -> str:
        return f"RateLimit(rate={self.rate}, burst={self.burst})"


STANDARD = RateLimit(rate=2.0, burst=50)
"""Every plan but Enterprise: 2 requests/s, 50 at once."""
ENTERPRISE = RateLimit(rate=5.0, burst=250)
"""Enterprise plans: 5 requests/s, 250 at once."""


class Throttle(Protocol):
    """A request-rate limiter: the in-process :class:`LeakyBucket` or a shared one."""

    def reserve(self) -> float:
        """Take the next slot; return how many seconds to wait before using it."""
        ...

    async def areserve(self) -> float:
        """:meth:`reserve` for the async client (never blocks its loop)."""
        ...

    def for_client(self, portal: str, *, asynchronous: bool) -> Throttle:
        """The limiter a client of ``portal`` uses (a shared one keys itself
        by it); raises TypeError if it cannot serve that kind of client."""
        ...


class Budget(Protocol):
    """Per-method operating time: the in-process :class:`OperatingBudget` or a
    shared one."""

    def record(self, method: str, time_block: dict[str, Any]) -> None: ...

    async def arecord(self, method: str, time_block: dict[str, Any]) -> None: ...

    def delay(self, method: str) -> float: ...

    async def adelay(self, method: str) -> float: ...

    def used(self, method: str) -> float: ...

    def for_client(self, credential: str, *, asynchronous: bool) -> Budget:
        """The budget a client with ``credential`` (portal and app or webhook)
        uses; raises TypeError if it cannot serve that kind of client."""
        ...


class LeakyBucket:
    """The portal's leaky bucket, kept on the client; thread- and task-safe.

    Share one bucket between clients of the same portal by passing it as
    ``rate_limit=`` to each.
    """

    def __init__(
        self,
        limit: RateLimit = STANDARD,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit
        self._clock = clock
        self._level = 0.0
        self._updated = clock()
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Take the next slot; return how many seconds to wait before using it."""
        rate, burst = self.limit.rate, self.limit.burst
        with self._lock:
            now = self._clock()
            self._level = max(0.0, self._level - (now - self._updated) * rate)
            self._updated = now
            wait = max(0.0, (self._level + 1 - burst) / rate)
            self._level += 1
            return wait

    async def areserve(self) -> float:
        return self.reserve()  # no I/O: a lock held for microseconds

    def for_client(self, portal: str, *, asynchronous: bool) -> Self:
        return self  # shared by every client it is given to

    def __repr__(self) -> str:
        return f"LeakyBucket(rate={self.limit.rate}, burst={self.limit.burst})"


WINDOW = 600.0
"""The portal's operating window, 10 one-minute buckets (bitrix24-protocol.md §6):
no reset the portal reports can honestly be further away than this."""


def finite_number(value: Any) -> float | None:
    """A JSON number as a finite float, else None (``1e400``, bools, 400-digit ints)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def operating_wait(reset_at: float | None, *, limit: float, now: float) -> float | None:
    """Seconds to wait for a method blocked by OPERATION_TIME_LIMIT, or None to give up.

    The wait runs until the portal's ``operating_reset_at``; it is given up when
    that time is unknown, past, further than ``limit`` (the client's
    ``wait_on_operation_limit``) or not credible (beyond the 10-minute window).
    """
    if reset_at is None or not math.isfinite(reset_at):
        return None
    pause = reset_at - now
    return pause if 0 <= pause <= min(limit, WINDOW) else None


def budget_delay(
    operating: float,
    reset_at: float | None,
    *,
    limit: float,
    headroom: float,
    now: float,
) -> float:
    """Seconds to hold a method back, given its last known ``time.operating``.

    0 while within ``headroom`` of ``limit`` (or when the reset time is not
    known); else until the reported reset, never longer than :data:`WINDOW`.
    """
    if operating < limit * headroom or reset_at is None:
        return 0.0
    return min(WINDOW, max(0.0, reset_at - now))


def check_budget(limit: float, headroom: float) -> None:
    if not limit > 0 or not 0 < headroom <= 1:
        raise ValueError("operating limit must be positive and headroom in (0, 1]")


class OperatingBudget:
    """Per-method execution time as the portal reports it, and when to hold back.

    After each answer, :meth:`record` notes the method's ``time.operating``
    and ``operating_reset_at``. Once a method has used ``headroom`` of
    ``limit`` seconds, :meth:`delay` tells callers of that method to wait
    until the reported reset time (the portal's window then drops its oldest
    minute), never longer than the 10-minute window itself, whatever the
    portal reported.
    """

    def __init__(
        self,
        limit: float = 480.0,
        *,
        headroom: float = 0.9,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        check_budget(limit, headroom)
        self.limit = limit
        self.headroom = headroom
        self._now = wall_clock
        self._used: dict[str, tuple[float, float | None]] = {}
        self._lock = threading.Lock()

    def record(self, method: str, time_block: dict[str, Any]) -> None:
        """Note a method's reported use (values that are not finite numbers are not)."""
        operating = finite_number(time_block.get("operating"))
        if operating is None:
            return
        reset_at = finite_number(time_block.get("operating_reset_at"))
        with self._lock:
            self._used[method.lower()] = (operating, reset_at)

    def used(self, method: str) -> float:
        """Seconds of the window the method has used, as last reported."""
        with self._lock:
            return self._used.get(method.lower(), (0.0, None))[0]

    def delay(self, method: str) -> float:
        """Seconds to wait before calling ``method`` again (0 when within budget).

        At most :data:`WINDOW`: by then every minute the portal counted has left it.
        """
        with self._lock:
            operating, reset_at = self._used.get(method.lower(), (0.0, None))
        return budget_delay(
            operating,
            reset_at,
            limit=self.limit,
            headroom=self.headroom,
            now=self._now(),
        )

    async def arecord(self, method: str, time_block: dict[str, Any]) -> None:
        self.record(method, time_block)

    async def adelay(self, method: str) -> float:
        return self.delay(method)

    def for_client(self, credential: str, *, asynchronous: bool) -> Self:
        return self  # shared by every client it is given to


def throttle_for(
    rate_limit: RateLimit | Throttle | None, portal: str, asynchronous: bool
) -> Throttle | None:
    """The limiter of a client of ``portal`` (see ``rate_limit=``)."""
    if rate_limit is None:
        return None
    if isinstance(rate_limit, RateLimit):
        return LeakyBucket(rate_limit)
    if callable(getattr(rate_limit, "reserve", None)) and callable(
        getattr(rate_limit, "for_client", None)
    ):
        return rate_limit.for_client(portal, asynchronous=asynchronous)
    raise TypeError(
        "rate_limit must be a RateLimit (e.g. STANDARD, ENTERPRISE), a shared "
        f"LeakyBucket or RedisBucket, or None; got {type(rate_limit).__name__}"
    )


def budget_for(
    operating_budget: float | Budget | None, credential: str, asynchronous: bool
) -> Budget | None:
    """The budget of a client with ``credential`` (see ``operating_budget=``)."""
    if operating_budget is None:
        return None
    if isinstance(operating_budget, (int, float)):
        return OperatingBudget(float(operating_budget))
    return operating_budget.for_client(credential, asynchronous=asynchronous)
