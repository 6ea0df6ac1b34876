# Source: generator/runtime/testing/__init__.py (hand-written; copied into the package by make generate).
"""A fake Bitrix24 portal for tests: real HTTP on loopback, data in memory.

>>> from b24client.testing import FakePortal
>>> with FakePortal() as portal:
...     deal_id = portal.store.add_deal(TITLE="Test")
...     # point a client at portal.webhook_url

It speaks the classic REST protocol of a webhook (``/rest/<user>/<code>/<method>``)
and of an OAuth app (``/rest/<method>`` with ``auth``; a token endpoint at
``/oauth/token/``): JSON or form bodies, the ``result``/``time``/``total``/``next``
envelope, error envelopes with the portal's status codes, ``batch`` with
``halt`` and ``$result[...]`` references; and REST 3.0 (``/rest/api/...``).
Real semantics for ``crm.deal.add/get/list/update/delete/fields``,
``crm.deal.contact.*``, ``crm.item.add/get/list/update/delete/fields`` for
deals (``entityTypeId=2``, the same rows as ``crm.deal.*``), ``user.current``
and ``batch``; every other spec'd
method (``b24client._catalog``) checks its required parameters and answers
with a sample of its return type.

For client reliability tests: the request-rate and operating-time limits
(``portal.limits``), injected faults (``portal.faults.inject``), latency,
a renamed-portal redirect, OAuth token expiry and refresh (``portal.oauth``),
thread-safe counters (``portal.stats``), and :func:`event_body` to build an
incoming event.

Run it standalone with ``python -m b24client.testing [--port N] [--deals N]``.
"""

from ._errors import ApiError
from ._events import EVENT_CONTENT_TYPE, event_body
from ._faults import KINDS as FAULT_KINDS
from ._faults import Fault, Faults
from ._limits import Limits
from ._oauth import OAuthServer
from ._portal import MethodSpec, Outcome, Portal
from ._reply import Reply
from ._server import FakePortal
from ._stats import Executed, Stats
from ._store import Store

__all__ = [
    "ApiError",
    "EVENT_CONTENT_TYPE",
    "FAULT_KINDS",
    "Executed",
    "FakePortal",
    "Fault",
    "Faults",
    "Limits",
    "MethodSpec",
    "OAuthServer",
    "Outcome",
    "Portal",
    "Reply",
    "Stats",
    "Store",
    "event_body",
]
