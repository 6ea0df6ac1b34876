"""Methods under ``event``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.event import Event as _Event, EventUnbindResult
    from b24client._api.event.offline import (
        AsyncEventOffline,
        BatchEventOffline,
        EventOffline,
    )

_EVENT_BIND = MethodInfo(name="event.bind", idempotent=False, returns="boolean", api=1)
_EVENT_GET = MethodInfo(name="event.get", idempotent=True, returns="any", api=1)
_EVENT_UNBIND = MethodInfo(name="event.unbind", idempotent=False, returns="any", api=1)


class Event(Namespace):
    """Methods under ``event``."""

    __slots__ = ()

    @property
    def offline(self) -> EventOffline:
        """Methods under ``event.offline``."""
        from b24client._api.event.offline import EventOffline

        return EventOffline(self._backend)

    def bind(
        self,
        *,
        event: str,
        handler: str,
        auth_type: int | NotGiven = NOT_GIVEN,
        event_type: str | NotGiven = NOT_GIVEN,
        auth_connector: str | NotGiven = NOT_GIVEN,
        options: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Bind event.

        REST method: ``event.bind``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-bind.html

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.event.bind(event="example", handler="https://example.com/hook")
            result = await client.event.bind(event="example", handler="https://example.com/hook")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _EVENT_BIND,
                {
                    "event": event,
                    "handler": handler,
                    "auth_type": auth_type,
                    "event_type": event_type,
                    "auth_connector": auth_connector,
                    "options": options,
                },
            ),
        )

    def get(self) -> list[_Event]:
        """Get event.

        REST method: ``event.get``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-get.html

        Returns:
            list[Event]

        Example:
            result = client.event.get()
            result = await client.event.get()  # AsyncBitrix24
        """
        return cast("list[_Event]", self._backend._invoke(_EVENT_GET, {}))

    def unbind(
        self,
        *,
        event: str,
        handler: str,
        auth_type: int | NotGiven = NOT_GIVEN,
        event_type: str | NotGiven = NOT_GIVEN,
    ) -> EventUnbindResult:
        """Unbind event.

        REST method: ``event.unbind``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-unbind.html

        Returns:
            EventUnbindResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.event.unbind(event="example", handler="https://example.com/hook")
            result = await client.event.unbind(event="example", handler="https://example.com/hook")  # AsyncBitrix24
        """
        return cast(
            "EventUnbindResult",
            self._backend._invoke(
                _EVENT_UNBIND,
                {
                    "event": event,
                    "handler": handler,
                    "auth_type": auth_type,
                    "event_type": event_type,
                },
            ),
        )


class AsyncEvent(Namespace):
    """Methods under ``event`` (async)."""

    __slots__ = ()

    @property
    def offline(self) -> AsyncEventOffline:
        """Methods under ``event.offline``."""
        from b24client._api.event.offline import AsyncEventOffline

        return AsyncEventOffline(self._backend)

    async def bind(
        self,
        *,
        event: str,
        handler: str,
        auth_type: int | NotGiven = NOT_GIVEN,
        event_type: str | NotGiven = NOT_GIVEN,
        auth_connector: str | NotGiven = NOT_GIVEN,
        options: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Bind event.

        REST method: ``event.bind``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-bind.html

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.event.bind(event="example", handler="https://example.com/hook")
            result = await client.event.bind(event="example", handler="https://example.com/hook")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _EVENT_BIND,
                {
                    "event": event,
                    "handler": handler,
                    "auth_type": auth_type,
                    "event_type": event_type,
                    "auth_connector": auth_connector,
                    "options": options,
                },
            ),
        )

    async def get(self) -> list[_Event]:
        """Get event.

        REST method: ``event.get``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-get.html

        Returns:
            list[Event]

        Example:
            result = client.event.get()
            result = await client.event.get()  # AsyncBitrix24
        """
        return cast("list[_Event]", await self._backend._invoke(_EVENT_GET, {}))

    async def unbind(
        self,
        *,
        event: str,
        handler: str,
        auth_type: int | NotGiven = NOT_GIVEN,
        event_type: str | NotGiven = NOT_GIVEN,
    ) -> EventUnbindResult:
        """Unbind event.

        REST method: ``event.unbind``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-unbind.html

        Returns:
            EventUnbindResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.event.unbind(event="example", handler="https://example.com/hook")
            result = await client.event.unbind(event="example", handler="https://example.com/hook")  # AsyncBitrix24
        """
        return cast(
            "EventUnbindResult",
            await self._backend._invoke(
                _EVENT_UNBIND,
                {
                    "event": event,
                    "handler": handler,
                    "auth_type": auth_type,
                    "event_type": event_type,
                },
            ),
        )


class BatchEvent(Namespace):
    """Methods under ``event`` (queued into a batch)."""

    __slots__ = ()

    @property
    def offline(self) -> BatchEventOffline:
        """Methods under ``event.offline``."""
        from b24client._api.event.offline import BatchEventOffline

        return BatchEventOffline(self._backend)

    def bind(
        self,
        *,
        event: str | Ref,
        handler: str | Ref,
        auth_type: int | Ref | NotGiven = NOT_GIVEN,
        event_type: str | Ref | NotGiven = NOT_GIVEN,
        auth_connector: str | Ref | NotGiven = NOT_GIVEN,
        options: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Bind event.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``event.bind``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-bind.html

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.event.bind(event="example", handler="https://example.com/hook")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _EVENT_BIND,
                {
                    "event": event,
                    "handler": handler,
                    "auth_type": auth_type,
                    "event_type": event_type,
                    "auth_connector": auth_connector,
                    "options": options,
                },
            ),
        )

    def get(self) -> BatchCommand[list[_Event]]:
        """Get event.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``event.get``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-get.html

        Returns:
            BatchCommand[list[Event]]

        Example:
            command = batch.event.get()
        """
        return cast("BatchCommand[list[_Event]]", self._backend._invoke(_EVENT_GET, {}))

    def unbind(
        self,
        *,
        event: str | Ref,
        handler: str | Ref,
        auth_type: int | Ref | NotGiven = NOT_GIVEN,
        event_type: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[EventUnbindResult]:
        """Unbind event.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``event.unbind``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-unbind.html

        Returns:
            BatchCommand[EventUnbindResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.event.unbind(event="example", handler="https://example.com/hook")
        """
        return cast(
            "BatchCommand[EventUnbindResult]",
            self._backend._invoke(
                _EVENT_UNBIND,
                {
                    "event": event,
                    "handler": handler,
                    "auth_type": auth_type,
                    "event_type": event_type,
                },
            ),
        )
