"""A typed usage sample: `make check` runs mypy --strict on it.

``assert_type`` makes mypy check the exact types the client gives back: the
documented structures as TypedDicts (``b24client.types``), with the portal's
own fields read through ``.get()`` and sent through ``user_fields``.
"""

from __future__ import annotations

import asyncio
from typing import assert_type

from b24client import AsyncBitrix24, AsyncPage, BatchCommand, Bitrix24, Envelope, Page
from b24client.types import (
    CrmDeal,
    CrmDealContactBinding,
    CrmDealFields,
    TasksTask,
    User,
)


def sync_usage(url: str) -> None:
    with Bitrix24(url, timeout=10, max_retries=2) as b24:
        deleted = b24.crm.deal.contact.items.delete(id=42)
        assert_type(deleted, bool)
        new: CrmDealFields = {"TITLE": "Typed", "OPENED": "Y", "OPPORTUNITY": 1500}
        deal_id = b24.crm.deal.add(
            fields=new, user_fields={"UF_CRM_1721244482250": "a portal field"}
        )
        assert_type(deal_id, int)
        deal = b24.crm.deal.get(id=deal_id)
        assert_type(deal, CrmDeal)
        assert_type(deal["ID"], str)  # crm sends IDs as strings
        assert_type(deal.get("OPPORTUNITY"), str | None)
        assert_type(deal.get("LEAD_ID"), str | None)  # an empty value is null
        portal_field = deal.get("UF_CRM_1721244482250")  # a portal field: .get()
        b24.crm.deal.update(
            id=deal_id,
            fields={"STAGE_ID": "WON", "CONTACT_IDS": [1, 2]},
            params={"REGISTER_HISTORY_EVENT": "N"},
        )
        page = b24.crm.deal.list(select=["ID", "TITLE"], filter={">ID": 0})
        assert_type(page, Page[CrmDeal])
        for row in page:
            assert_type(row, CrmDeal)
            print(row["ID"], row.get("TITLE"))
        print(page.total)
        items = b24.crm.deal.contact.items.get(id=deal_id)
        assert_type(items, list[CrmDealContactBinding])
        assert_type(items[0]["CONTACT_ID"], int)  # here numbers are numbers
        me = b24.user.current()
        assert_type(me, User)
        assert_type(me.get("UF_DEPARTMENT"), list[int] | bool | None)
        envelope: Envelope = b24.call("crm.deal.list", {"select": ["ID"]})
        batch = b24.batch(halt=True)
        added = batch.crm.deal.add(
            fields={"TITLE": "In batch"}, user_fields={"UF_CRM_1": 7}
        )
        assert_type(added, BatchCommand[int])
        linked = batch.crm.deal.contact.add(id=added, fields={"CONTACT_ID": 1})
        got = batch.crm.deal.get(id=added)
        assert_type(got, BatchCommand[CrmDeal])
        batch.execute()
        task = b24.tasks.task.get(task_id=8017, select=["ID", "TITLE"])["task"]
        assert_type(task, TasksTask)
        assert_type(task.get("id"), str | None)  # tasks sends IDs as strings too
        print(deleted, me["ID"], envelope.total, added.result + 1, linked.result)
        print(portal_field, task.get("title"))


async def async_usage(url: str) -> None:
    async with AsyncBitrix24(url) as b24:
        deleted = await b24.crm.deal.contact.items.delete(id=42)
        assert_type(deleted, bool)
        page = await b24.crm.deal.list(select=["ID"])
        assert_type(page, AsyncPage[CrmDeal])
        async for row in page:
            print(row["ID"])
        me = await b24.user.current()
        assert_type(me, User)
        batch = b24.batch()
        got = batch.crm.deal.get(id=1)
        assert_type(got, BatchCommand[CrmDeal])
        await batch.execute()
        print(deleted, me.get("NAME"), got.result.get("TITLE"))


if __name__ == "__main__":
    asyncio.run(async_usage("https://example.bitrix24.com/rest/1/code/"))
