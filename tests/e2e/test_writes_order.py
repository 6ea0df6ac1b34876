"""call_many's order rules, observed by the fake portal over loopback.

The portal's journal (``stats.writes_to``) is the order it ran the writes in,
and ``stats.max_in_flight`` how many requests it held at once, so neither
depends on the client's timing.
"""

from __future__ import annotations

from typing import Any

from b24client import BatchCommandNotRunError
from b24client.testing import FakePortal

from .conftest import settle

RECORDS = 2


def mixed_sets(portal: FakePortal, n: int) -> tuple[list[dict[str, Any]], list[int]]:
    """Updates of deals touched once, and every 4th of one of two hot deals
    (100 items each of 800: more than a batch holds, so each spans batches)."""
    hot = [portal.store.add_deal(TITLE="start") for _ in range(RECORDS)]
    sets: list[dict[str, Any]] = []
    for k in range(n):
        deal = hot[(k // 4) % RECORDS] if k % 4 == 0 else portal.store.add_deal()
        sets.append({"ID": deal, "fields": {"TITLE": f"u{k}"}})
    return sets, hot


def titles_run_on(portal: FakePortal, deal: int) -> list[str]:
    return [entry.params["fields"]["TITLE"] for entry in portal.stats.writes_to(deal)]


def titles_sent_to(sets: list[dict[str, Any]], deal: int) -> list[str]:
    return [s["fields"]["TITLE"] for s in sets if s.get("ID") == deal]


def updated(
    run: Any,
    portal: FakePortal,
    sets: list[dict[str, Any]],
    latency: float,
    **options: Any,
) -> None:
    """``call_many("crm.deal.update", sets)`` with the portal's counters
    zeroed and its answers held ``latency`` seconds; every item must succeed."""
    portal.stats.reset()
    portal.latency = latency

    async def scenario(b24: Any) -> Any:
        return await settle(b24.call_many("crm.deal.update", sets, **options))

    results = run(scenario, rate_limit=None)
    assert all(item.ok for item in results)


def test_same_record_keeps_input_order_while_others_overlap(
    run: Any, portal: FakePortal
) -> None:
    sets, ids = mixed_sets(portal, 800)
    # the first batch runs late: a later update of its deals sent beside it
    # would run first
    portal.faults.inject("slow", method="batch", delay=0.4, count=1)
    updated(run, portal, sets, 0.05)
    assert portal.stats.max_in_flight > 1
    assert portal.stats.requests == 16  # every batch full
    for deal in ids:
        assert titles_run_on(portal, deal) == titles_sent_to(sets, deal)


def test_same_key_may_share_a_batch_in_order(run: Any, portal: FakePortal) -> None:
    deal = portal.store.add_deal(TITLE="start")
    sets = [{"id": str(deal), "fields": {"TITLE": f"t{k}"}} for k in range(120)]
    updated(run, portal, sets, 0.02)
    assert portal.stats.requests == 3 and portal.stats.max_in_flight == 1
    assert titles_run_on(portal, deal) == [f"t{k}" for k in range(120)]


def test_a_records_updates_ride_one_batch_so_all_go_at_once(
    run: Any, portal: FakePortal
) -> None:
    deals = [portal.store.add_deal(TITLE="start") for _ in range(200)]
    # three updates of each deal, 200 items apart
    sets = [{"ID": deals[k % 200], "fields": {"TITLE": f"u{k}"}} for k in range(600)]
    updated(run, portal, sets, 0.1)
    # one round trip: 13 batches of whole deals (48 items), all in flight
    assert portal.stats.requests == 13 and portal.stats.max_in_flight == 13
    for deal in deals:
        assert titles_run_on(portal, deal) == titles_sent_to(sets, deal)
        row = portal.store.get_deal(deal)
        assert row is not None and row["TITLE"] == titles_sent_to(sets, deal)[-1]


def test_a_callers_key_orders_what_the_id_does_not(
    run: Any, portal: FakePortal
) -> None:
    # the same deal under two spellings of its ID, and adds tied by a key
    deal = portal.store.add_deal(TITLE="start")
    sets: list[dict[str, Any]] = [
        {"Id": deal if k % 2 else f" {deal}", "fields": {"TITLE": f"t{k}"}}
        for k in range(150)
    ]
    portal.stats.reset()
    portal.latency = 0.02
    portal.faults.inject("slow", method="batch", delay=0.3, count=1)

    async def scenario(b24: Any) -> Any:
        by_id = await settle(b24.call_many("crm.deal.update", sets, concurrency=3))
        tied = await settle(
            b24.call_many(
                "crm.deal.add",
                [{"fields": {"TITLE": f"g{k}"}} for k in range(150)],
                key=lambda params: "one group",
                concurrency=3,
            )
        )
        return by_id, tied

    by_id, tied = run(scenario, rate_limit=None)
    assert all(item.ok for item in by_id + tied)
    assert titles_run_on(portal, deal) == [f"t{k}" for k in range(150)]
    added = [entry.params["fields"]["TITLE"] for entry in portal.stats.journal[150:]]
    assert added == [f"g{k}" for k in range(150)]
    assert [item.result for item in tied] == sorted(item.result for item in tied)


def test_ordered_is_strict(run: Any, portal: FakePortal) -> None:
    sets, _ = mixed_sets(portal, 300)
    updated(run, portal, sets, 0.02, ordered=True)
    assert portal.stats.max_in_flight == 1 and portal.stats.requests == 6
    run_titles = [entry.params["fields"]["TITLE"] for entry in portal.stats.journal]
    assert run_titles == [s["fields"]["TITLE"] for s in sets]


def test_no_batch_follows_a_request_that_may_have_run(
    run: Any, portal: FakePortal
) -> None:
    portal.stats.reset()
    portal.latency = 0.05
    portal.faults.inject("disconnect", method="batch", after_run=True, count=1)
    concurrency = 4

    async def scenario(b24: Any) -> Any:
        sets = [{"fields": {"TITLE": f"W{n}"}} for n in range(1000)]  # 20 batches
        return await settle(
            b24.call_many("crm.deal.add", sets, concurrency=concurrency)
        )

    results = run(scenario, rate_limit=None)
    sent = portal.stats.requests
    # before its failure is taken, at most concurrency - 1 answers free a slot
    assert sent <= 2 * concurrency - 1
    statuses = [item.status for item in results]
    assert statuses.count("unknown") == 50  # the lost answer's batch, not repeated
    assert statuses.count("ok") == 50 * (sent - 1)
    assert statuses.count("not_run") == 1000 - 50 * sent
    assert portal.stats.writes == 50 * sent  # each batch sent ran once
    unsent = next(item for item in results if item.status == "not_run")
    assert isinstance(unsent.error, BatchCommandNotRunError)
    assert "earlier request" in str(unsent.error)
