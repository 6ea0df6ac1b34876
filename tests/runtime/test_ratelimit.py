"""The client-side leaky bucket and the operating-time budget."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from b24client import ENTERPRISE, STANDARD, LeakyBucket, OperatingBudget, RateLimit
from b24client._core.client import SyncClientBase

from .conftest import WEBHOOK, Recorder, ok, settle


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_burst_then_sustained_rate() -> None:
    clock = Clock()
    bucket = LeakyBucket(RateLimit(rate=2.0, burst=5), clock=clock)
    assert [bucket.reserve() for _ in range(5)] == [0.0] * 5
    # the 6th waits half a second (one drains at 2/s), the 7th a whole one
    assert bucket.reserve() == pytest.approx(0.5)
    assert bucket.reserve() == pytest.approx(1.0)
    clock.now += 10  # everything drained
    assert bucket.reserve() == 0.0


def test_reservations_from_threads_are_all_distinct_slots() -> None:
    clock = Clock()
    bucket = LeakyBucket(RateLimit(rate=10.0, burst=10), clock=clock)
    waits: list[float] = []
    lock = threading.Lock()

    def take() -> None:
        for _ in range(25):
            wait = bucket.reserve()
            with lock:
                waits.append(wait)

    threads = [threading.Thread(target=take) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # 100 requests at a frozen clock: 10 free, then one slot every 0.1 s
    assert sorted(waits) == pytest.approx([0.0] * 10 + [0.1 * i for i in range(1, 91)])


def test_presets_and_validation() -> None:
    assert (STANDARD.rate, STANDARD.burst) == (2.0, 50)
    assert (ENTERPRISE.rate, ENTERPRISE.burst) == (5.0, 250)
    with pytest.raises(ValueError, match="rate"):
        RateLimit(0, 5)
    with pytest.raises(ValueError, match="burst"):
        RateLimit(1, 0)
    with pytest.raises(TypeError, match="rate_limit must be"):
        SyncClientBase(WEBHOOK, rate_limit=5)  # type: ignore[arg-type]


def test_client_sleeps_for_the_bucket(run: Any, slept: list[float]) -> None:
    sections = {"result": {"c0": True}, "result_error": []}
    recorder = Recorder([ok(True), ok(True), ok(True), ok(sections)])

    async def scenario(client: Any, batch_cls: Any) -> None:
        for _ in range(3):
            await settle(client.call("user.current"))
        batch = batch_cls(client)
        batch.add("user.current")
        await settle(batch.execute())  # a batch is one request

    # a clock that stands still: the waits do not depend on how busy the machine is
    bucket = LeakyBucket(RateLimit(rate=1.0, burst=2), clock=lambda: 0.0)
    run(scenario, recorder, rate_limit=bucket)
    assert len(recorder.requests) == 4
    assert slept == [pytest.approx(1.0), pytest.approx(2.0)]


def test_shared_bucket_between_clients() -> None:
    clock = Clock()
    bucket = LeakyBucket(RateLimit(1.0, 1), clock=clock)
    assert SyncClientBase(WEBHOOK, rate_limit=bucket)._session.bucket is bucket
    assert SyncClientBase(WEBHOOK, rate_limit=None)._session.bucket is None


def test_operating_budget_holds_back_a_hot_method() -> None:
    now = [5000.0]
    budget = OperatingBudget(100.0, headroom=0.9, wall_clock=lambda: now[0])
    budget.record("crm.deal.list", {"operating": 50.0, "operating_reset_at": 5060})
    assert budget.delay("crm.deal.list") == 0.0
    budget.record("CRM.DEAL.LIST", {"operating": 95.0, "operating_reset_at": 5060})
    assert budget.used("crm.deal.list") == 95.0
    assert budget.delay("crm.deal.list") == pytest.approx(60.0)
    assert budget.delay("crm.deal.get") == 0.0
    now[0] = 5100.0
    assert budget.delay("crm.deal.list") == 0.0
    budget.record("x", {"operating": "bad"})
    assert budget.used("x") == 0.0
    with pytest.raises(ValueError):
        OperatingBudget(0)


def test_client_records_operating_time(run: Any) -> None:
    recorder = Recorder(
        [(200, {"result": True, "time": {"operating": 12.5, "operating_reset_at": 1}})]
    )

    async def scenario(client: Any, _: Any) -> float:
        await settle(client.call("crm.deal.list"))
        return float(client.operating.used("crm.deal.list"))

    assert run(scenario, recorder, operating_budget=480) == 12.5
