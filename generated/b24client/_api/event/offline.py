"""Methods under ``event.offline``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.event import EventOffline as _EventOffline

_EVENT_OFFLINE_CLEAR = MethodInfo(
    name="event.offline.clear", idempotent=False, returns="boolean", api=1
)
_EVENT_OFFLINE_ERROR = MethodInfo(
    name="event.offline.error", idempotent=False, returns="boolean", api=1
)
_EVENT_OFFLINE_GET = MethodInfo(
    name="event.offline.get", idempotent=True, returns="any", api=1
)
_EVENT_OFFLINE_LIST = MethodInfo(
    name="event.offline.list", idempotent=True, returns="any", api=1
)


class EventOffline(Namespace):
    """Methods under ``event.offline``."""

    __slots__ = ()

    def clear(
        self,
        *,
        process_id: str,
        id: Sequence[int] | NotGiven = NOT_GIVEN,
        message_id: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Remove processed records from the application's offline event queue.

        Works only with application authorization. Offline event availability can be checked with feature.get.

        REST method: ``event.offline.clear``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-offline-clear.html

        Args:
            process_id: ID of the reserved event batch, returned by event.offline.get called with clear=0.
            id: IDs of the records to remove; by default, every record marked with process_id.
            message_id: MESSAGE_ID values of the records to remove; ignored when id is given.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.event.offline.clear(process_id="1")
            result = await client.event.offline.clear(process_id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _EVENT_OFFLINE_CLEAR,
                {"process_id": process_id, "id": id, "message_id": message_id},
            ),
        )

    def error(
        self, *, process_id: str, message_id: Sequence[int] | NotGiven = NOT_GIVEN
    ) -> bool:
        """Mark offline queue records as failed during processing.

        Works only with application authorization. Offline event availability can be checked with feature.get.

        REST method: ``event.offline.error``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-offline-error.html

        Args:
            process_id: ID of the process handling the records.
            message_id: MESSAGE_ID values of the records to flag as failed.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.event.offline.error(process_id="1")
            result = await client.event.offline.error(process_id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _EVENT_OFFLINE_ERROR,
                {"process_id": process_id, "message_id": message_id},
            ),
        )

    def get(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        auth_connector: str | NotGiven = NOT_GIVEN,
    ) -> _EventOffline:
        """Fetch the first queued offline events, optionally removing them from the queue.

        By default the returned records are deleted from the queue (clear=1); pass clear=0 to reserve them
        under a process_id and delete them later with event.offline.clear. Several parallel calls each receive
        different records.

        REST method: ``event.offline.get``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-offline-get.html

        Args:
            filter: Record filter on ID, TIMESTAMP_X, EVENT_NAME or MESSAGE_ID; put the operator before the field name, such as ">ID".
            order: Sort order over the filter fields; default TIMESTAMP_X ascending.
            limit: Number of records to fetch; default 50.
            auth_connector: Source key; pass it when auth_connector was set in event.bind.

        Returns:
            EventOffline

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.event.offline.get()
            result = await client.event.offline.get()  # AsyncBitrix24
        """
        return cast(
            "_EventOffline",
            self._backend._invoke(
                _EVENT_OFFLINE_GET,
                {
                    "filter": filter,
                    "order": order,
                    "limit": limit,
                    "auth_connector": auth_connector,
                },
            ),
        )

    def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        auth_connector: str | NotGiven = NOT_GIVEN,
    ) -> Page[_EventOffline]:
        """Read the offline event queue without reserving or removing anything.

        Unlike event.offline.get it does not mark events as processed and returns no process_id.
        Pages are always 50 records.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``event.offline.list``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-offline-list.html

        Args:
            filter: Record filter on ID, TIMESTAMP_X, EVENT_NAME, MESSAGE_ID, PROCESS_ID or ERROR, with an operator before the field name.
            order: Sort order over the filter fields; default ID ascending.
            start: Offset of the page: (page number - 1) * 50.
            auth_connector: Source key used in event.bind; without it only events without a source are returned.

        Returns:
            Page[EventOffline]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.event.offline.list()
            result = await client.event.offline.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_EventOffline]",
            self._backend._invoke_page(
                _EVENT_OFFLINE_LIST,
                {
                    "filter": filter,
                    "order": order,
                    "start": start,
                    "auth_connector": auth_connector,
                },
            ),
        )


class AsyncEventOffline(Namespace):
    """Methods under ``event.offline`` (async)."""

    __slots__ = ()

    async def clear(
        self,
        *,
        process_id: str,
        id: Sequence[int] | NotGiven = NOT_GIVEN,
        message_id: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Remove processed records from the application's offline event queue.

        Works only with application authorization. Offline event availability can be checked with feature.get.

        REST method: ``event.offline.clear``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-offline-clear.html

        Args:
            process_id: ID of the reserved event batch, returned by event.offline.get called with clear=0.
            id: IDs of the records to remove; by default, every record marked with process_id.
            message_id: MESSAGE_ID values of the records to remove; ignored when id is given.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.event.offline.clear(process_id="1")
            result = await client.event.offline.clear(process_id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _EVENT_OFFLINE_CLEAR,
                {"process_id": process_id, "id": id, "message_id": message_id},
            ),
        )

    async def error(
        self, *, process_id: str, message_id: Sequence[int] | NotGiven = NOT_GIVEN
    ) -> bool:
        """Mark offline queue records as failed during processing.

        Works only with application authorization. Offline event availability can be checked with feature.get.

        REST method: ``event.offline.error``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-offline-error.html

        Args:
            process_id: ID of the process handling the records.
            message_id: MESSAGE_ID values of the records to flag as failed.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.event.offline.error(process_id="1")
            result = await client.event.offline.error(process_id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _EVENT_OFFLINE_ERROR,
                {"process_id": process_id, "message_id": message_id},
            ),
        )

    async def get(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        auth_connector: str | NotGiven = NOT_GIVEN,
    ) -> _EventOffline:
        """Fetch the first queued offline events, optionally removing them from the queue.

        By default the returned records are deleted from the queue (clear=1); pass clear=0 to reserve them
        under a process_id and delete them later with event.offline.clear. Several parallel calls each receive
        different records.

        REST method: ``event.offline.get``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-offline-get.html

        Args:
            filter: Record filter on ID, TIMESTAMP_X, EVENT_NAME or MESSAGE_ID; put the operator before the field name, such as ">ID".
            order: Sort order over the filter fields; default TIMESTAMP_X ascending.
            limit: Number of records to fetch; default 50.
            auth_connector: Source key; pass it when auth_connector was set in event.bind.

        Returns:
            EventOffline

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.event.offline.get()
            result = await client.event.offline.get()  # AsyncBitrix24
        """
        return cast(
            "_EventOffline",
            await self._backend._invoke(
                _EVENT_OFFLINE_GET,
                {
                    "filter": filter,
                    "order": order,
                    "limit": limit,
                    "auth_connector": auth_connector,
                },
            ),
        )

    async def list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        auth_connector: str | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_EventOffline]:
        """Read the offline event queue without reserving or removing anything.

        Unlike event.offline.get it does not mark events as processed and returns no process_id.
        Pages are always 50 records.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``event.offline.list``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-offline-list.html

        Args:
            filter: Record filter on ID, TIMESTAMP_X, EVENT_NAME, MESSAGE_ID, PROCESS_ID or ERROR, with an operator before the field name.
            order: Sort order over the filter fields; default ID ascending.
            start: Offset of the page: (page number - 1) * 50.
            auth_connector: Source key used in event.bind; without it only events without a source are returned.

        Returns:
            AsyncPage[EventOffline]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.event.offline.list()
            result = await client.event.offline.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_EventOffline]",
            await self._backend._invoke_page(
                _EVENT_OFFLINE_LIST,
                {
                    "filter": filter,
                    "order": order,
                    "start": start,
                    "auth_connector": auth_connector,
                },
            ),
        )


class BatchEventOffline(Namespace):
    """Methods under ``event.offline`` (queued into a batch)."""

    __slots__ = ()

    def clear(
        self,
        *,
        process_id: str | Ref,
        id: Sequence[int] | Ref | NotGiven = NOT_GIVEN,
        message_id: Sequence[Any] | dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Remove processed records from the application's offline event queue.

        Works only with application authorization. Offline event availability can be checked with feature.get.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``event.offline.clear``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-offline-clear.html

        Args:
            process_id: ID of the reserved event batch, returned by event.offline.get called with clear=0.
            id: IDs of the records to remove; by default, every record marked with process_id.
            message_id: MESSAGE_ID values of the records to remove; ignored when id is given.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.event.offline.clear(process_id="1")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _EVENT_OFFLINE_CLEAR,
                {"process_id": process_id, "id": id, "message_id": message_id},
            ),
        )

    def error(
        self,
        *,
        process_id: str | Ref,
        message_id: Sequence[int] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Mark offline queue records as failed during processing.

        Works only with application authorization. Offline event availability can be checked with feature.get.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``event.offline.error``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-offline-error.html

        Args:
            process_id: ID of the process handling the records.
            message_id: MESSAGE_ID values of the records to flag as failed.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.event.offline.error(process_id="1")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _EVENT_OFFLINE_ERROR,
                {"process_id": process_id, "message_id": message_id},
            ),
        )

    def get(
        self,
        *,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: Sequence[Any] | dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        limit: int | Ref | NotGiven = NOT_GIVEN,
        auth_connector: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[_EventOffline]:
        """Fetch the first queued offline events, optionally removing them from the queue.

        By default the returned records are deleted from the queue (clear=1); pass clear=0 to reserve them
        under a process_id and delete them later with event.offline.clear. Several parallel calls each receive
        different records.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``event.offline.get``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-offline-get.html

        Args:
            filter: Record filter on ID, TIMESTAMP_X, EVENT_NAME or MESSAGE_ID; put the operator before the field name, such as ">ID".
            order: Sort order over the filter fields; default TIMESTAMP_X ascending.
            limit: Number of records to fetch; default 50.
            auth_connector: Source key; pass it when auth_connector was set in event.bind.

        Returns:
            BatchCommand[EventOffline]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.event.offline.get()
        """
        return cast(
            "BatchCommand[_EventOffline]",
            self._backend._invoke(
                _EVENT_OFFLINE_GET,
                {
                    "filter": filter,
                    "order": order,
                    "limit": limit,
                    "auth_connector": auth_connector,
                },
            ),
        )

    def list(
        self,
        *,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
        auth_connector: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_EventOffline]]:
        """Read the offline event queue without reserving or removing anything.

        Unlike event.offline.get it does not mark events as processed and returns no process_id.
        Pages are always 50 records.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``event.offline.list``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-offline-list.html

        Args:
            filter: Record filter on ID, TIMESTAMP_X, EVENT_NAME, MESSAGE_ID, PROCESS_ID or ERROR, with an operator before the field name.
            order: Sort order over the filter fields; default ID ascending.
            start: Offset of the page: (page number - 1) * 50.
            auth_connector: Source key used in event.bind; without it only events without a source are returned.

        Returns:
            BatchCommand[list[EventOffline]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.event.offline.list()
        """
        return cast(
            "BatchCommand[builtins.list[_EventOffline]]",
            self._backend._invoke_page(
                _EVENT_OFFLINE_LIST,
                {
                    "filter": filter,
                    "order": order,
                    "start": start,
                    "auth_connector": auth_connector,
                },
            ),
        )
