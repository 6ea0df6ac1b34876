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
        """Register a handler URL that Bitrix24 calls when a given event fires.

        Works only with application authorization. A user without admin rights cannot bind offline events
        and can bind handlers only under their own user ID. Handlers are dropped when the app is reinstalled
        or updated, so bind them again in every version's installer; the URL must be reachable from outside.

        REST method: ``event.bind``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-bind.html

        Args:
            event: Event name, such as "ONCRMLEADADD".
            handler: URL of the handler that receives the event.
            auth_type: ID of the user the handler is authorized as; by default, the user whose action raised the event.
            event_type: \"online" (default) or "offline" to register an offline event.
            auth_connector: Source key for offline events, used to filter out events caused by that same source.
            options: Extra event settings, depending on the event; ONOFFLINEEVENT accepts minTimeout, the minimum seconds between notifications (default 1).

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
        """List the event handlers registered by the calling application.

        Works only with application authorization. A user without admin rights sees only the handlers
        registered for themselves.

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
        """Remove a registered event handler from the application.

        Parameters left out widen the match: every handler of the event that fits the rest is removed.
        A user without admin rights can remove only their own online handlers.

        REST method: ``event.unbind``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-unbind.html

        Args:
            event: Event name, such as "ONCRMLEADADD".
            handler: URL of the handler to remove.
            auth_type: ID of the user the handler is authorized as; pass 0 or an empty value to remove only handlers bound without one.
            event_type: \"online" (default) or "offline".

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
        """Register a handler URL that Bitrix24 calls when a given event fires.

        Works only with application authorization. A user without admin rights cannot bind offline events
        and can bind handlers only under their own user ID. Handlers are dropped when the app is reinstalled
        or updated, so bind them again in every version's installer; the URL must be reachable from outside.

        REST method: ``event.bind``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-bind.html

        Args:
            event: Event name, such as "ONCRMLEADADD".
            handler: URL of the handler that receives the event.
            auth_type: ID of the user the handler is authorized as; by default, the user whose action raised the event.
            event_type: \"online" (default) or "offline" to register an offline event.
            auth_connector: Source key for offline events, used to filter out events caused by that same source.
            options: Extra event settings, depending on the event; ONOFFLINEEVENT accepts minTimeout, the minimum seconds between notifications (default 1).

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
        """List the event handlers registered by the calling application.

        Works only with application authorization. A user without admin rights sees only the handlers
        registered for themselves.

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
        """Remove a registered event handler from the application.

        Parameters left out widen the match: every handler of the event that fits the rest is removed.
        A user without admin rights can remove only their own online handlers.

        REST method: ``event.unbind``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-unbind.html

        Args:
            event: Event name, such as "ONCRMLEADADD".
            handler: URL of the handler to remove.
            auth_type: ID of the user the handler is authorized as; pass 0 or an empty value to remove only handlers bound without one.
            event_type: \"online" (default) or "offline".

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
        """Register a handler URL that Bitrix24 calls when a given event fires.

        Works only with application authorization. A user without admin rights cannot bind offline events
        and can bind handlers only under their own user ID. Handlers are dropped when the app is reinstalled
        or updated, so bind them again in every version's installer; the URL must be reachable from outside.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``event.bind``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-bind.html

        Args:
            event: Event name, such as "ONCRMLEADADD".
            handler: URL of the handler that receives the event.
            auth_type: ID of the user the handler is authorized as; by default, the user whose action raised the event.
            event_type: \"online" (default) or "offline" to register an offline event.
            auth_connector: Source key for offline events, used to filter out events caused by that same source.
            options: Extra event settings, depending on the event; ONOFFLINEEVENT accepts minTimeout, the minimum seconds between notifications (default 1).

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
        """List the event handlers registered by the calling application.

        Works only with application authorization. A user without admin rights sees only the handlers
        registered for themselves.

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
        """Remove a registered event handler from the application.

        Parameters left out widen the match: every handler of the event that fits the rest is removed.
        A user without admin rights can remove only their own online handlers.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``event.unbind``
        Docs: https://apidocs.bitrix24.com/api-reference/events/event-unbind.html

        Args:
            event: Event name, such as "ONCRMLEADADD".
            handler: URL of the handler to remove.
            auth_type: ID of the user the handler is authorized as; pass 0 or an empty value to remove only handlers bound without one.
            event_type: \"online" (default) or "offline".

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
