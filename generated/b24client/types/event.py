"""TypedDicts of ``b24client.types.event``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Any, Required, TypedDict

__all__ = [
    "Event",
    "EventOffline",
    "EventOfflineEvents",
    "EventUnbindResult",
]


class Event(TypedDict, total=False):
    """Event, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/events/event-get.html
    """

    event: str
    handler: str
    auth_type: str
    offline: int


class EventOfflineEvents(TypedDict, total=False):
    """Keys of ``events`` in ``EventOffline``."""

    ID: str
    TIMESTAMP_X: str
    EVENT_NAME: str
    EVENT_DATA: bool
    EVENT_ADDITIONAL: bool
    MESSAGE_ID: str


class EventOffline(TypedDict, total=False):
    """Event offline, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/events/event-offline-get.html
    """

    process_id: Any
    events: list[EventOfflineEvents]
    ID: str
    TIMESTAMP_X: str
    EVENT_NAME: str
    EVENT_DATA: bool
    EVENT_ADDITIONAL: bool
    MESSAGE_ID: str
    PROCESS_ID: str
    ERROR: str


class EventUnbindResult(TypedDict, total=False):
    """Keys of the result of ``event.unbind``."""

    count: Required[int]
