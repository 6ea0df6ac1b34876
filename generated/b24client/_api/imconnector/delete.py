"""Methods under ``imconnector.delete``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from b24client.types.imconnector import (
        ImconnectorDeleteMessagesMessages,
        ImconnectorDeleteMessagesResult,
    )

_IMCONNECTOR_DELETE_MESSAGES = MethodInfo(
    name="imconnector.delete.messages", idempotent=False, returns="any", api=1
)


class ImconnectorDelete(Namespace):
    """Methods under ``imconnector.delete``."""

    __slots__ = ()

    def messages(
        self,
        *,
        connector: str,
        line: int,
        messages: Sequence[ImconnectorDeleteMessagesMessages],
    ) -> ImconnectorDeleteMessagesResult:
        """Tell the open channel that messages were deleted in the external system.

        REST method: ``imconnector.delete.messages``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-delete-messages.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.
            messages: Messages to delete, each with user, message and chat blocks. Wire name: ``MESSAGES``.

        Returns:
            ImconnectorDeleteMessagesResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imconnector.delete.messages(connector="example", line=1, messages=[{}])
            result = await client.imconnector.delete.messages(connector="example", line=1, messages=[{}])  # AsyncBitrix24
        """
        return cast(
            "ImconnectorDeleteMessagesResult",
            self._backend._invoke(
                _IMCONNECTOR_DELETE_MESSAGES,
                {"CONNECTOR": connector, "LINE": line, "MESSAGES": messages},
            ),
        )


class AsyncImconnectorDelete(Namespace):
    """Methods under ``imconnector.delete`` (async)."""

    __slots__ = ()

    async def messages(
        self,
        *,
        connector: str,
        line: int,
        messages: Sequence[ImconnectorDeleteMessagesMessages],
    ) -> ImconnectorDeleteMessagesResult:
        """Tell the open channel that messages were deleted in the external system.

        REST method: ``imconnector.delete.messages``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-delete-messages.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.
            messages: Messages to delete, each with user, message and chat blocks. Wire name: ``MESSAGES``.

        Returns:
            ImconnectorDeleteMessagesResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imconnector.delete.messages(connector="example", line=1, messages=[{}])
            result = await client.imconnector.delete.messages(connector="example", line=1, messages=[{}])  # AsyncBitrix24
        """
        return cast(
            "ImconnectorDeleteMessagesResult",
            await self._backend._invoke(
                _IMCONNECTOR_DELETE_MESSAGES,
                {"CONNECTOR": connector, "LINE": line, "MESSAGES": messages},
            ),
        )


class BatchImconnectorDelete(Namespace):
    """Methods under ``imconnector.delete`` (queued into a batch)."""

    __slots__ = ()

    def messages(
        self,
        *,
        connector: str | Ref,
        line: int | Ref,
        messages: Sequence[ImconnectorDeleteMessagesMessages] | Ref,
    ) -> BatchCommand[ImconnectorDeleteMessagesResult]:
        """Tell the open channel that messages were deleted in the external system.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imconnector.delete.messages``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-delete-messages.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.
            messages: Messages to delete, each with user, message and chat blocks. Wire name: ``MESSAGES``.

        Returns:
            BatchCommand[ImconnectorDeleteMessagesResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.imconnector.delete.messages(connector="example", line=1, messages=[{}])
        """
        return cast(
            "BatchCommand[ImconnectorDeleteMessagesResult]",
            self._backend._invoke(
                _IMCONNECTOR_DELETE_MESSAGES,
                {"CONNECTOR": connector, "LINE": line, "MESSAGES": messages},
            ),
        )
