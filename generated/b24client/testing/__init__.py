# Source: generator/runtime/testing/__init__.py (hand-written; copied into the package by make generate).
"""A fake Bitrix24 portal for tests: real HTTP on loopback, data in memory.

>>> from b24client.testing import FakePortal
>>> with FakePortal() as portal:
...     deal_id = portal.store.add_deal(TITLE="Test")
...     # point a client at portal.webhook_url

It speaks the classic REST protocol of a webhook (``/rest/<user>/<code>/<method>``):
JSON or form bodies, the ``result``/``time``/``total``/``next`` envelope,
error envelopes with the portal's status codes, ``batch`` with ``halt`` and
``$result[...]`` references. Methods: ``crm.deal.add/get/list/update/delete/fields``,
``crm.deal.contact.add/delete/fields``, ``crm.deal.contact.items.get/set/delete``,
``user.current`` and ``batch``.

Run it standalone with ``python -m b24client.testing [--port N] [--deals N]``.
"""

from ._portal import ApiError, MethodSpec, Outcome, Portal, Stats
from ._server import FakePortal
from ._store import Store

__all__ = [
    "ApiError",
    "FakePortal",
    "MethodSpec",
    "Outcome",
    "Portal",
    "Stats",
    "Store",
]
