"""The request-rate limit (leaky bucket) and the operating-time limit.

Exact arithmetic is checked with a hand-driven clock; over real sockets the
assertions are tolerant of timing (the machine is noisy).
"""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from b24client.testing import FakePortal, Limits

from .wire import classic_error, pipeline


class Clock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


# --- leaky bucket ---------------------------------------------------------------------


def test_bucket_arithmetic() -> None:
    clock = Clock()
    limits = Limits(clock=clock)
    assert limits.admit() and limits.rate_limit is None  # off by default
    limits.configure(rate=2, burst=5)
    assert limits.rate_limit == (2.0, 5)
    # refused only when the level is above the burst: burst + 1 pass from empty
    assert [limits.admit() for _ in range(7)] == [True] * 6 + [False]
    assert limits.level == 6
    clock.now += 0.5  # drains 1: level 5, not above 5
    assert limits.admit() and not limits.admit()
    clock.now += 10
    assert limits.level == 0
    limits.configure(None)
    assert all(limits.admit() for _ in range(100))
    with pytest.raises(ValueError):
        limits.configure(rate=0)


def test_rate_limit_over_sockets() -> None:
    with FakePortal(rate_limit=(200, 20)) as portal:
        started = time.monotonic()
        statuses = pipeline(portal, "user.current", 120)
        elapsed = time.monotonic() - started
        passed, refused = statuses.count(200), statuses.count(503)
        assert passed + refused == 120
        assert 21 <= passed <= 21 + 200 * elapsed + 1
        assert refused > 0
        stats = portal.stats
        assert stats.refused == refused and stats.statuses[503] == refused
        assert stats.calls["user.current"] == passed  # refused ones never ran
        portal.limits.configure(rate=10, burst=0)  # slow enough to be certain
        with httpx.Client(base_url=portal.webhook_url) as http:
            assert http.post("user.current").status_code == 200
            classic_error(
                http.post("user.current"),
                503,
                "QUERY_LIMIT_EXCEEDED",
                "Too many requests",
            )
            time.sleep(0.2)  # drains 2 at 10/s
            assert http.post("user.current").status_code == 200


def test_batch_counts_once_and_limits_can_be_switched_off() -> None:
    with FakePortal() as portal:
        portal.limits.configure(rate=1, burst=0)
        with httpx.Client(base_url=portal.webhook_url) as http:
            cmd = {str(i): "user.current" for i in range(50)}
            assert http.post("batch", json={"cmd": cmd}).status_code == 200
            assert http.post("user.current").status_code == 503
            portal.limits.configure(None)
            assert all(http.post("user.current").status_code == 200 for _ in range(30))
        assert portal.stats.refused == 1
        assert portal.stats.calls["user.current"] == 50 + 30


# --- operating time --------------------------------------------------------------------


@pytest.fixture
def timed(portal: FakePortal) -> Clock:
    clock = Clock()
    portal.limits.clock = clock
    portal.limits.configure_operating(1.0, window_seconds=100, cost=0.4)
    return clock


def operating(response: httpx.Response) -> tuple[float, int]:
    block = response.json()["time"]
    return block["operating"], block["operating_reset_at"]


def test_operating_time_reported_and_enforced(
    portal: FakePortal, client: httpx.Client, timed: Clock
) -> None:
    start = timed.now
    seen = [operating(client.post("user.current")) for _ in range(3)]
    assert [round(used, 6) for used, _ in seen] == [0.4, 0.8, 1.2]
    assert {reset for _, reset in seen} == {int(start + 100)}
    refused = client.post("user.current")
    assert refused.status_code == 429
    body = refused.json()
    assert body["error"] == "OPERATION_TIME_LIMIT"
    assert body["error_description"] == "Method is blocked due to operation time limit."
    assert body["time"]["operating_reset_at"] == int(start + 100)
    assert client.post("crm.deal.fields").status_code == 200  # other methods go on
    assert portal.stats.operating_refused == 1
    assert portal.stats.calls["user.current"] == 3
    timed.now += 100  # the bucket of the first three calls leaves the window
    assert operating(client.post("user.current"))[0] == pytest.approx(0.4)


def test_operating_window_has_ten_buckets(
    client: httpx.Client, portal: FakePortal, timed: Clock
) -> None:
    portal.limits.configure_operating(10.0, window_seconds=100, cost=1.0)
    start = timed.now
    client.post("user.current")
    timed.now += 5  # same 10-second bucket
    client.post("user.current")
    timed.now += 10  # a new bucket
    used, reset_at = operating(client.post("user.current"))
    assert used == pytest.approx(3.0) and reset_at == int(start + 100)
    timed.now = start + 100  # the first bucket leaves; the second resets next
    used, reset_at = operating(client.post("user.current"))
    assert used == pytest.approx(2.0) and reset_at == int(start + 15 + 100)


def test_operating_cost_by_method_and_batch(
    portal: FakePortal, client: httpx.Client, timed: Clock
) -> None:
    portal.limits.configure_operating(
        1.0, window_seconds=100, cost_by_method={"crm.deal.fields": 0.6}
    )
    cmd = {"a": "crm.deal.fields", "b": "crm.deal.fields", "c": "crm.deal.fields"}
    body = client.post("batch", json={"cmd": cmd}).json()
    result = body["result"]
    assert sorted(result["result"]) == ["a", "b"]
    assert result["result_error"]["c"]["error"] == "OPERATION_TIME_LIMIT"
    assert result["result_time"]["b"]["operating"] == pytest.approx(1.2)
    assert body["time"]["operating"] == 0  # the outer batch is not charged
    assert portal.stats.operating_refused == 1
    # unlisted methods cost their measured run time
    used, _ = operating(client.post("user.current"))
    assert 0 < used < 0.5


def test_operating_is_per_credential(
    portal: FakePortal, client: httpx.Client, timed: Clock
) -> None:
    for _ in range(3):
        client.post("user.current")
    assert client.post("user.current").status_code == 429
    access, _ = portal.oauth.issue()
    with httpx.Client(base_url=portal.rest_url) as app:
        answer: Any = app.post("user.current", json={"auth": access})
        assert answer.status_code == 200 and operating(answer)[0] == pytest.approx(0.4)


def test_operating_off_by_default(client: httpx.Client) -> None:
    used, reset_at = operating(client.post("user.current"))
    assert used == 0 and reset_at >= time.time() + 599
