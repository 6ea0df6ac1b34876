"""REST 3.0 methods under ``timeman``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.timeman import (
        V3TimemanRecord as _V3TimemanRecord,
        V3TimemanRecordField as _V3TimemanRecordField,
    )

_V3_TIMEMAN_RECORD_LIST = MethodInfo(
    name="timeman.record.list", idempotent=True, returns="any", api=3
)
_V3_TIMEMAN_RECORD_FIELD_GET = MethodInfo(
    name="timeman.record.field.get", idempotent=True, returns="any", api=3
)
_V3_TIMEMAN_RECORD_FIELD_LIST = MethodInfo(
    name="timeman.record.field.list", idempotent=True, returns="any", api=3
)


class V3Timeman(Namespace):
    """REST 3.0 methods under ``timeman``."""

    __slots__ = ()

    @property
    def record(self) -> V3TimemanRecord:
        """REST 3.0 methods under ``timeman.record``."""
        return V3TimemanRecord(self._backend)


class AsyncV3Timeman(Namespace):
    """REST 3.0 methods under ``timeman`` (async)."""

    __slots__ = ()

    @property
    def record(self) -> AsyncV3TimemanRecord:
        """REST 3.0 methods under ``timeman.record``."""
        return AsyncV3TimemanRecord(self._backend)


class V3TimemanRecord(Namespace):
    """REST 3.0 methods under ``timeman.record``."""

    __slots__ = ()

    @property
    def field(self) -> V3TimemanRecordField:
        """REST 3.0 methods under ``timeman.record.field``."""
        return V3TimemanRecordField(self._backend)

    def list(
        self,
        *,
        filter: Sequence[Sequence[Any]],
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        pagination: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_V3TimemanRecord]:
        """List an employee's work time intervals with start, end, breaks and approval state.

        Requires the permission to read records by subordination settings or all records.

        REST method: ``timeman.record.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/record/timeman-record-list.html

        Args:
            filter: Conditions as ["field", "operator", value]; userId is required, startTime supports =, >, >=, <, <= and between.
            select: Record fields to return: "id", "userId", "startTime", "endTime", "duration", "breakLength", "state" or "isApproved".
            order: Sort as {"field": "ASC"|"DESC"} over id, userId, startTime, endTime or duration.
            pagination: Paging: page, limit (default 50) and offset.

        Returns:
            list[V3TimemanRecord]

        Example:
            result = client.v3.timeman.record.list(filter=[["value"]])
            result = await client.v3.timeman.record.list(filter=[["value"]])  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3TimemanRecord]",
            self._backend._invoke(
                _V3_TIMEMAN_RECORD_LIST,
                {
                    "filter": filter,
                    "select": select,
                    "order": order,
                    "pagination": pagination,
                },
            ),
        )


class AsyncV3TimemanRecord(Namespace):
    """REST 3.0 methods under ``timeman.record`` (async)."""

    __slots__ = ()

    @property
    def field(self) -> AsyncV3TimemanRecordField:
        """REST 3.0 methods under ``timeman.record.field``."""
        return AsyncV3TimemanRecordField(self._backend)

    async def list(
        self,
        *,
        filter: Sequence[Sequence[Any]],
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        pagination: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_V3TimemanRecord]:
        """List an employee's work time intervals with start, end, breaks and approval state.

        Requires the permission to read records by subordination settings or all records.

        REST method: ``timeman.record.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/record/timeman-record-list.html

        Args:
            filter: Conditions as ["field", "operator", value]; userId is required, startTime supports =, >, >=, <, <= and between.
            select: Record fields to return: "id", "userId", "startTime", "endTime", "duration", "breakLength", "state" or "isApproved".
            order: Sort as {"field": "ASC"|"DESC"} over id, userId, startTime, endTime or duration.
            pagination: Paging: page, limit (default 50) and offset.

        Returns:
            list[V3TimemanRecord]

        Example:
            result = client.v3.timeman.record.list(filter=[["value"]])
            result = await client.v3.timeman.record.list(filter=[["value"]])  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3TimemanRecord]",
            await self._backend._invoke(
                _V3_TIMEMAN_RECORD_LIST,
                {
                    "filter": filter,
                    "select": select,
                    "order": order,
                    "pagination": pagination,
                },
            ),
        )


class V3TimemanRecordField(Namespace):
    """REST 3.0 methods under ``timeman.record.field``."""

    __slots__ = ()

    def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3TimemanRecordField:
        """Describe one work time record field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``timeman.record.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/record/timeman-record-field-get.html

        Args:
            name: Name of the field to describe, such as "userId", "startTime", "endTime", "duration", "breakLength", "state" or "isApproved".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3TimemanRecordField

        Example:
            result = client.v3.timeman.record.field.get(name="Anna")
            result = await client.v3.timeman.record.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3TimemanRecordField",
            self._backend._invoke(
                _V3_TIMEMAN_RECORD_FIELD_GET, {"name": name, "select": select}
            ),
        )

    def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3TimemanRecordField]:
        """List the work time record fields with their types, captions and filter/sort/edit flags.

        REST method: ``timeman.record.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/record/timeman-record-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3TimemanRecordField]

        Example:
            result = client.v3.timeman.record.field.list()
            result = await client.v3.timeman.record.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3TimemanRecordField]",
            self._backend._invoke(_V3_TIMEMAN_RECORD_FIELD_LIST, {"select": select}),
        )


class AsyncV3TimemanRecordField(Namespace):
    """REST 3.0 methods under ``timeman.record.field`` (async)."""

    __slots__ = ()

    async def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3TimemanRecordField:
        """Describe one work time record field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``timeman.record.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/record/timeman-record-field-get.html

        Args:
            name: Name of the field to describe, such as "userId", "startTime", "endTime", "duration", "breakLength", "state" or "isApproved".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3TimemanRecordField

        Example:
            result = client.v3.timeman.record.field.get(name="Anna")
            result = await client.v3.timeman.record.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3TimemanRecordField",
            await self._backend._invoke(
                _V3_TIMEMAN_RECORD_FIELD_GET, {"name": name, "select": select}
            ),
        )

    async def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3TimemanRecordField]:
        """List the work time record fields with their types, captions and filter/sort/edit flags.

        REST method: ``timeman.record.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/timeman/record/timeman-record-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3TimemanRecordField]

        Example:
            result = client.v3.timeman.record.field.list()
            result = await client.v3.timeman.record.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3TimemanRecordField]",
            await self._backend._invoke(
                _V3_TIMEMAN_RECORD_FIELD_LIST, {"select": select}
            ),
        )
