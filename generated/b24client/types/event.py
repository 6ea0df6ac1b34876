"""TypedDicts of ``b24client.types.event``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Any, Required, TypedDict

__all__ = [
    "Event",
    "EventOffline",
    "EventOfflineEvents",
    "EventUnbindResult",
]


class Event(TypedDict, total=False):
    """An event handler registered by the application.

    Docs: https://apidocs.bitrix24.com/api-reference/events/event-get.html
    """

    event: str
    """Event name."""
    handler: str
    """URL of the handler."""
    auth_type: str
    """ID of the user the handler is authorized as, as a string; "0" when it runs as the user who raised the event."""
    offline: int
    """1 for an offline event handler, 0 for an online one."""


class EventOfflineEvents(TypedDict, total=False):
    """Keys of ``events`` in ``EventOffline``."""

    ID: str
    """ID of the queue record."""
    TIMESTAMP_X: str
    """Date and time the event was queued."""
    EVENT_NAME: str
    """Event name."""
    EVENT_DATA: bool
    """Event data."""
    EVENT_ADDITIONAL: bool
    """Additional event data."""
    MESSAGE_ID: str
    """Message ID of the record; pass it to event.offline.clear or event.offline.error."""


class EventOffline(TypedDict, total=False):
    """Offline events taken from the application's queue.

    Docs: https://apidocs.bitrix24.com/api-reference/events/event-offline-get.html
    """

    process_id: Any
    """ID of the reserved batch, to pass to event.offline.clear."""
    events: list[EventOfflineEvents]
    """Queued events."""
    ID: str
    """ID of the queue record."""
    TIMESTAMP_X: str
    """Date and time the event was queued."""
    EVENT_NAME: str
    """Event name."""
    EVENT_DATA: bool
    """Event data."""
    EVENT_ADDITIONAL: bool
    """Additional event data."""
    MESSAGE_ID: str
    """Message ID of the record; pass it to event.offline.clear or event.offline.error."""
    PROCESS_ID: str
    """ID of the process that reserved the record; empty until reserved."""
    ERROR: str
    """1 when the record was marked as failed."""


class EventUnbindResult(TypedDict, total=False):
    """Keys of the result of ``event.unbind``."""

    count: Required[int]
    """Number of handlers removed."""
