"""A typed usage sample: `make check` runs mypy --strict on it."""

from __future__ import annotations

import asyncio
from typing import Any

from b24client import AsyncBitrix24, AsyncPage, BatchCommand, Bitrix24, Envelope, Page


def sync_usage(url: str) -> None:
    with Bitrix24(url, timeout=10, max_retries=2) as b24:
        deleted: bool = b24.crm.deal.contact.items.delete(id=42)
        deal_id: int = b24.crm.deal.add(fields={"TITLE": "Typed"})
        deal: dict[str, Any] = b24.crm.deal.get(id=deal_id)
        page: Page[dict[str, Any]] = b24.crm.deal.list(select=["ID"], filter={">ID": 0})
        for row in page:
            print(row["ID"])
        items: list[dict[str, Any]] = b24.crm.deal.contact.items.get(id=deal_id)
        envelope: Envelope = b24.call("crm.deal.list", {"select": ["ID"]})
        batch = b24.batch(halt=True)
        added: BatchCommand[int] = batch.crm.deal.add(fields={"TITLE": "In batch"})
        linked: BatchCommand[bool] = batch.crm.deal.contact.add(
            id=added, fields={"CONTACT_ID": 1}
        )
        batch.execute()
        print(deleted, deal, items, envelope.total, added.result + 1, linked.result)


async def async_usage(url: str) -> None:
    async with AsyncBitrix24(url) as b24:
        deleted: bool = await b24.crm.deal.contact.items.delete(id=42)
        page: AsyncPage[dict[str, Any]] = await b24.crm.deal.list(select=["ID"])
        async for row in page:
            print(row["ID"])
        me: dict[str, Any] = await b24.user.current()
        batch = b24.batch()
        got: BatchCommand[dict[str, Any]] = batch.crm.deal.get(id=1)
        await batch.execute()
        print(deleted, me, got.result)


if __name__ == "__main__":
    asyncio.run(async_usage("https://example.bitrix24.com/rest/1/code/"))
