"""Bulk helpers against the fake portal over real sockets, sync and async."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from b24client import BatchCommandNotRunError, NotFoundError, RateLimit
from b24client.testing import FakePortal

from .conftest import collect, settle

DEALS = 3_210  # 65 pages: the last one short


@pytest.mark.parametrize("strategy", ["keyset", "offset", "ranges", "auto"])
def test_read_all_deals_once_each_in_id_order(
    run: Any, portal: FakePortal, strategy: str
) -> None:
    portal.store.seed_deals(DEALS)
    portal.stats.reset()

    async def scenario(b24: Any) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = await collect(
            b24.read_all("crm.deal.list", strategy=strategy)
        )
        return rows

    rows = run(scenario, rate_limit=None)
    assert [int(row["ID"]) for row in rows] == list(range(1, DEALS + 1))
    assert rows[0]["TITLE"] == "Deal 1" and "STAGE_ID" in rows[0]
    # the first page (with the far ID for ranges), then batches of 50 pages:
    # 2,500 rows per request
    assert portal.stats.requests == 3
    first = {"batch": 3} if strategy in ("ranges", "auto") else {"crm.deal.list": 1}
    assert portal.stats.requests_by_method == {"batch": 2, **first}


def test_read_all_with_filter_select_and_other_orders(
    run: Any, portal: FakePortal
) -> None:
    portal.store.seed_deals(DEALS)
    won = [
        deal_id
        for deal_id in portal.store.deal_ids()
        if (portal.store.get_deal(deal_id) or {}).get("STAGE_ID") == "WON"
    ]

    async def scenario(b24: Any) -> tuple[Any, Any, Any]:
        keyset = await collect(
            b24.read_all("crm.deal.list", filter={"STAGE_ID": "WON"}, select=["TITLE"])
        )
        newest_first = await collect(
            b24.read_all("crm.deal.list", order={"ID": "DESC"}, select=["ID"])
        )
        by_title = await collect(
            b24.read_all(
                "crm.deal.list",
                filter={">ID": 3000},
                order={"TITLE": "DESC"},
                select=["TITLE"],
            )
        )
        return keyset, newest_first, by_title

    keyset, newest_first, by_title = run(scenario, rate_limit=None)
    assert [int(r["ID"]) for r in keyset] == won and len(won) > 500
    assert set(keyset[0]) == {"ID", "TITLE"}  # the ID is always selected
    assert [int(r["ID"]) for r in newest_first] == list(range(DEALS, 0, -1))
    titles = [r["TITLE"] for r in by_title]
    assert titles == sorted(titles, key=str.casefold, reverse=True)
    assert sorted(int(r["ID"]) for r in by_title) == list(range(3001, DEALS + 1))


ITEMS = {"entityTypeId": 2}
"""``crm.item.*`` parameters for deals."""


@pytest.mark.parametrize("strategy", ["ranges", "offset", "keyset", "auto"])
def test_read_all_crm_items_once_each_in_id_order(
    run: Any, portal: FakePortal, strategy: str
) -> None:
    portal.store.seed_deals(DEALS)
    for deal_id in range(7, DEALS + 1, 7):  # gaps, as deletions leave them
        portal.store.delete_deal(deal_id)
    expected = portal.store.deal_ids()
    portal.stats.reset()

    async def scenario(b24: Any) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = await collect(
            b24.read_all(
                "crm.item.list",
                params=ITEMS,
                id_field="id",
                select=["title"],
                strategy=strategy,
            )
        )
        return rows

    rows = run(scenario, rate_limit=None)
    assert [row["id"] for row in rows] == expected
    assert rows[0] == {"id": 1, "title": "Deal 1"}
    assert portal.stats.requests == 3
    assert portal.stats.calls["crm.item.list"] > 50  # 2,500 rows per request


def test_read_all_crm_items_filtered_and_ordered(run: Any, portal: FakePortal) -> None:
    portal.store.seed_deals(DEALS)
    won = [
        deal_id
        for deal_id in portal.store.deal_ids()
        if (portal.store.get_deal(deal_id) or {}).get("STAGE_ID") == "WON"
    ]

    async def scenario(b24: Any) -> tuple[Any, Any]:
        newest_won = await collect(
            b24.read_all(
                "crm.item.list",
                params=ITEMS,
                id_field="id",
                filter={"stageId": "WON"},
                order={"id": "DESC"},
            )
        )
        by_amount = await collect(
            b24.read_all(
                "crm.item.list",
                params=ITEMS,
                id_field="id",
                filter={">id": 3000},
                order={"opportunity": "ASC"},
                select=["opportunity"],
            )
        )
        return newest_won, by_amount

    newest_won, by_amount = run(scenario, rate_limit=None)
    assert [row["id"] for row in newest_won] == won[::-1] and len(won) > 500
    assert {row["stageId"] for row in newest_won} == {"WON"}
    assert newest_won[0]["entityTypeId"] == 2  # whole items
    amounts = [row["opportunity"] for row in by_amount]
    assert amounts == sorted(amounts) and len(amounts) == DEALS - 3000
    assert sorted(row["id"] for row in by_amount) == list(range(3001, DEALS + 1))


def test_get_many_and_call_many_crm_items(run: Any, portal: FakePortal) -> None:
    portal.store.seed_deals(60)
    wanted = [3, 60_000, 1]

    async def scenario(b24: Any) -> tuple[Any, Any]:
        found = await settle(b24.get_many("crm.item.get", wanted, params=ITEMS))
        sets = [{**ITEMS, "fields": {"title": f"Bulk {n}"}} for n in range(70)]
        added = await settle(b24.call_many("crm.item.add", sets))
        return found, added

    found, added = run(scenario, rate_limit=None)
    assert found[0].result["item"]["title"] == "Deal 3"
    assert isinstance(found[1].error, NotFoundError)
    assert found[2].result["item"]["id"] == 1
    assert [item.result["item"]["id"] for item in added] == list(range(61, 131))
    assert (portal.store.get_deal(130) or {})["TITLE"] == "Bulk 69"
    assert portal.stats.writes_by_method["crm.item.add"] == 70


def test_read_all_streams_and_stops_early(run: Any, portal: FakePortal) -> None:
    portal.store.seed_deals(6_000)
    portal.stats.reset()

    async def scenario(b24: Any) -> int:
        rows = b24.read_all("crm.deal.list")
        seen = 0
        if hasattr(rows, "__aiter__"):
            async for _ in rows:
                seen += 1
                if seen == 100:
                    break
        else:
            for _ in rows:
                seen += 1
                if seen == 100:
                    break
        return seen

    assert run(scenario, rate_limit=None) == 100
    # the first page, one batch and at most the two after it (sent ahead: the
    # loopback portal is near, so two are in flight besides the one handed over)
    assert portal.stats.requests <= 4


def test_read_all_within_the_portal_rate_limit(run: Any, portal: FakePortal) -> None:
    portal.store.seed_deals(DEALS)
    portal.limits.configure(rate=50.0, burst=1)
    portal.stats.reset()

    async def scenario(b24: Any) -> int:
        return len(await collect(b24.read_all("crm.deal.list", strategy="offset")))

    assert run(scenario, rate_limit=RateLimit(rate=50.0, burst=1)) == DEALS
    assert portal.stats.refused == 0 and portal.stats.requests == 3


def test_get_many_in_input_order_with_missing_ids(run: Any, portal: FakePortal) -> None:
    portal.store.seed_deals(300)
    wanted = [
        deal_id if deal_id % 9 else deal_id + 10_000 for deal_id in range(300, 100, -1)
    ]
    portal.stats.reset()

    async def scenario(b24: Any) -> Any:
        return await settle(
            b24.get_many("crm.deal.get", wanted, params={"select": ["ID"]})
        )

    results = run(scenario, rate_limit=None)
    assert portal.stats.requests == 4  # 200 calls, 50 per batch
    assert len(results) == 200
    for asked, item in zip(wanted, results, strict=False):
        if asked > 10_000:
            assert item.status == "failed" and isinstance(item.error, NotFoundError)
        else:
            assert item.ok and item.result["ID"] == str(asked)


def test_call_many_adds_in_order_with_failures(run: Any, portal: FakePortal) -> None:
    portal.stats.reset()
    sets = [
        {"fields": "broken" if n % 10 == 7 else {"TITLE": f"Bulk {n}"}}
        for n in range(200)
    ]

    async def scenario(b24: Any) -> Any:
        return await settle(b24.call_many("crm.deal.add", sets, ordered=True))

    results = run(scenario, rate_limit=None)
    assert portal.stats.requests == 4
    assert portal.stats.writes == 180
    ids = [item.result for item in results if item.ok]
    assert len(ids) == 180 and ids == sorted(ids)  # in input order
    for n, item in enumerate(results):
        if n % 10 == 7:
            assert item.status == "failed" and "array" in str(item.error)
        else:
            assert isinstance(item.result, int)
            deal = portal.store.get_deal(item.result)
            assert deal is not None and deal["TITLE"] == f"Bulk {n}"


def test_call_many_never_repeats_writes_that_may_have_run(
    run: Any, portal: FakePortal
) -> None:
    portal.faults.inject("disconnect", method="batch", after_run=True, count=1)
    portal.stats.reset()

    async def scenario(b24: Any) -> Any:
        sets = [{"fields": {"TITLE": f"W{n}"}} for n in range(120)]
        return await settle(b24.call_many("crm.deal.add", sets, ordered=True))

    results = run(scenario, rate_limit=None)
    assert portal.stats.requests == 1  # neither repeated nor continued
    assert portal.stats.writes == 50  # the first batch ran; its answer was lost
    assert {item.status for item in results[:50]} == {"unknown"}
    assert "unknown" in str(results[0].error)
    assert {item.status for item in results[50:]} == {"not_run"}
    assert isinstance(results[50].error, BatchCommandNotRunError)


def test_async_read_left_early_leaves_no_request_running(portal: FakePortal) -> None:
    # closing the stream cancels the batches still in flight and waits for them
    # to unwind: nothing of the read is left pending on the event loop
    from b24client import AsyncBitrix24

    portal.store.seed_deals(DEALS)
    portal.latency = 0.2

    async def main() -> list[Any]:
        async with AsyncBitrix24(portal.webhook_url, rate_limit=None) as b24:
            rows = b24.read_all("crm.deal.list", concurrency=4)
            async for _ in rows:
                break
            await rows.aclose()
            current = asyncio.current_task()
            return [task for task in asyncio.all_tasks() if task is not current]

    assert asyncio.run(main()) == []


def test_sync_read_decodes_one_answer_at_a_time(
    portal: FakePortal, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the answers land together (one latency), yet the bulk threads take turns
    # at decoding them: side by side under the GIL they would only slow down
    import threading
    import time

    import b24client._core.calls as calls
    from b24client import Bitrix24

    deals = 10_000  # the first page, then 4 batches, in flight together
    portal.store.seed_deals(deals)
    portal.latency = 0.2
    decode = calls.parse_response
    lock = threading.Lock()
    active, most = 0, 0

    def watched(*args: Any) -> Any:
        nonlocal active, most
        with lock:
            active += 1
            most = max(most, active)
        time.sleep(0.05)  # a long decode: the others land meanwhile
        try:
            return decode(*args)
        finally:
            with lock:
                active -= 1

    monkeypatch.setattr(calls, "parse_response", watched)
    with Bitrix24(portal.webhook_url, rate_limit=None) as b24:
        rows = list(b24.read_all("crm.deal.list", strategy="offset", concurrency=4))
    assert [int(row["ID"]) for row in rows] == list(range(1, deals + 1))
    assert most == 1
