"""How many requests a bulk read keeps in flight: decided here, free of I/O.

A read is fastest when the next answer is there the moment the caller's loop
wants it, and cheapest when no more answers are held than that takes. The
number of requests in flight that does both is the round trip divided by the
time the client spends on one answer (Little's law): a portal 0.5 s away
whose 2,500-row answers take 25 ms each to decode and hand over needs about
20, a portal next door two (the least kept: the portal prepares the next
answer while the loop works on one). :class:`ReadAhead` learns both times from
the answers themselves and sets its target from them:

- the round trip is the least seen (a request's latency with no queueing),
  measured from sending a request to its answer, the rate limit's wait left
  out;
- the time per answer is the decoding plus the time the caller's loop took
  to consume its rows, per byte of answer (a slow consumer raises it, so the
  target falls: fewer answers pile up);
- an answer that waited in the rate limit's bucket shows that the limit, not
  the round trip, sets the pace: the target drops by one and then grows back
  one answer at a time (more requests would only wait in the bucket);
- the bytes held (an estimate for each request in flight, the real size of
  each answer received whose rows are not all handed over) stay within
  ``budget``: a request is planned only when its estimate fits, or when
  nothing at all is held (a read always makes progress).

With ``fixed`` (the caller's ``concurrency=``) the count is that number and
only an explicit budget applies. The clients' loops tell it what happened
(:meth:`sent`, :meth:`taken`, :meth:`handed`) and ask :meth:`room`.

The times and sizes come from the request plans themselves: :func:`park`
runs a plan up to its answer (in flight) and keeps the answer undecoded,
:func:`unpark` finishes it when the loop takes it; so an answer waiting its
turn holds its bytes, not its rows (about 2.5 times as large), and only one
answer is decoded at a time.
"""

from __future__ import annotations

import math
import time
from collections import deque
from typing import Any, Generic, NamedTuple, TypeVar

from .calls import Plan, Reply, Sleep
from .protocol import Request

__all__ = [
    "READ_AHEAD_BYTES",
    "Answer",
    "Metered",
    "Parked",
    "ReadAhead",
    "park",
    "unpark",
]

T = TypeVar("T")

READ_AHEAD_BYTES = 64 * 2**20
"""The default budget: about 24 answers of 2,500 CRM rows (2.5 MB each), what a
portal 0.5 s away needs to keep a Python loop busy (about 20), and a fraction
of a whole table held as dicts (100,000 deals: ~650 MB)."""
MOST = 50
"""Requests in flight at most: the standard plan's burst (each is one slot)."""
LEAST = 2
"""The adaptive count never goes below this: the portal prepares the next
answer while one travels."""
COST_GUESS = 10e-9
"""Seconds per byte of answer the client spends before it has measured any
(decoding and handing over about 2.5 MB in 25 ms)."""
MARGIN = 1.1
"""A request's estimate is the largest bytes per row seen, times its rows,
times this (later answers may carry longer values)."""


class Answer(NamedTuple):
    """What a request's plan measured on the way."""

    size: int
    """Bytes of answer the transport read (every attempt's last)."""
    rows: int
    """Rows it held (the reader's count before any was dropped)."""
    trip: float
    """Seconds from sending the request to its answer, the bucket's wait left out."""
    decode: float
    """Seconds from the answer to the plan's end (decoding it)."""
    throttled: bool
    """The plan waited for the rate limit (or the operating budget) before sending."""


class ReadAhead:
    """The number of requests in flight and the bytes held, for one read."""

    def __init__(
        self,
        *,
        fixed: int | None,
        budget: int | None,
        rows_per_request: int,
        most: int = MOST,
    ) -> None:
        self.fixed = fixed
        self.budget = budget
        self.most = fixed if fixed is not None else most
        self.target = fixed if fixed is not None else LEAST
        """Requests in flight wanted now."""
        self.in_flight = 0
        self.held = 0
        """Bytes: estimates of the requests in flight, sizes of answers taken
        whose rows are not all handed over."""
        self._rows_per_request = rows_per_request
        self._reserved: deque[int] = deque()  # each request's estimate, in order
        self._taken: deque[tuple[int, int, float]] = deque()
        """Answers taken, rows not all handed: (size, rows, decode seconds)."""
        self._since = 0.0
        """When the loop last took an answer or planned a request: the rows
        it hands over next are handed from then on."""
        self._row_bytes = 0.0
        self._trip: float | None = None
        self._cost: float | None = None
        self._ceiling = self.most
        """Lowered by answers the rate limit held back, raised one per answer."""

    def estimate(self) -> int:
        """Bytes the next request's answer is expected to take."""
        return math.ceil(self._row_bytes * self._rows_per_request * MARGIN)

    def room(self) -> bool:
        """Whether one more request may be planned now."""
        if self.in_flight >= self.target:
            return False
        if self.budget is None or (self.in_flight == 0 and not self._taken):
            return True
        return self.held + self.estimate() <= self.budget

    def sent(self, now: float) -> None:
        """A request was planned at ``now`` (in seconds); it is sent next."""
        reserved = self.estimate()
        self._reserved.append(reserved)
        self.held += reserved
        self.in_flight += 1
        self._since = now

    def taken(self, answer: Answer, now: float) -> None:
        """The loop took the oldest request's answer (at ``now``, in seconds)."""
        self.in_flight -= 1
        self.held += answer.size - self._reserved.popleft()
        self._taken.append((answer.size, answer.rows, answer.decode))
        self._since = now
        if answer.rows > 0:
            self._row_bytes = max(self._row_bytes, answer.size / answer.rows)
        if answer.trip > 0:
            self._trip = (
                answer.trip if self._trip is None else min(self._trip, answer.trip)
            )
        if self.fixed is not None:
            return
        if answer.throttled:
            self._ceiling = max(LEAST, min(self.target, self._ceiling) - 1)
        else:
            self._ceiling = min(self.most, self._ceiling + 1)
        self.target = max(LEAST, min(self._need(), self._ceiling))

    def handed(self, now: float) -> None:
        """Every row of the oldest answer taken has been handed over."""
        size, rows, decode = self._taken.popleft()
        self.held -= size
        if 2 * rows >= self._rows_per_request:  # a full answer: a fair sample
            cost = (decode + max(0.0, now - self._since)) / size
            self._cost = cost if self._cost is None else (self._cost + cost) / 2

    def _need(self) -> int:
        """Round trip over the time per answer (to the nearest: a near portal
        keeps two): the requests out while the loop works on one answer keep
        the next ones coming in time."""
        per_answer = (
            (self._cost or COST_GUESS) * self._row_bytes * self._rows_per_request
        )
        if self._trip is None or per_answer <= 0:
            return LEAST
        return max(LEAST, min(self.most, int(self._trip / per_answer + 0.5)))

    def __repr__(self) -> str:
        return (
            f"<ReadAhead {self.in_flight}/{self.target} in flight, "
            f"{self.held:,} bytes held>"
        )


class Parked(Generic[T]):
    """A request's answer, not yet given back to its plan."""

    __slots__ = ("plan", "outcome", "size", "trip", "throttled")

    def __init__(self, plan: Plan[T], outcome: Any, trip: float, throttled: bool):
        self.plan = plan
        self.outcome: Any = outcome
        self.size = len(outcome.content) if isinstance(outcome, Reply) else 0
        self.trip = trip
        self.throttled = throttled


class Metered(NamedTuple, Generic[T]):
    """A plan's value and what it measured (``rows`` left for the reader)."""

    value: T
    answer: Answer


def park(plan: Plan[T]) -> Plan[Parked[T]]:
    """``plan`` up to its request's answer, timed; the answer is kept for later.

    ``throttled``: a pause came right before the request (the rate limit's or
    the operating budget's).
    """
    outcome: Any = None
    previous: Any = None
    while True:
        step = plan.send(outcome)
        if isinstance(step, Request):
            sent = time.monotonic()
            outcome = yield step
            throttled = isinstance(previous, Sleep)
            return Parked(plan, outcome, time.monotonic() - sent, throttled)
        outcome = yield step
        previous = step


def unpark(parked: Parked[T]) -> Plan[Metered[T]]:
    """The rest of a parked plan: decoding its answer (and any retry), timed."""
    started = time.monotonic()
    plan, outcome = parked.plan, parked.outcome
    parked.outcome = None  # the bytes are freed once decoded
    while True:
        try:
            step = plan.send(outcome)
        except StopIteration as done:
            decode = time.monotonic() - started
            answer = Answer(parked.size, 0, parked.trip, decode, parked.throttled)
            return Metered(done.value, answer)
        outcome = yield step
