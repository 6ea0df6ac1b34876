"""Many processes, one portal: the issue's claims, each proved with worker
processes against the fake portal (enforcing its limits) and a real Redis.

Correctness only (refusals, refreshes, locks); the figures with their
timings are ``make bench`` section 5 (tests/bench/run.py).
"""

from __future__ import annotations

import pytest

from .harness import RedisServer, crash, operating, shared_limit, single_refresh


def test_one_redis_bucket_keeps_many_processes_under_the_portal_limit(
    server: RedisServer,
) -> None:
    # 4 processes x 4 threads and 2 async processes x 20 tasks, one call each
    figures = shared_limit(server, bucket="redis", rate=20, burst=10, calls=1)
    assert figures["errors"] == []
    assert figures["ok"] == figures["calls"] == 56
    assert figures["refused"] == 0, figures


@pytest.mark.parametrize(("store", "processes"), [("redis", 8), ("sqlite", 4)])
def test_expired_token_is_refreshed_once_for_all_processes(
    server: RedisServer, store: str, processes: int
) -> None:
    figures = single_refresh(server, store=store, processes=processes)
    assert figures["errors"] == []
    assert figures["ok"] == figures["calls"]
    assert figures["refreshes"] == 1 and figures["token_requests"] == 1
    # the stored pair is the newest (seeded as 1, refreshed once), the one
    # the portal still accepts, and every process ended up using it
    assert figures["stored_version"] == 2 and figures["stored_is_live"]
    assert figures["versions"] == [2]
    assert figures["lock_free"]


@pytest.mark.parametrize(("store", "others"), [("redis", 3), ("sqlite", 2)])
def test_a_holder_killed_mid_refresh_blocks_nobody_for_long(
    server: RedisServer, store: str, others: int
) -> None:
    figures = crash(server, store=store, others=others, lock_ttl=1.0)
    assert figures["errors"] == []
    assert figures["ok"] == figures["calls"]
    assert figures["waited_after_kill"] < 30  # a hang is the failure, not speed
    # one refresh: the taker-over's (the dead holder's request is still held
    # back by the portal, and will find its refresh token spent)
    assert figures["refreshes"] == 1
    assert figures["stored_version"] == 2
    assert figures["lock_free"] and figures["later_call_ok"]


def test_a_crash_after_the_portal_rotated_the_token_loses_the_grant(
    server: RedisServer,
) -> None:
    # the worst instant: the new pair existed only in the killed process
    figures = crash(server, store="redis", worst=True, others=2, lock_ttl=1.0)
    assert figures["ok"] == 0 and len(figures["errors"]) == figures["calls"]
    assert all(e.startswith("AuthenticationError") for e in figures["errors"])
    assert all("refresh was refused" in e for e in figures["errors"])
    assert figures["stored_version"] == 1  # nothing overwrote the stored pair
    assert figures["lock_free"]


def test_a_shared_operating_budget_holds_where_per_process_budgets_fail(
    server: RedisServer,
) -> None:
    alone = operating(server, budget="local")
    assert alone["operating_refused"] > 0  # the run reaches the portal's limit
    shared = operating(server, budget="redis")
    assert shared["errors"] == [] and shared["ok"] == shared["calls"]
    assert shared["operating_refused"] == 0
