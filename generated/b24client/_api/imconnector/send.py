"""Methods under ``imconnector.send``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from b24client.types.imconnector import (
        ImconnectorSendMessagesMessages,
        ImconnectorSendMessagesResult,
        ImconnectorSendStatusDeliveryMessages,
        ImconnectorSendStatusDeliveryResult,
        ImconnectorSendStatusReadingMessages,
        ImconnectorSendStatusReadingResult,
    )

_IMCONNECTOR_SEND_MESSAGES = MethodInfo(
    name="imconnector.send.messages", idempotent=False, returns="any", api=1
)
_IMCONNECTOR_SEND_STATUS_DELIVERY = MethodInfo(
    name="imconnector.send.status.delivery", idempotent=False, returns="any", api=1
)
_IMCONNECTOR_SEND_STATUS_READING = MethodInfo(
    name="imconnector.send.status.reading", idempotent=False, returns="any", api=1
)


class ImconnectorSend(Namespace):
    """Methods under ``imconnector.send``."""

    __slots__ = ()

    @property
    def status(self) -> ImconnectorSendStatus:
        """Methods under ``imconnector.send.status``."""
        return ImconnectorSendStatus(self._backend)

    def messages(
        self,
        *,
        connector: str,
        line: int,
        messages: Sequence[ImconnectorSendMessagesMessages],
    ) -> ImconnectorSendMessagesResult:
        """Pass incoming client messages from the external system into an open channel.

        REST method: ``imconnector.send.messages``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-send-messages.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.
            messages: Messages, each with user, message and chat blocks. Wire name: ``MESSAGES``.

        Returns:
            ImconnectorSendMessagesResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imconnector.send.messages(connector="example", line=1, messages=[{}])
            result = await client.imconnector.send.messages(connector="example", line=1, messages=[{}])  # AsyncBitrix24
        """
        return cast(
            "ImconnectorSendMessagesResult",
            self._backend._invoke(
                _IMCONNECTOR_SEND_MESSAGES,
                {"CONNECTOR": connector, "LINE": line, "MESSAGES": messages},
            ),
        )


class AsyncImconnectorSend(Namespace):
    """Methods under ``imconnector.send`` (async)."""

    __slots__ = ()

    @property
    def status(self) -> AsyncImconnectorSendStatus:
        """Methods under ``imconnector.send.status``."""
        return AsyncImconnectorSendStatus(self._backend)

    async def messages(
        self,
        *,
        connector: str,
        line: int,
        messages: Sequence[ImconnectorSendMessagesMessages],
    ) -> ImconnectorSendMessagesResult:
        """Pass incoming client messages from the external system into an open channel.

        REST method: ``imconnector.send.messages``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-send-messages.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.
            messages: Messages, each with user, message and chat blocks. Wire name: ``MESSAGES``.

        Returns:
            ImconnectorSendMessagesResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imconnector.send.messages(connector="example", line=1, messages=[{}])
            result = await client.imconnector.send.messages(connector="example", line=1, messages=[{}])  # AsyncBitrix24
        """
        return cast(
            "ImconnectorSendMessagesResult",
            await self._backend._invoke(
                _IMCONNECTOR_SEND_MESSAGES,
                {"CONNECTOR": connector, "LINE": line, "MESSAGES": messages},
            ),
        )


class BatchImconnectorSend(Namespace):
    """Methods under ``imconnector.send`` (queued into a batch)."""

    __slots__ = ()

    @property
    def status(self) -> BatchImconnectorSendStatus:
        """Methods under ``imconnector.send.status``."""
        return BatchImconnectorSendStatus(self._backend)

    def messages(
        self,
        *,
        connector: str | Ref,
        line: int | Ref,
        messages: Sequence[ImconnectorSendMessagesMessages] | Ref,
    ) -> BatchCommand[ImconnectorSendMessagesResult]:
        """Pass incoming client messages from the external system into an open channel.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imconnector.send.messages``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-send-messages.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.
            messages: Messages, each with user, message and chat blocks. Wire name: ``MESSAGES``.

        Returns:
            BatchCommand[ImconnectorSendMessagesResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.imconnector.send.messages(connector="example", line=1, messages=[{}])
        """
        return cast(
            "BatchCommand[ImconnectorSendMessagesResult]",
            self._backend._invoke(
                _IMCONNECTOR_SEND_MESSAGES,
                {"CONNECTOR": connector, "LINE": line, "MESSAGES": messages},
            ),
        )


class ImconnectorSendStatus(Namespace):
    """Methods under ``imconnector.send.status``."""

    __slots__ = ()

    def delivery(
        self,
        *,
        connector: str,
        line: int,
        messages: Sequence[ImconnectorSendStatusDeliveryMessages],
    ) -> ImconnectorSendStatusDeliveryResult:
        """Report that operator messages were delivered in the external system.

        REST method: ``imconnector.send.status.delivery``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-send-status-delivery.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.
            messages: Delivered messages, each with im, message and chat blocks. Wire name: ``MESSAGES``.

        Returns:
            ImconnectorSendStatusDeliveryResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imconnector.send.status.delivery(connector="example", line=1, messages=[{}])
            result = await client.imconnector.send.status.delivery(connector="example", line=1, messages=[{}])  # AsyncBitrix24
        """
        return cast(
            "ImconnectorSendStatusDeliveryResult",
            self._backend._invoke(
                _IMCONNECTOR_SEND_STATUS_DELIVERY,
                {"CONNECTOR": connector, "LINE": line, "MESSAGES": messages},
            ),
        )

    def reading(
        self,
        *,
        connector: str,
        line: int,
        messages: Sequence[ImconnectorSendStatusReadingMessages],
    ) -> ImconnectorSendStatusReadingResult:
        """Report that operator messages were read in the external system.

        REST method: ``imconnector.send.status.reading``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-send-status-reading.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.
            messages: Read messages, each with im, message and chat blocks. Wire name: ``MESSAGES``.

        Returns:
            ImconnectorSendStatusReadingResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imconnector.send.status.reading(connector="example", line=1, messages=[{}])
            result = await client.imconnector.send.status.reading(connector="example", line=1, messages=[{}])  # AsyncBitrix24
        """
        return cast(
            "ImconnectorSendStatusReadingResult",
            self._backend._invoke(
                _IMCONNECTOR_SEND_STATUS_READING,
                {"CONNECTOR": connector, "LINE": line, "MESSAGES": messages},
            ),
        )


class AsyncImconnectorSendStatus(Namespace):
    """Methods under ``imconnector.send.status`` (async)."""

    __slots__ = ()

    async def delivery(
        self,
        *,
        connector: str,
        line: int,
        messages: Sequence[ImconnectorSendStatusDeliveryMessages],
    ) -> ImconnectorSendStatusDeliveryResult:
        """Report that operator messages were delivered in the external system.

        REST method: ``imconnector.send.status.delivery``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-send-status-delivery.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.
            messages: Delivered messages, each with im, message and chat blocks. Wire name: ``MESSAGES``.

        Returns:
            ImconnectorSendStatusDeliveryResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imconnector.send.status.delivery(connector="example", line=1, messages=[{}])
            result = await client.imconnector.send.status.delivery(connector="example", line=1, messages=[{}])  # AsyncBitrix24
        """
        return cast(
            "ImconnectorSendStatusDeliveryResult",
            await self._backend._invoke(
                _IMCONNECTOR_SEND_STATUS_DELIVERY,
                {"CONNECTOR": connector, "LINE": line, "MESSAGES": messages},
            ),
        )

    async def reading(
        self,
        *,
        connector: str,
        line: int,
        messages: Sequence[ImconnectorSendStatusReadingMessages],
    ) -> ImconnectorSendStatusReadingResult:
        """Report that operator messages were read in the external system.

        REST method: ``imconnector.send.status.reading``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-send-status-reading.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.
            messages: Read messages, each with im, message and chat blocks. Wire name: ``MESSAGES``.

        Returns:
            ImconnectorSendStatusReadingResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imconnector.send.status.reading(connector="example", line=1, messages=[{}])
            result = await client.imconnector.send.status.reading(connector="example", line=1, messages=[{}])  # AsyncBitrix24
        """
        return cast(
            "ImconnectorSendStatusReadingResult",
            await self._backend._invoke(
                _IMCONNECTOR_SEND_STATUS_READING,
                {"CONNECTOR": connector, "LINE": line, "MESSAGES": messages},
            ),
        )


class BatchImconnectorSendStatus(Namespace):
    """Methods under ``imconnector.send.status`` (queued into a batch)."""

    __slots__ = ()

    def delivery(
        self,
        *,
        connector: str | Ref,
        line: int | Ref,
        messages: Sequence[ImconnectorSendStatusDeliveryMessages] | Ref,
    ) -> BatchCommand[ImconnectorSendStatusDeliveryResult]:
        """Report that operator messages were delivered in the external system.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imconnector.send.status.delivery``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-send-status-delivery.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.
            messages: Delivered messages, each with im, message and chat blocks. Wire name: ``MESSAGES``.

        Returns:
            BatchCommand[ImconnectorSendStatusDeliveryResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.imconnector.send.status.delivery(connector="example", line=1, messages=[{}])
        """
        return cast(
            "BatchCommand[ImconnectorSendStatusDeliveryResult]",
            self._backend._invoke(
                _IMCONNECTOR_SEND_STATUS_DELIVERY,
                {"CONNECTOR": connector, "LINE": line, "MESSAGES": messages},
            ),
        )

    def reading(
        self,
        *,
        connector: str | Ref,
        line: int | Ref,
        messages: Sequence[ImconnectorSendStatusReadingMessages] | Ref,
    ) -> BatchCommand[ImconnectorSendStatusReadingResult]:
        """Report that operator messages were read in the external system.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imconnector.send.status.reading``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-send-status-reading.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.
            messages: Read messages, each with im, message and chat blocks. Wire name: ``MESSAGES``.

        Returns:
            BatchCommand[ImconnectorSendStatusReadingResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.imconnector.send.status.reading(connector="example", line=1, messages=[{}])
        """
        return cast(
            "BatchCommand[ImconnectorSendStatusReadingResult]",
            self._backend._invoke(
                _IMCONNECTOR_SEND_STATUS_READING,
                {"CONNECTOR": connector, "LINE": line, "MESSAGES": messages},
            ),
        )
