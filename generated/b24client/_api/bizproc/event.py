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
        """Return result values from an application action or robot and let the business process continue.

        Only for actions and robots registered with USE_SUBSCRIPTION "Y". An invalid or expired event token gives ACCESS_DENIED.

        REST method: ``bizproc.event.send``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-event-send.html

        Args:
            event_token: Event token the action handler received when the process reached the action.
            return_values: Values to return, keyed by the RETURN_PROPERTIES names of the robot or action.
            log_message: Text for the business process log; empty when left out. Logging must be on in the template. Wire name: ``LOG_MESSAGE``.

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
        """Return result values from an application action or robot and let the business process continue.

        Only for actions and robots registered with USE_SUBSCRIPTION "Y". An invalid or expired event token gives ACCESS_DENIED.

        REST method: ``bizproc.event.send``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-event-send.html

        Args:
            event_token: Event token the action handler received when the process reached the action.
            return_values: Values to return, keyed by the RETURN_PROPERTIES names of the robot or action.
            log_message: Text for the business process log; empty when left out. Logging must be on in the template. Wire name: ``LOG_MESSAGE``.

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
        """Return result values from an application action or robot and let the business process continue.

        Only for actions and robots registered with USE_SUBSCRIPTION "Y". An invalid or expired event token gives ACCESS_DENIED.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``bizproc.event.send``
        Docs: https://apidocs.bitrix24.com/api-reference/bizproc/bizproc-robot/bizproc-event-send.html

        Args:
            event_token: Event token the action handler received when the process reached the action.
            return_values: Values to return, keyed by the RETURN_PROPERTIES names of the robot or action.
            log_message: Text for the business process log; empty when left out. Logging must be on in the template. Wire name: ``LOG_MESSAGE``.

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
