# Source: generator/runtime/testing/_events.py (hand-written; copied into the package by make generate).
"""Build the POST body of an outgoing event as the portal sends it (§10).

The portal's queue server posts ``application/x-www-form-urlencoded`` data
with PHP-style nesting: ``event``, ``event_handler_id``, ``data[FIELDS][ID]``,
``ts`` and ``auth[...]`` (brackets percent-encoded, as PHP's
``http_build_query`` writes them). Event-handler tests feed
:func:`event_body` to the code under test instead of a real portal.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

__all__ = ["event_body", "EVENT_CONTENT_TYPE"]

EVENT_CONTENT_TYPE = "application/x-www-form-urlencoded"


def _flatten(prefix: str, value: Any, out: list[tuple[str, str]]) -> None:
    if isinstance(value, Mapping):
        for key, item in value.items():
            _flatten(f"{prefix}[{key}]", item, out)
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            _flatten(f"{prefix}[{index}]", item, out)
    elif isinstance(value, bool):
        out.append((prefix, "1" if value else "0"))
    elif value is not None:
        out.append((prefix, str(value)))


def event_body(
    event: str,
    fields: Mapping[str, Any] | None = None,
    *,
    application_token: str | None,
    data: Mapping[str, Any] | None = None,
    handler_id: int = 1,
    ts: int | None = None,
    domain: str = "portal.example.com",
    member_id: str = "0123456789abcdef0123456789abcdef",
    client_endpoint: str | None = None,
    server_endpoint: str = "https://oauth.bitrix.info/rest/",
    auth: Mapping[str, Any] | None = None,
) -> bytes:
    """The form-encoded body of one event delivery.

    Args:
        event: the event code, e.g. ``ONCRMDEALADD`` (sent as given).
        fields: ``data[FIELDS][...]`` (e.g. ``{"ID": 5}``); ignored when
            ``data`` is given.
        application_token: ``auth[application_token]``; None leaves it out
            (to test a handler that must reject such a delivery).
        data: the whole ``data[...]`` tree instead of ``fields``.
        handler_id: ``event_handler_id``.
        ts: ``ts`` (Unix time; now when None).
        domain, member_id, client_endpoint, server_endpoint: the always-present
            ``auth[...]`` keys (client_endpoint defaults to https://<domain>/rest/).
        auth: more ``auth[...]`` keys (``access_token``, ``expires_in``,
            ``scope``...) or overrides; a None value removes a key.
    """
    keys: dict[str, Any] = {
        "domain": domain,
        "client_endpoint": client_endpoint or f"https://{domain}/rest/",
        "server_endpoint": server_endpoint,
        "member_id": member_id,
        "application_token": application_token,
    }
    keys.update(auth or {})
    pairs: list[tuple[str, str]] = [
        ("event", event),
        ("event_handler_id", str(handler_id)),
    ]
    _flatten(
        "data", dict(data) if data is not None else {"FIELDS": fields or {}}, pairs
    )
    pairs.append(("ts", str(int(time.time()) if ts is None else ts)))
    _flatten("auth", {k: v for k, v in keys.items() if v is not None}, pairs)
    return urlencode(pairs).encode("ascii")
