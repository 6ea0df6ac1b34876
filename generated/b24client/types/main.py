"""TypedDicts of ``b24client.types.main``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Any, TypedDict

__all__ = [
    "V3MainEventlog",
    "V3MainEventlogField",
    "V3MainEventlogTailResult",
]


class V3MainEventlog(TypedDict, total=False):
    """A record of the portal event (audit) log.

    Docs: https://apidocs.bitrix24.com/api-reference/event-log/main-eventlog-get.html
    """

    item: dict[str, Any]
    """The log record in a single-record answer."""
    id: int
    """ID of the log record."""
    timestampX: str
    """Date and time of the event."""
    severity: str
    """Severity level of the event."""
    auditTypeId: str
    """Event type."""
    moduleId: str
    """ID of the module that logged the event."""
    itemId: str
    """ID of the object the event concerns."""
    remoteAddr: str
    """IP address of the request."""
    userAgent: str
    """User-Agent of the request."""
    requestUri: str
    """URI of the request."""
    siteId: str
    """ID of the site."""
    userId: int
    """ID of the user."""
    guestId: int
    """ID of the guest (visitor)."""
    description: str
    """Event description."""
    items: list[Any] | dict[str, Any]
    """Log records in a list answer."""


class V3MainEventlogField(TypedDict, total=False):
    """Description of one field: name, type, caption and what it can be used for.

    Docs: https://apidocs.bitrix24.com/api-reference/event-log/main-eventlog-field-get.html
    """

    name: str
    """Field name."""
    type: str
    """Field data type."""
    title: str
    """Field caption."""
    description: Any
    """Field description."""
    validationRules: list[Any]
    """Validation rules of the field."""
    requiredGroups: Any
    """Groups of fields that must be filled together."""
    filterable: bool
    """Whether the field can be used in a filter."""
    sortable: bool
    """Whether the field can be used for sorting."""
    editable: bool
    """Whether the field can be changed."""
    multiple: bool
    """Whether the field holds several values."""
    elementType: Any
    """Element type of a composite field."""


class V3MainEventlogTailResult(TypedDict, total=False):
    """Keys of the result of ``main.eventlog.tail`` (REST 3.0)."""

    items: list[Any] | dict[str, Any]
    """Log records after the cursor."""
    id: int
    """ID of the log record."""
    timestampX: str
    """Date and time of the event."""
    severity: str
    """Severity level of the event."""
    auditTypeId: str
    """Event type."""
    moduleId: str
    """ID of the module that logged the event."""
    itemId: str
    """ID of the object the event concerns."""
    remoteAddr: str
    """IP address of the request."""
    userAgent: str
    """User-Agent of the request."""
    requestUri: str
    """URI of the request."""
    siteId: str
    """ID of the site."""
    userId: int
    """ID of the user."""
    guestId: int
    """ID of the guest (visitor)."""
    description: str
    """Event description."""
