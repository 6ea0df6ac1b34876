"""TypedDicts of ``b24client.types.main``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Any, TypedDict

__all__ = [
    "V3MainEventlog",
    "V3MainEventlogField",
    "V3MainEventlogTailResult",
]


class V3MainEventlog(TypedDict, total=False):
    """V3 main eventlog, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/event-log/main-eventlog-get.html
    """

    item: dict[str, Any]
    id: int
    timestampX: str
    severity: str
    auditTypeId: str
    moduleId: str
    itemId: str
    remoteAddr: str
    userAgent: str
    requestUri: str
    siteId: str
    userId: int
    guestId: int
    description: str
    items: list[Any] | dict[str, Any]


class V3MainEventlogField(TypedDict, total=False):
    """V3 main eventlog field, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/event-log/main-eventlog-field-get.html
    """

    name: str
    type: str
    title: str
    description: Any
    validationRules: list[Any]
    requiredGroups: Any
    filterable: bool
    sortable: bool
    editable: bool
    multiple: bool
    elementType: Any


class V3MainEventlogTailResult(TypedDict, total=False):
    """Keys of the result of ``main.eventlog.tail`` (REST 3.0)."""

    items: list[Any] | dict[str, Any]
    id: int
    timestampX: str
    severity: str
    auditTypeId: str
    moduleId: str
    itemId: str
    remoteAddr: str
    userAgent: str
    requestUri: str
    siteId: str
    userId: int
    guestId: int
    description: str
