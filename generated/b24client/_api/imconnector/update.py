"""Methods under ``imconnector.update``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from b24client.types.imconnector import (
        ImconnectorUpdateMessagesMessages,
        ImconnectorUpdateMessagesResult,
    )

_IMCONNECTOR_UPDATE_MESSAGES = MethodInfo(
    name="imconnector.update.messages", idempotent=False, returns="any", api=1
)


class ImconnectorUpdate(Namespace):
    """Methods under ``imconnector.update``."""

    __slots__ = ()

    def messages(
        self,
        *,
        connector: str,
        line: int,
        messages: Sequence[ImconnectorUpdateMessagesMessages],
    ) -> ImconnectorUpdateMessagesResult:
        """Pass edits of client messages from the external system into an open channel.

        REST method: ``imconnector.update.messages``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-update-messages.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.
            messages: Messages, each with user, message and chat blocks. Wire name: ``MESSAGES``.

        Returns:
            ImconnectorUpdateMessagesResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imconnector.update.messages(connector="example", line=1, messages=[{}])
            result = await client.imconnector.update.messages(connector="example", line=1, messages=[{}])  # AsyncBitrix24
        """
        return cast(
            "ImconnectorUpdateMessagesResult",
            self._backend._invoke(
                _IMCONNECTOR_UPDATE_MESSAGES,
                {"CONNECTOR": connector, "LINE": line, "MESSAGES": messages},
            ),
        )


class AsyncImconnectorUpdate(Namespace):
    """Methods under ``imconnector.update`` (async)."""

    __slots__ = ()

    async def messages(
        self,
        *,
        connector: str,
        line: int,
        messages: Sequence[ImconnectorUpdateMessagesMessages],
    ) -> ImconnectorUpdateMessagesResult:
        """Pass edits of client messages from the external system into an open channel.

        REST method: ``imconnector.update.messages``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-update-messages.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.
            messages: Messages, each with user, message and chat blocks. Wire name: ``MESSAGES``.

        Returns:
            ImconnectorUpdateMessagesResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imconnector.update.messages(connector="example", line=1, messages=[{}])
            result = await client.imconnector.update.messages(connector="example", line=1, messages=[{}])  # AsyncBitrix24
        """
        return cast(
            "ImconnectorUpdateMessagesResult",
            await self._backend._invoke(
                _IMCONNECTOR_UPDATE_MESSAGES,
                {"CONNECTOR": connector, "LINE": line, "MESSAGES": messages},
            ),
        )


class BatchImconnectorUpdate(Namespace):
    """Methods under ``imconnector.update`` (queued into a batch)."""

    __slots__ = ()

    def messages(
        self,
        *,
        connector: str | Ref,
        line: int | Ref,
        messages: Sequence[ImconnectorUpdateMessagesMessages] | Ref,
    ) -> BatchCommand[ImconnectorUpdateMessagesResult]:
        """Pass edits of client messages from the external system into an open channel.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imconnector.update.messages``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-update-messages.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.
            messages: Messages, each with user, message and chat blocks. Wire name: ``MESSAGES``.

        Returns:
            BatchCommand[ImconnectorUpdateMessagesResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.imconnector.update.messages(connector="example", line=1, messages=[{}])
        """
        return cast(
            "BatchCommand[ImconnectorUpdateMessagesResult]",
            self._backend._invoke(
                _IMCONNECTOR_UPDATE_MESSAGES,
                {"CONNECTOR": connector, "LINE": line, "MESSAGES": messages},
            ),
        )
