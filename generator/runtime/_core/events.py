# Source: generator/runtime/_core/events.py (hand-written; copied into the package by make generate).
"""Incoming event deliveries: parse the form body and check who sent it.

The portal POSTs events form-encoded (``event=ONCRMDEALADD&data[FIELDS][ID]=5
&auth[application_token]=…``). Anyone who learns the handler URL can post
the same, so every delivery must carry the application token stored from
``ONAPPINSTALL`` (or shown for an outgoing webhook); :func:`parse_event`
compares it in constant time and refuses the event otherwise
(bitrix24-protocol.md §10).
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from .errors import Bitrix24Error
from .phpquery import parse

__all__ = ["Event", "EventVerificationError", "parse_event"]


class EventVerificationError(Bitrix24Error):
    """The delivery is malformed or its application token is missing or wrong."""


class Event:
    """One verified event delivery."""

    __slots__ = ("event", "data", "handler_id", "ts", "auth")

    def __init__(
        self,
        event: str,
        data: dict[str, Any],
        handler_id: str | None = None,
        ts: int | None = None,
        auth: dict[str, Any] | None = None,
    ) -> None:
        self.event = event
        """The event code, upper-cased (``ONCRMDEALADD``)."""
        self.data = data
        """What changed, as sent (usually ``{"FIELDS": {"ID": "5"}}``)."""
        self.handler_id = handler_id
        self.ts = ts
        self.auth = auth or {}
        """``domain``, ``member_id``, ``client_endpoint``… and any tokens (never in repr)."""

    @property
    def domain(self) -> str | None:
        value = self.auth.get("domain")
        return value if isinstance(value, str) else None

    def __repr__(self) -> str:
        return (
            f"Event(event={self.event!r}, data={self.data!r}, handler_id={self.handler_id!r}, "
            f"ts={self.ts!r}, domain={self.domain!r})"
        )


def _as_fields(body: bytes | str | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(body, bytes):
        try:
            body = body.decode("utf-8")
        except UnicodeDecodeError:
            raise EventVerificationError("the event body is not UTF-8 text") from None
    if isinstance(body, str):
        return parse(body)
    if isinstance(body, Mapping):
        if any("[" in str(key) for key in body):  # a framework's flat form dict
            return parse(urlencode([(str(k), str(v)) for k, v in body.items()]))
        return dict(body)
    raise EventVerificationError(
        f"an event body is bytes, text or a form mapping, not {type(body).__name__}"
    )


def parse_event(
    body: bytes | str | Mapping[str, Any], *, application_token: str
) -> Event:
    """Parse an event delivery and verify its ``auth[application_token]``.

    ``application_token`` is the value your application stored when it was
    installed. Raises :class:`EventVerificationError` when the body is not an
    event, or the token is missing or different.
    """
    if not isinstance(application_token, str) or not application_token:
        raise ValueError(
            "application_token must be the non-empty token stored at install"
        )
    fields = _as_fields(body)
    auth = fields.get("auth")
    sent = auth.get("application_token") if isinstance(auth, dict) else None
    if not isinstance(sent, str) or not sent:
        raise EventVerificationError("the event carries no auth[application_token]")
    if not hmac.compare_digest(sent.encode(), application_token.encode()):
        raise EventVerificationError("the event's application token does not match")
    event = fields.get("event")
    if not isinstance(event, str) or not event:
        raise EventVerificationError("the delivery has no 'event' field")
    data = fields.get("data")
    ts = fields.get("ts")
    handler = fields.get("event_handler_id")
    return Event(
        event=event.upper(),
        data=data if isinstance(data, dict) else {},
        handler_id=handler if isinstance(handler, str) else None,
        ts=int(ts) if isinstance(ts, str) and ts.isdigit() else None,
        auth=dict(auth) if isinstance(auth, dict) else {},
    )
