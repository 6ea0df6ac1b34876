"""A one-minute tour of b24client.

Runs against the portal in B24_WEBHOOK_URL when it is set (read-only there,
unless B24_DEMO_WRITE=1), otherwise against the bundled fake portal.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from contextlib import ExitStack
from typing import TYPE_CHECKING

from b24client import AsyncBitrix24, Bitrix24, Bitrix24Error
from b24client.testing import FakePortal

if TYPE_CHECKING:
    from b24client.types import CrmItemAddFields

DEALS = 2
"""The ``entityTypeId`` of deals in ``crm.item.*``, the successor of ``crm.deal.*``."""


def tour(b24: Bitrix24, *, write: bool, contact_id: int | None) -> None:
    me = b24.user.current()
    print(f"signed in as user {me.get('ID')} {me.get('NAME', '')}".rstrip())
    fields = b24.crm.item.fields(entity_type_id=DEALS)["fields"]
    print(f"a deal has {len(fields)} fields")
    page = b24.crm.item.list(
        entity_type_id=DEALS, select=["id", "title"], order={"id": "DESC"}
    )
    print(
        f"{page.total} deals; the newest: {[row.get('title') for row in page.items[:3]]}"
    )
    if not write:
        return
    demo: CrmItemAddFields = {"title": "b24client demo", "opportunity": 1500}
    if contact_id is not None:
        demo["contactIds"] = [contact_id]
    deal_id = b24.crm.item.add(entity_type_id=DEALS, fields=demo)["item"].get("id")
    if deal_id is None:  # result keys are optional: a portal may leave one out
        raise SystemExit("the portal answered crm.item.add without the new ID")
    print(f"added deal {deal_id}")
    batch = b24.batch(halt=True)
    got = batch.crm.item.get(entity_type_id=DEALS, id=deal_id)
    contacts = batch.crm.deal.contact.items.get(id=deal_id)
    batch.execute()
    title = got.result["item"].get("title")
    print(f"batch: deal {title!r} has {len(contacts.result)} contacts")
    print(f"unlinked contacts: {b24.crm.deal.contact.items.delete(id=deal_id)}")
    b24.crm.item.delete(entity_type_id=DEALS, id=deal_id)
    print(f"deleted the demo deal {deal_id}")


async def async_tour(url: str) -> None:
    async with AsyncBitrix24(url) as b24:
        started = time.perf_counter()
        fields, me = await asyncio.gather(
            b24.crm.item.fields(entity_type_id=DEALS), b24.user.current()
        )
        took = (time.perf_counter() - started) * 1000
        count = len(fields["fields"])
        print(f"async: {count} fields and user {me.get('ID')} in {took:.0f} ms")


def main() -> int:
    with ExitStack() as stack:
        url = os.environ.get("B24_WEBHOOK_URL", "").strip()
        write = os.environ.get("B24_DEMO_WRITE") == "1"
        contact_id: int | None = None
        if url:
            print(
                "portal: the one in B24_WEBHOOK_URL" + ("" if write else " (read-only)")
            )
        else:
            portal = stack.enter_context(FakePortal())
            contact_id = portal.store.add_contact(NAME="Anna")
            portal.store.seed_deals(120)
            url, write = portal.webhook_url, True
            print(f"portal: the bundled fake portal at {portal.base_url}")
        try:
            with Bitrix24(url) as b24:
                tour(b24, write=write, contact_id=contact_id)
            asyncio.run(async_tour(url))
        except Bitrix24Error as error:
            print(f"demo failed: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
    print("demo finished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
