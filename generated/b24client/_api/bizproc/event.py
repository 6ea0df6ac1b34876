"""Methods under ``bizproc.event``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

_BIZPROC_EVENT_SEND = MethodInfo(
    name="bizproc.event.send", idempotent=False, returns="boolean", api=1
)


class BizprocEvent(Namespace):
    """Methods under ``bizproc.event``."""

    __slots__ = ()

    def send(
        self,
        *,
        event_token: str,
        return_values: dict[str, Any] | NotGiven = NOT_GIVEN,
        log_message: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Send bizproc event.

        REST method: ``bizproc.event.send``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-event-send.html

        Args:
            log_message: Wire name: ``LOG_MESSAGE``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.event.send(event_token="example")
            result = await client.bizproc.event.send(event_token="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _BIZPROC_EVENT_SEND,
                {
                    "event_token": event_token,
                    "return_values": return_values,
                    "LOG_MESSAGE": log_message,
                },
            ),
        )


class AsyncBizprocEvent(Namespace):
    """Methods under ``bizproc.event`` (async)."""

    __slots__ = ()

    async def send(
        self,
        *,
        event_token: str,
        return_values: dict[str, Any] | NotGiven = NOT_GIVEN,
        log_message: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Send bizproc event.

        REST method: ``bizproc.event.send``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-event-send.html

        Args:
            log_message: Wire name: ``LOG_MESSAGE``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.bizproc.event.send(event_token="example")
            result = await client.bizproc.event.send(event_token="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _BIZPROC_EVENT_SEND,
                {
                    "event_token": event_token,
                    "return_values": return_values,
                    "LOG_MESSAGE": log_message,
                },
            ),
        )


class BatchBizprocEvent(Namespace):
    """Methods under ``bizproc.event`` (queued into a batch)."""

    __slots__ = ()

    def send(
        self,
        *,
        event_token: str | Ref,
        return_values: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        log_message: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Send bizproc event.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.event.send``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-event-send.html

        Args:
            log_message: Wire name: ``LOG_MESSAGE``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.bizproc.event.send(event_token="example")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _BIZPROC_EVENT_SEND,
                {
                    "event_token": event_token,
                    "return_values": return_values,
                    "LOG_MESSAGE": log_message,
                },
            ),
        )
