"""The deal-contact story, batches and paging over real sockets, sync and async."""

from __future__ import annotations

from typing import Any

import pytest

from b24client import (
    AuthenticationError,
    Bitrix24,
    MethodNotFoundError,
    NotFoundError,
)
from b24client.testing import FakePortal

from .conftest import collect, settle


def test_deal_contacts_story(run: Any, portal: FakePortal) -> None:
    anna = portal.store.add_contact(NAME="Anna")
    boris = portal.store.add_contact(NAME="Boris")

    async def scenario(b24: Any) -> None:
        deal_id = await settle(
            b24.crm.deal.add(fields={"TITLE": "Bulk order", "OPPORTUNITY": 1500})
        )
        assert isinstance(deal_id, int) and deal_id > 0
        assert (
            await settle(
                b24.crm.deal.contact.add(id=deal_id, fields={"CONTACT_ID": anna})
            )
            is True
        )
        assert (
            await settle(
                b24.crm.deal.contact.add(id=deal_id, fields={"CONTACT_ID": boris})
            )
            is True
        )
        items = await settle(b24.crm.deal.contact.items.get(id=deal_id))
        assert [int(i["CONTACT_ID"]) for i in items] == [anna, boris]
        assert await settle(b24.crm.deal.contact.items.delete(id=deal_id)) is True
        assert await settle(b24.crm.deal.contact.items.get(id=deal_id)) == []
        deal = await settle(b24.crm.deal.get(id=deal_id))
        assert deal["TITLE"] == "Bulk order"

    run(scenario)


def test_update_delete_and_not_found(run: Any) -> None:
    async def scenario(b24: Any) -> None:
        deal_id = await settle(b24.crm.deal.add(fields={"TITLE": "Old"}))
        assert (
            await settle(b24.crm.deal.update(id=deal_id, fields={"TITLE": "New"}))
            is True
        )
        assert (await settle(b24.crm.deal.get(id=deal_id)))["TITLE"] == "New"
        assert await settle(b24.crm.deal.delete(id=deal_id)) is True
        with pytest.raises(NotFoundError) as caught:
            await settle(b24.crm.deal.get(id=deal_id))
        assert caught.value.method == "crm.deal.get"

    run(scenario)


def test_items_set_and_fields(run: Any, portal: FakePortal) -> None:
    ids = [portal.store.add_contact(NAME=n) for n in ("A", "B", "C")]

    async def scenario(b24: Any) -> None:
        deal_id = await settle(b24.crm.deal.add(fields={"TITLE": "Set"}))
        items = [{"CONTACT_ID": c, "SORT": 10 * (n + 1)} for n, c in enumerate(ids)]
        assert (
            await settle(b24.crm.deal.contact.items.set(id=deal_id, items=items))
            is True
        )
        got = await settle(b24.crm.deal.contact.items.get(id=deal_id))
        assert [int(i["CONTACT_ID"]) for i in got] == ids
        fields = await settle(b24.crm.deal.fields())
        assert "TITLE" in fields
        assert "CONTACT_ID" in await settle(b24.crm.deal.contact.fields())
        me = await settle(b24.user.current())
        assert "ID" in me

    run(scenario)


def test_batch_with_a_reference(run: Any, portal: FakePortal) -> None:
    anna = portal.store.add_contact(NAME="Anna")

    async def scenario(b24: Any) -> None:
        batch = b24.batch(halt=True)
        deal = batch.crm.deal.add(fields={"TITLE": "Batched"})
        linked = batch.crm.deal.contact.add(id=deal, fields={"CONTACT_ID": anna})
        items = batch.crm.deal.contact.items.get(id=deal)
        fetched = batch.crm.deal.get(id=deal)
        result = await settle(batch.execute())
        assert result.ok, result.errors
        assert isinstance(deal.result, int)
        assert linked.result is True
        assert [int(i["CONTACT_ID"]) for i in items.result] == [anna]
        assert fetched.result["TITLE"] == "Batched"

    run(scenario)
    assert portal.stats.requests_by_method.get("batch") == 1


def test_batch_partial_failure(run: Any) -> None:
    async def scenario(b24: Any) -> None:
        batch = b24.batch()
        good = batch.crm.deal.add(fields={"TITLE": "ok"})
        bad = batch.crm.deal.get(id=999999)
        after = batch.crm.deal.add(fields={"TITLE": "after"})
        result = await settle(batch.execute())
        assert (good.status, bad.status, after.status) == ("ok", "failed", "ok")
        assert isinstance(bad.error, NotFoundError)
        assert list(result.errors) == [bad.id]

    run(scenario)


def test_paging_through_120_deals(run: Any, portal: FakePortal) -> None:
    portal.store.seed_deals(120)

    async def scenario(b24: Any) -> None:
        page = await settle(
            b24.crm.deal.list(select=["ID", "TITLE"], order={"ID": "ASC"})
        )
        assert (len(page.items), page.total, page.next) == (50, 120, 50)
        rows = await collect(page)
        ids = [int(r["ID"]) for r in rows]
        assert len(ids) == 120 and ids == sorted(set(ids))
        assert set(rows[0]) == {"ID", "TITLE"}

    run(scenario)
    assert portal.stats.requests_by_method.get("crm.deal.list") == 3


def test_filtered_list(run: Any, portal: FakePortal) -> None:
    async def scenario(b24: Any) -> None:
        for amount in (100, 2000, 3000):
            await settle(
                b24.crm.deal.add(fields={"TITLE": f"d{amount}", "OPPORTUNITY": amount})
            )
        page = await settle(
            b24.crm.deal.list(filter={">OPPORTUNITY": 1000}, select=["ID", "TITLE"])
        )
        assert sorted(r["TITLE"] for r in await collect(page)) == ["d2000", "d3000"]

    run(scenario)


def test_escape_hatch_returns_the_envelope(run: Any, portal: FakePortal) -> None:
    portal.store.seed_deals(60)

    async def scenario(b24: Any) -> None:
        envelope = await settle(b24.call("crm.deal.list", {"select": ["ID"]}))
        assert (envelope.total, envelope.next, len(envelope.result)) == (60, 50, 50)
        assert "duration" in envelope.time
        with pytest.raises(MethodNotFoundError):
            await settle(b24.call("no.such.method"))

    run(scenario)


def test_wrong_webhook_code(portal: FakePortal) -> None:
    wrong = portal.webhook_url.rstrip("/").rsplit("/", 1)[0] + "/wrongcode/"
    with Bitrix24(wrong) as b24:
        with pytest.raises(AuthenticationError) as caught:
            b24.user.current()
    assert caught.value.code == "NO_AUTH_FOUND" and caught.value.status == 401
    assert "wrongcode" not in str(caught.value)
