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
        """Clear event offline.

        REST method: ``event.offline.clear``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-offline-clear.html

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
        """Call error on event offline.

        REST method: ``event.offline.error``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-offline-error.html

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
        """Get event offline.

        REST method: ``event.offline.get``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-offline-get.html

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
        """List event offline entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``event.offline.list``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-offline-list.html

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
        """Clear event offline.

        REST method: ``event.offline.clear``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-offline-clear.html

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
        """Call error on event offline.

        REST method: ``event.offline.error``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-offline-error.html

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
        """Get event offline.

        REST method: ``event.offline.get``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-offline-get.html

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
        """List event offline entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``event.offline.list``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-offline-list.html

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
        """Clear event offline.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``event.offline.clear``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-offline-clear.html

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
        """Call error on event offline.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``event.offline.error``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-offline-error.html

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
        """Get event offline.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``event.offline.get``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-offline-get.html

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
        """List event offline entries.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``event.offline.list``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-offline-list.html

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
