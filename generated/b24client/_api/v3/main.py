"""REST 3.0 methods under ``main``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.main import (
        V3MainEventlog as _V3MainEventlog,
        V3MainEventlogField as _V3MainEventlogField,
        V3MainEventlogTailResult,
    )

_V3_MAIN_EVENTLOG_GET = MethodInfo(
    name="main.eventlog.get", idempotent=True, returns="any", api=3
)
_V3_MAIN_EVENTLOG_LIST = MethodInfo(
    name="main.eventlog.list", idempotent=True, returns="any", api=3
)
_V3_MAIN_EVENTLOG_TAIL = MethodInfo(
    name="main.eventlog.tail", idempotent=False, returns="any", api=3
)
_V3_MAIN_EVENTLOG_FIELD_GET = MethodInfo(
    name="main.eventlog.field.get", idempotent=True, returns="any", api=3
)
_V3_MAIN_EVENTLOG_FIELD_LIST = MethodInfo(
    name="main.eventlog.field.list", idempotent=True, returns="any", api=3
)


class V3Main(Namespace):
    """REST 3.0 methods under ``main``."""

    __slots__ = ()

    @property
    def eventlog(self) -> V3MainEventlog:
        """REST 3.0 methods under ``main.eventlog``."""
        return V3MainEventlog(self._backend)


class AsyncV3Main(Namespace):
    """REST 3.0 methods under ``main`` (async)."""

    __slots__ = ()

    @property
    def eventlog(self) -> AsyncV3MainEventlog:
        """REST 3.0 methods under ``main.eventlog``."""
        return AsyncV3MainEventlog(self._backend)


class V3MainEventlog(Namespace):
    """REST 3.0 methods under ``main.eventlog``."""

    __slots__ = ()

    @property
    def field(self) -> V3MainEventlogField:
        """REST 3.0 methods under ``main.eventlog.field``."""
        return V3MainEventlogField(self._backend)

    def get(
        self, *, id: int, select: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN
    ) -> _V3MainEventlog:
        """Get one record of the portal event (audit) log by ID.

        Administrators only.

        REST method: ``main.eventlog.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/event-log/main-eventlog-get.html

        Args:
            id: ID of the log record.
            select: Log record fields to return: "id", "timestampX", "severity", "auditTypeId", "moduleId", "itemId", "remoteAddr", "userAgent", "requestUri", "siteId", "userId", "guestId".

        Returns:
            V3MainEventlog

        Example:
            result = client.v3.main.eventlog.get(id=1)
            result = await client.v3.main.eventlog.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_V3MainEventlog",
            self._backend._invoke(_V3_MAIN_EVENTLOG_GET, {"id": id, "select": select}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: Sequence[Sequence[str]] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        pagination: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_V3MainEventlog]:
        """List records of the portal event (audit) log with filter, sort and paging.

        Administrators only.

        REST method: ``main.eventlog.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/event-log/main-eventlog-list.html

        Args:
            select: Log record fields to return: "id", "timestampX", "severity", "auditTypeId", "moduleId", "itemId", "remoteAddr", "userAgent", "requestUri", "siteId", "userId", "guestId".
            filter: Conditions as ["field", "operator", value] or ["field", value] (operator "="), over the same fields as select.
            order: Sort order as {"field": "ASC"|"DESC"} over the select fields.
            pagination: Paging: page, limit (default 50) and offset.

        Returns:
            list[V3MainEventlog]

        Example:
            result = client.v3.main.eventlog.list()
            result = await client.v3.main.eventlog.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3MainEventlog]",
            self._backend._invoke(
                _V3_MAIN_EVENTLOG_LIST,
                {
                    "select": select,
                    "filter": filter,
                    "order": order,
                    "pagination": pagination,
                },
            ),
        )

    def tail(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        cursor: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> builtins.list[V3MainEventlogTailResult]:
        """Fetch event log records newer than a cursor, for incremental polling.

        Administrators only.

        REST method: ``main.eventlog.tail`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/event-log/main-eventlog-tail.html

        Args:
            select: Log record fields to return: "id", "timestampX", "severity", "auditTypeId", "moduleId", "itemId", "remoteAddr", "userAgent", "requestUri", "siteId", "userId", "guestId".
            filter: Conditions as ["field", "operator", value] or ["field", value] (operator "="), over the same fields as select.
            cursor: Starting point: field (default "id"), order ("ASC" default or "DESC"), value (default 0) and limit (default 50).

        Returns:
            list[V3MainEventlogTailResult]

        Example:
            result = client.v3.main.eventlog.tail()
            result = await client.v3.main.eventlog.tail()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[V3MainEventlogTailResult]",
            self._backend._invoke(
                _V3_MAIN_EVENTLOG_TAIL,
                {"select": select, "filter": filter, "cursor": cursor},
            ),
        )


class AsyncV3MainEventlog(Namespace):
    """REST 3.0 methods under ``main.eventlog`` (async)."""

    __slots__ = ()

    @property
    def field(self) -> AsyncV3MainEventlogField:
        """REST 3.0 methods under ``main.eventlog.field``."""
        return AsyncV3MainEventlogField(self._backend)

    async def get(
        self, *, id: int, select: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN
    ) -> _V3MainEventlog:
        """Get one record of the portal event (audit) log by ID.

        Administrators only.

        REST method: ``main.eventlog.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/event-log/main-eventlog-get.html

        Args:
            id: ID of the log record.
            select: Log record fields to return: "id", "timestampX", "severity", "auditTypeId", "moduleId", "itemId", "remoteAddr", "userAgent", "requestUri", "siteId", "userId", "guestId".

        Returns:
            V3MainEventlog

        Example:
            result = client.v3.main.eventlog.get(id=1)
            result = await client.v3.main.eventlog.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_V3MainEventlog",
            await self._backend._invoke(
                _V3_MAIN_EVENTLOG_GET, {"id": id, "select": select}
            ),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: Sequence[Sequence[str]] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        pagination: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_V3MainEventlog]:
        """List records of the portal event (audit) log with filter, sort and paging.

        Administrators only.

        REST method: ``main.eventlog.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/event-log/main-eventlog-list.html

        Args:
            select: Log record fields to return: "id", "timestampX", "severity", "auditTypeId", "moduleId", "itemId", "remoteAddr", "userAgent", "requestUri", "siteId", "userId", "guestId".
            filter: Conditions as ["field", "operator", value] or ["field", value] (operator "="), over the same fields as select.
            order: Sort order as {"field": "ASC"|"DESC"} over the select fields.
            pagination: Paging: page, limit (default 50) and offset.

        Returns:
            list[V3MainEventlog]

        Example:
            result = client.v3.main.eventlog.list()
            result = await client.v3.main.eventlog.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3MainEventlog]",
            await self._backend._invoke(
                _V3_MAIN_EVENTLOG_LIST,
                {
                    "select": select,
                    "filter": filter,
                    "order": order,
                    "pagination": pagination,
                },
            ),
        )

    async def tail(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        cursor: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> builtins.list[V3MainEventlogTailResult]:
        """Fetch event log records newer than a cursor, for incremental polling.

        Administrators only.

        REST method: ``main.eventlog.tail`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/event-log/main-eventlog-tail.html

        Args:
            select: Log record fields to return: "id", "timestampX", "severity", "auditTypeId", "moduleId", "itemId", "remoteAddr", "userAgent", "requestUri", "siteId", "userId", "guestId".
            filter: Conditions as ["field", "operator", value] or ["field", value] (operator "="), over the same fields as select.
            cursor: Starting point: field (default "id"), order ("ASC" default or "DESC"), value (default 0) and limit (default 50).

        Returns:
            list[V3MainEventlogTailResult]

        Example:
            result = client.v3.main.eventlog.tail()
            result = await client.v3.main.eventlog.tail()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[V3MainEventlogTailResult]",
            await self._backend._invoke(
                _V3_MAIN_EVENTLOG_TAIL,
                {"select": select, "filter": filter, "cursor": cursor},
            ),
        )


class V3MainEventlogField(Namespace):
    """REST 3.0 methods under ``main.eventlog.field``."""

    __slots__ = ()

    def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3MainEventlogField:
        """Describe one field of the portal event log: its type, caption and filter/sort flags.

        Administrators only.

        REST method: ``main.eventlog.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/event-log/main-eventlog-field-get.html

        Args:
            name: Name of the field to describe, such as "severity" or "auditTypeId".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3MainEventlogField

        Example:
            result = client.v3.main.eventlog.field.get(name="Anna")
            result = await client.v3.main.eventlog.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3MainEventlogField",
            self._backend._invoke(
                _V3_MAIN_EVENTLOG_FIELD_GET, {"name": name, "select": select}
            ),
        )

    def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3MainEventlogField]:
        """List the fields of portal event log records with their types and filter/sort flags.

        Administrators only.

        REST method: ``main.eventlog.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/event-log/main-eventlog-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3MainEventlogField]

        Example:
            result = client.v3.main.eventlog.field.list()
            result = await client.v3.main.eventlog.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3MainEventlogField]",
            self._backend._invoke(_V3_MAIN_EVENTLOG_FIELD_LIST, {"select": select}),
        )


class AsyncV3MainEventlogField(Namespace):
    """REST 3.0 methods under ``main.eventlog.field`` (async)."""

    __slots__ = ()

    async def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3MainEventlogField:
        """Describe one field of the portal event log: its type, caption and filter/sort flags.

        Administrators only.

        REST method: ``main.eventlog.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/event-log/main-eventlog-field-get.html

        Args:
            name: Name of the field to describe, such as "severity" or "auditTypeId".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3MainEventlogField

        Example:
            result = client.v3.main.eventlog.field.get(name="Anna")
            result = await client.v3.main.eventlog.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3MainEventlogField",
            await self._backend._invoke(
                _V3_MAIN_EVENTLOG_FIELD_GET, {"name": name, "select": select}
            ),
        )

    async def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3MainEventlogField]:
        """List the fields of portal event log records with their types and filter/sort flags.

        Administrators only.

        REST method: ``main.eventlog.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/event-log/main-eventlog-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3MainEventlogField]

        Example:
            result = client.v3.main.eventlog.field.list()
            result = await client.v3.main.eventlog.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3MainEventlogField]",
            await self._backend._invoke(
                _V3_MAIN_EVENTLOG_FIELD_LIST, {"select": select}
            ),
        )
