"""``make bench`` section 5: many processes, one portal (issue 14).

The scenarios are those of ``tests/shared`` (``harness.py``: a real
redis-server on a loopback port, the fake portal enforcing its limits in
this process, worker processes given its URLs), at the issue's sizes, with
the same run under per-process state beside each shared one:

a. 4 processes x 4 threads and 2 async processes x 20 tasks call one portal
   enforcing 20 requests/s, burst 10, through one RedisBucket, then through
   a bucket per process: refusals, and the requests/s reached;
b. 8 processes hit ``expired_token`` at once: refreshes at the token endpoint;
c. the refresh lock's holder is SIGKILLed after the token endpoint received
   its request: how long the others wait, and whether anything stays locked;
   and the same at the worst instant (the portal already rotated the token);
d. the operating budget across 4 processes, shared and per process;
e. the Redis bucket's cost per call against the in-process bucket.

Run alone: ``.venv-bench/bin/python tests/bench/run.py --sections 5``.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[1] / "shared"


def section_rows(
    row: Callable[..., Any], *, quick: bool
) -> tuple[list[Any], list[str]]:
    """The table rows of section 5 and the notes under the table."""
    sys.path.insert(0, str(SHARED))
    import harness  # tests/shared/harness.py

    rows: list[Any] = []
    notes: list[str] = []
    with tempfile.TemporaryDirectory() as directory:
        try:
            redis = harness.RedisServer(Path(directory)).start()
        except harness.RedisUnavailable as error:
            return [
                row("5. many processes", "redis-server", "failed", note=str(error))
            ], []
        scenarios: list[tuple[str, Callable[[], None]]] = [
            ("5a", lambda: _limit(harness, redis, row, rows, notes, 1 if quick else 3)),
            ("5b", lambda: _refresh(harness, redis, row, rows)),
            ("5c", lambda: _crash(harness, redis, row, rows, notes)),
            ("5d", lambda: _operating(harness, redis, row, rows)),
            ("5e", lambda: _overhead(harness, redis, row, rows, 200 if quick else 500)),
        ]
        try:
            for name, scenario in scenarios:
                try:
                    scenario()
                except AssertionError as error:  # a hung or failed worker
                    rows.append(row(f"{name}.", "failed", "failed", note=str(error)))
        finally:
            redis.stop()
    return rows, notes


def _limit(
    harness: Any, redis: Any, row: Any, rows: list[Any], notes: list[str], calls: int
) -> None:
    rate, burst = 20, 10
    section = f"5a. 4x4 threads + 2x20 tasks, portal {rate}/s burst {burst}"
    for bucket, label in (
        ("redis", "one RedisBucket"),
        ("local", "a bucket per process"),
    ):
        figures = harness.shared_limit(
            redis, bucket=bucket, rate=rate, burst=burst, calls=calls
        )
        reached = figures["accepted"] / figures["span"] if figures["span"] else 0.0
        failed = len(figures["errors"])
        rows.append(
            row(
                section,
                label,
                f"{reached:.1f} req/s",
                f"{reached / rate:.1%} of {rate}/s",
                str(figures["requests"]),
                str(figures["refused"]),
                note=(
                    f"{figures['ok']}/{figures['calls']} calls ok"
                    + (f", {failed} failed after 8 retries" if failed else "")
                    + f"; {figures['of_limit']:.1%} of what the limit allows "
                    f"({burst} + {rate}/s) in {figures['span']:.2f} s"
                ),
            )
        )
    notes.append(
        "5a: req/s = requests the portal accepted / the time from the first call's "
        "start to the last one's end (the initial burst included)."
    )


def _refresh(harness: Any, redis: Any, row: Any, rows: list[Any]) -> None:
    section = "5b. 8 processes hit expired_token"
    for store, label in (("redis", "RedisTokenStore"), ("sqlite", "SQLiteTokenStore")):
        figures = harness.single_refresh(redis, store=store, processes=8)
        rows.append(
            row(
                section,
                label,
                f"{figures['refreshes']} refresh",
                f"{figures['token_requests']} token request(s)",
                note=(
                    f"{figures['ok']}/{figures['calls']} calls ok; stored pair "
                    f"v{figures['stored_version']}"
                    f"{' (the live one)' if figures['stored_is_live'] else ' NOT LIVE'}"
                    f", used by all: {figures['versions'] == [figures['stored_version']]}"
                    f"; lock free: {figures['lock_free']}"
                ),
            )
        )


def _crash(
    harness: Any, redis: Any, row: Any, rows: list[Any], notes: list[str]
) -> None:
    ttl = 2.0
    section = f"5c. lock holder SIGKILLed mid-refresh (lock_ttl {ttl:g} s)"
    cases = (
        ("redis", False, "RedisTokenStore"),
        ("sqlite", False, "SQLiteTokenStore"),
        ("redis", True, "Redis, token already rotated"),
    )
    for store, worst, label in cases:
        figures = harness.crash(redis, store=store, worst=worst, lock_ttl=ttl)
        failed = len(figures["errors"])
        rows.append(
            row(
                section,
                label,
                f"{figures['waited_after_kill']:.2f} s",
                "the others all done, after the kill",
                note=(
                    f"{figures['ok']}/{figures['calls']} calls ok"
                    + (f" ({failed} AuthenticationError: grant lost)" if failed else "")
                    + f"; stored v{figures['stored_version']}"
                    + f"; lock free: {figures['lock_free']}"
                    + (
                        f"; later call ok: {figures['later_call_ok']}"
                        if not worst
                        else ""
                    )
                ),
            )
        )
    notes.append(
        "5c: 7 processes (2 threads each) wait on the lock of the killed one; the "
        "portal holds the killed holder's token answer back. Rotated: the portal "
        "spent the refresh token before the kill, so the new pair died with the "
        "holder: every process gets AuthenticationError, nothing hangs."
    )


def _operating(harness: Any, redis: Any, row: Any, rows: list[Any]) -> None:
    section = "5d. operating budget, 4 processes"
    for budget, label in (
        ("redis", "one RedisOperatingBudget"),
        ("local", "a budget per process"),
    ):
        figures = harness.operating(redis, budget=budget)
        rows.append(
            row(
                section,
                label,
                f"{figures['operating_refused']} refused",
                "OPERATION_TIME_LIMIT",
                refused=str(figures["operating_refused"]),
                note=(
                    f"first process spent the budget in {figures['spent_first']} "
                    f"calls; then {figures['ok']}/{figures['calls']} calls ok"
                ),
            )
        )


def _overhead(harness: Any, redis: Any, row: Any, rows: list[Any], calls: int) -> None:
    section = f"5e. bucket cost ({calls:,} calls, best of 3)"
    for mode in ("sync", "async"):
        figures = harness.overhead(redis, mode=mode, calls=calls)
        extra = figures["call_redis"] - figures["call_local"]
        rows.append(
            row(
                section,
                f"{mode}: one reservation",
                f"{figures['reserve_redis']:.1f} us",
                f"{figures['reserve_redis'] / figures['reserve_local']:.0f}x in-process "
                f"({figures['reserve_local']:.2f} us)",
            )
        )
        rows.append(
            row(
                section,
                f"{mode}: one call",
                f"{figures['call_redis']:.0f} us",
                f"{figures['call_redis'] / figures['call_local']:.2f}x in-process "
                f"({figures['call_local']:.0f} us)",
                note=f"{extra:+.0f} us per call",
            )
        )
