"""Methods under ``imconnector.chat``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.imconnector import ImconnectorChatNameSetResult

_IMCONNECTOR_CHAT_NAME_SET = MethodInfo(
    name="imconnector.chat.name.set", idempotent=False, returns="any", api=1
)


class ImconnectorChat(Namespace):
    """Methods under ``imconnector.chat``."""

    __slots__ = ()

    @property
    def name(self) -> ImconnectorChatName:
        """Methods under ``imconnector.chat.name``."""
        return ImconnectorChatName(self._backend)


class AsyncImconnectorChat(Namespace):
    """Methods under ``imconnector.chat`` (async)."""

    __slots__ = ()

    @property
    def name(self) -> AsyncImconnectorChatName:
        """Methods under ``imconnector.chat.name``."""
        return AsyncImconnectorChatName(self._backend)


class BatchImconnectorChat(Namespace):
    """Methods under ``imconnector.chat`` (queued into a batch)."""

    __slots__ = ()

    @property
    def name(self) -> BatchImconnectorChatName:
        """Methods under ``imconnector.chat.name``."""
        return BatchImconnectorChatName(self._backend)


class ImconnectorChatName(Namespace):
    """Methods under ``imconnector.chat.name``."""

    __slots__ = ()

    def set(
        self,
        *,
        connector: str,
        line: int,
        chat_id: str,
        name: str,
        user_id: str | NotGiven = NOT_GIVEN,
    ) -> ImconnectorChatNameSetResult:
        """Rename an external-system chat inside an open channel.

        USER_ID is required only for connectors without group chats.

        REST method: ``imconnector.chat.name.set``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-chat-name-set.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.
            chat_id: ID of the chat in the external system. Wire name: ``CHAT_ID``.
            name: New chat name. Wire name: ``NAME``.
            user_id: ID of the client in the external system; needed for connectors without group chats. Wire name: ``USER_ID``.

        Returns:
            ImconnectorChatNameSetResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            result = client.imconnector.chat.name.set(connector="example", line=1, chat_id="1", name="Anna")
            result = await client.imconnector.chat.name.set(connector="example", line=1, chat_id="1", name="Anna")  # AsyncBitrix24
        """
        return cast(
            "ImconnectorChatNameSetResult",
            self._backend._invoke(
                _IMCONNECTOR_CHAT_NAME_SET,
                {
                    "CONNECTOR": connector,
                    "LINE": line,
                    "CHAT_ID": chat_id,
                    "NAME": name,
                    "USER_ID": user_id,
                },
            ),
        )


class AsyncImconnectorChatName(Namespace):
    """Methods under ``imconnector.chat.name`` (async)."""

    __slots__ = ()

    async def set(
        self,
        *,
        connector: str,
        line: int,
        chat_id: str,
        name: str,
        user_id: str | NotGiven = NOT_GIVEN,
    ) -> ImconnectorChatNameSetResult:
        """Rename an external-system chat inside an open channel.

        USER_ID is required only for connectors without group chats.

        REST method: ``imconnector.chat.name.set``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-chat-name-set.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.
            chat_id: ID of the chat in the external system. Wire name: ``CHAT_ID``.
            name: New chat name. Wire name: ``NAME``.
            user_id: ID of the client in the external system; needed for connectors without group chats. Wire name: ``USER_ID``.

        Returns:
            ImconnectorChatNameSetResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            result = client.imconnector.chat.name.set(connector="example", line=1, chat_id="1", name="Anna")
            result = await client.imconnector.chat.name.set(connector="example", line=1, chat_id="1", name="Anna")  # AsyncBitrix24
        """
        return cast(
            "ImconnectorChatNameSetResult",
            await self._backend._invoke(
                _IMCONNECTOR_CHAT_NAME_SET,
                {
                    "CONNECTOR": connector,
                    "LINE": line,
                    "CHAT_ID": chat_id,
                    "NAME": name,
                    "USER_ID": user_id,
                },
            ),
        )


class BatchImconnectorChatName(Namespace):
    """Methods under ``imconnector.chat.name`` (queued into a batch)."""

    __slots__ = ()

    def set(
        self,
        *,
        connector: str | Ref,
        line: int | Ref,
        chat_id: str | Ref,
        name: str | Ref,
        user_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[ImconnectorChatNameSetResult]:
        """Rename an external-system chat inside an open channel.

        USER_ID is required only for connectors without group chats.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imconnector.chat.name.set``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-chat-name-set.html

        Args:
            connector: Connector code, as given in ID to imconnector.register. Wire name: ``CONNECTOR``.
            line: ID of the open channel. Wire name: ``LINE``.
            chat_id: ID of the chat in the external system. Wire name: ``CHAT_ID``.
            name: New chat name. Wire name: ``NAME``.
            user_id: ID of the client in the external system; needed for connectors without group chats. Wire name: ``USER_ID``.

        Returns:
            BatchCommand[ImconnectorChatNameSetResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            command = batch.imconnector.chat.name.set(connector="example", line=1, chat_id="1", name="Anna")
        """
        return cast(
            "BatchCommand[ImconnectorChatNameSetResult]",
            self._backend._invoke(
                _IMCONNECTOR_CHAT_NAME_SET,
                {
                    "CONNECTOR": connector,
                    "LINE": line,
                    "CHAT_ID": chat_id,
                    "NAME": name,
                    "USER_ID": user_id,
                },
            ),
        )
