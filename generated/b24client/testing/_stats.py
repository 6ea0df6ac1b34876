# Source: generator/runtime/testing/_stats.py (hand-written; copied into the package by make generate).
"""What the fake portal has seen, counted under one lock.

The server thread updates the counters while the test thread reads them (and
may :meth:`Stats.reset` them between phases), so every update goes through
:attr:`Stats.lock`. Plain ``int`` reads are safe without it; use
:meth:`Stats.snapshot` to read several counters consistently.
"""

from __future__ import annotations

import collections
import threading
from dataclasses import dataclass, field
from typing import Any, NamedTuple

__all__ = ["Executed", "Stats"]

_Counter = collections.Counter


class Executed(NamedTuple):
    """One write the portal ran (a batch command or a top-level call)."""

    method: str
    """Lower case."""
    record: str | None
    """The ``id``/``ID`` parameter it was given, or the ID an add returned."""
    params: dict[str, Any]
    """Its decoded parameters (references resolved)."""


def _counter() -> collections.Counter[Any]:
    return collections.Counter()


@dataclass(eq=False)
class Stats:
    """Counters of one portal (read them from tests; reset between phases)."""

    requests: int = 0
    """HTTP requests received, whatever became of them (a ``batch`` is one)."""
    connections: int = 0
    """TCP connections accepted (the socket server counts them)."""
    requests_by_method: collections.Counter[str] = field(default_factory=_counter)
    """HTTP requests per method name (lower case), as sent in the URL."""
    calls: collections.Counter[str] = field(default_factory=_counter)
    """Method executions, ``batch`` commands included (known methods only)."""
    writes: int = 0
    """Successful writes executed (add/update/delete/set...), batch commands
    included; a write whose response was then dropped by a fault still counts."""
    writes_by_method: collections.Counter[str] = field(default_factory=_counter)
    """:attr:`writes` per method name (lower case)."""
    errors: int = 0
    """Error answers the portal made itself: top-level ones (auth, limits and
    method failures) and failed batch commands; injected faults not included."""
    statuses: collections.Counter[int] = field(default_factory=_counter)
    """HTTP responses per status code (faults and redirects included)."""
    refused: int = 0
    """Requests refused by the rate limit (503 QUERY_LIMIT_EXCEEDED)."""
    operating_refused: int = 0
    """Calls refused by the operating-time limit (429 OPERATION_TIME_LIMIT),
    batch commands included."""
    faults: collections.Counter[str] = field(default_factory=_counter)
    """Injected faults applied, per kind."""
    replays: int = 0
    """REST 3.0 writes answered from the ``Idempotency-Key`` store (not run again)."""
    redirects: int = 0
    """Requests answered with 302 by a renamed portal."""
    token_requests: int = 0
    """Requests to the OAuth token endpoint, successful or not."""
    refreshes: int = 0
    """Successful ``grant_type=refresh_token`` exchanges."""
    in_flight: int = 0
    """Requests received and not yet answered (a gauge: :meth:`reset` keeps it)."""
    max_in_flight: int = 0
    """The most requests in flight at once since the last :meth:`reset`."""
    journal: list[Executed] = field(default_factory=list)
    """Every successful write, in the order the portal ran them."""
    lock: threading.Lock = field(
        default_factory=threading.Lock, repr=False, compare=False
    )
    """Held by every update; hold it to read several counters at once."""

    @property
    def by_method(self) -> collections.Counter[str]:
        """Short for :attr:`requests_by_method`."""
        return self.requests_by_method

    @property
    def writes_executed(self) -> int:
        """Same as :attr:`writes`."""
        return self.writes

    def writes_to(self, record: int | str) -> list[Executed]:
        """The writes the portal ran on one record, in the order it ran them."""
        key = str(record)
        with self.lock:
            return [entry for entry in self.journal if entry.record == key]

    def arrived(self) -> None:
        """A request came in (the socket server calls this)."""
        with self.lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def answered(self) -> None:
        """A request's answer went out, or its connection is gone."""
        with self.lock:
            self.in_flight -= 1

    def bump(self, name: str, amount: int = 1) -> None:
        """Add ``amount`` to the integer counter ``name`` (under the lock)."""
        with self.lock:
            setattr(self, name, getattr(self, name) + amount)

    def snapshot(self) -> dict[str, Any]:
        """Every counter at one instant (Counters copied as plain dicts; the
        journal left out)."""
        with self.lock:
            return {
                name: dict(value) if isinstance(value, _Counter) else value
                for name, value in vars(self).items()
                if name not in ("lock", "journal")
            }

    def reset(self) -> None:
        """Zero every counter and empty the journal (requests in flight stay)."""
        with self.lock:
            for name, value in list(vars(self).items()):
                if isinstance(value, (_Counter, list)):
                    value.clear()
                elif isinstance(value, int) and name != "in_flight":
                    setattr(self, name, 0)
            self.max_in_flight = self.in_flight
