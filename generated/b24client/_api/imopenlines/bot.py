"""Methods under ``imopenlines.bot``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

_IMOPENLINES_BOT_SESSION_FINISH = MethodInfo(
    name="imopenlines.bot.session.finish", idempotent=False, returns="boolean", api=1
)
_IMOPENLINES_BOT_SESSION_OPERATOR = MethodInfo(
    name="imopenlines.bot.session.operator", idempotent=False, returns="boolean", api=1
)
_IMOPENLINES_BOT_SESSION_TRANSFER = MethodInfo(
    name="imopenlines.bot.session.transfer", idempotent=False, returns="boolean", api=1
)
_IMOPENLINES_BOT_SESSION_MESSAGE_SEND = MethodInfo(
    name="imopenlines.bot.session.message.send",
    idempotent=False,
    returns="boolean",
    api=1,
)


class ImopenlinesBot(Namespace):
    """Methods under ``imopenlines.bot``."""

    __slots__ = ()

    @property
    def session(self) -> ImopenlinesBotSession:
        """Methods under ``imopenlines.bot.session``."""
        return ImopenlinesBotSession(self._backend)


class AsyncImopenlinesBot(Namespace):
    """Methods under ``imopenlines.bot`` (async)."""

    __slots__ = ()

    @property
    def session(self) -> AsyncImopenlinesBotSession:
        """Methods under ``imopenlines.bot.session``."""
        return AsyncImopenlinesBotSession(self._backend)


class BatchImopenlinesBot(Namespace):
    """Methods under ``imopenlines.bot`` (queued into a batch)."""

    __slots__ = ()

    @property
    def session(self) -> BatchImopenlinesBotSession:
        """Methods under ``imopenlines.bot.session``."""
        return BatchImopenlinesBotSession(self._backend)


class ImopenlinesBotSession(Namespace):
    """Methods under ``imopenlines.bot.session``."""

    __slots__ = ()

    @property
    def message(self) -> ImopenlinesBotSessionMessage:
        """Methods under ``imopenlines.bot.session.message``."""
        return ImopenlinesBotSessionMessage(self._backend)

    def finish(self, *, chat_id: int, client_id: str | NotGiven = NOT_GIVEN) -> bool:
        """End the current open channel conversation on behalf of a chat bot.

        REST method: ``imopenlines.bot.session.finish``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/chat-bots/imopenlines-bot-session-finish.html

        Args:
            chat_id: ID of the chat whose conversation ends. Wire name: ``CHAT_ID``.
            client_id: Application code the bot was registered with; needed only for webhooks. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imopenlines.bot.session.finish(chat_id=1)
            result = await client.imopenlines.bot.session.finish(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMOPENLINES_BOT_SESSION_FINISH,
                {"CHAT_ID": chat_id, "CLIENT_ID": client_id},
            ),
        )

    def operator(self, *, chat_id: int) -> bool:
        """Hand an open channel conversation from the bot to a free operator.

        REST method: ``imopenlines.bot.session.operator``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/chat-bots/imopenlines-bot-session-operator.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imopenlines.bot.session.operator(chat_id=1)
            result = await client.imopenlines.bot.session.operator(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMOPENLINES_BOT_SESSION_OPERATOR, {"CHAT_ID": chat_id}
            ),
        )

    def transfer(
        self,
        *,
        chat_id: int,
        user_id: int | NotGiven = NOT_GIVEN,
        queue_id: int | NotGiven = NOT_GIVEN,
        transfer_id: str | int | NotGiven = NOT_GIVEN,
        leave: bool | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Pass an open channel conversation from the bot to a given employee or queue.

        REST method: ``imopenlines.bot.session.transfer``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/chat-bots/imopenlines-bot-session-transfer.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.
            user_id: ID of the employee who receives the conversation. Wire name: ``USER_ID``.
            queue_id: ID of the open channel whose queue receives the conversation. Wire name: ``QUEUE_ID``.
            transfer_id: Where to transfer: an employee user ID or "queue<QUEUE_ID>". Wire name: ``TRANSFER_ID``.
            leave: \"Y" makes the bot leave the chat right away; "N" keeps it there. Wire name: ``LEAVE``.
            client_id: Application code the bot was registered with; needed only for webhooks. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imopenlines.bot.session.transfer(chat_id=1)
            result = await client.imopenlines.bot.session.transfer(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMOPENLINES_BOT_SESSION_TRANSFER,
                {
                    "CHAT_ID": chat_id,
                    "USER_ID": user_id,
                    "QUEUE_ID": queue_id,
                    "TRANSFER_ID": transfer_id,
                    "LEAVE": yes_no(leave),
                    "CLIENT_ID": client_id,
                },
            ),
        )


class AsyncImopenlinesBotSession(Namespace):
    """Methods under ``imopenlines.bot.session`` (async)."""

    __slots__ = ()

    @property
    def message(self) -> AsyncImopenlinesBotSessionMessage:
        """Methods under ``imopenlines.bot.session.message``."""
        return AsyncImopenlinesBotSessionMessage(self._backend)

    async def finish(
        self, *, chat_id: int, client_id: str | NotGiven = NOT_GIVEN
    ) -> bool:
        """End the current open channel conversation on behalf of a chat bot.

        REST method: ``imopenlines.bot.session.finish``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/chat-bots/imopenlines-bot-session-finish.html

        Args:
            chat_id: ID of the chat whose conversation ends. Wire name: ``CHAT_ID``.
            client_id: Application code the bot was registered with; needed only for webhooks. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imopenlines.bot.session.finish(chat_id=1)
            result = await client.imopenlines.bot.session.finish(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMOPENLINES_BOT_SESSION_FINISH,
                {"CHAT_ID": chat_id, "CLIENT_ID": client_id},
            ),
        )

    async def operator(self, *, chat_id: int) -> bool:
        """Hand an open channel conversation from the bot to a free operator.

        REST method: ``imopenlines.bot.session.operator``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/chat-bots/imopenlines-bot-session-operator.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imopenlines.bot.session.operator(chat_id=1)
            result = await client.imopenlines.bot.session.operator(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMOPENLINES_BOT_SESSION_OPERATOR, {"CHAT_ID": chat_id}
            ),
        )

    async def transfer(
        self,
        *,
        chat_id: int,
        user_id: int | NotGiven = NOT_GIVEN,
        queue_id: int | NotGiven = NOT_GIVEN,
        transfer_id: str | int | NotGiven = NOT_GIVEN,
        leave: bool | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Pass an open channel conversation from the bot to a given employee or queue.

        REST method: ``imopenlines.bot.session.transfer``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/chat-bots/imopenlines-bot-session-transfer.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.
            user_id: ID of the employee who receives the conversation. Wire name: ``USER_ID``.
            queue_id: ID of the open channel whose queue receives the conversation. Wire name: ``QUEUE_ID``.
            transfer_id: Where to transfer: an employee user ID or "queue<QUEUE_ID>". Wire name: ``TRANSFER_ID``.
            leave: \"Y" makes the bot leave the chat right away; "N" keeps it there. Wire name: ``LEAVE``.
            client_id: Application code the bot was registered with; needed only for webhooks. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imopenlines.bot.session.transfer(chat_id=1)
            result = await client.imopenlines.bot.session.transfer(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMOPENLINES_BOT_SESSION_TRANSFER,
                {
                    "CHAT_ID": chat_id,
                    "USER_ID": user_id,
                    "QUEUE_ID": queue_id,
                    "TRANSFER_ID": transfer_id,
                    "LEAVE": yes_no(leave),
                    "CLIENT_ID": client_id,
                },
            ),
        )


class BatchImopenlinesBotSession(Namespace):
    """Methods under ``imopenlines.bot.session`` (queued into a batch)."""

    __slots__ = ()

    @property
    def message(self) -> BatchImopenlinesBotSessionMessage:
        """Methods under ``imopenlines.bot.session.message``."""
        return BatchImopenlinesBotSessionMessage(self._backend)

    def finish(
        self, *, chat_id: int | Ref, client_id: str | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[bool]:
        """End the current open channel conversation on behalf of a chat bot.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.bot.session.finish``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/chat-bots/imopenlines-bot-session-finish.html

        Args:
            chat_id: ID of the chat whose conversation ends. Wire name: ``CHAT_ID``.
            client_id: Application code the bot was registered with; needed only for webhooks. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.imopenlines.bot.session.finish(chat_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMOPENLINES_BOT_SESSION_FINISH,
                {"CHAT_ID": chat_id, "CLIENT_ID": client_id},
            ),
        )

    def operator(self, *, chat_id: int | Ref) -> BatchCommand[bool]:
        """Hand an open channel conversation from the bot to a free operator.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.bot.session.operator``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/chat-bots/imopenlines-bot-session-operator.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.imopenlines.bot.session.operator(chat_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMOPENLINES_BOT_SESSION_OPERATOR, {"CHAT_ID": chat_id}
            ),
        )

    def transfer(
        self,
        *,
        chat_id: int | Ref,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
        queue_id: int | Ref | NotGiven = NOT_GIVEN,
        transfer_id: str | int | Ref | NotGiven = NOT_GIVEN,
        leave: bool | Ref | NotGiven = NOT_GIVEN,
        client_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Pass an open channel conversation from the bot to a given employee or queue.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.bot.session.transfer``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/chat-bots/imopenlines-bot-session-transfer.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.
            user_id: ID of the employee who receives the conversation. Wire name: ``USER_ID``.
            queue_id: ID of the open channel whose queue receives the conversation. Wire name: ``QUEUE_ID``.
            transfer_id: Where to transfer: an employee user ID or "queue<QUEUE_ID>". Wire name: ``TRANSFER_ID``.
            leave: \"Y" makes the bot leave the chat right away; "N" keeps it there. Wire name: ``LEAVE``.
            client_id: Application code the bot was registered with; needed only for webhooks. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.imopenlines.bot.session.transfer(chat_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMOPENLINES_BOT_SESSION_TRANSFER,
                {
                    "CHAT_ID": chat_id,
                    "USER_ID": user_id,
                    "QUEUE_ID": queue_id,
                    "TRANSFER_ID": transfer_id,
                    "LEAVE": yes_no(leave),
                    "CLIENT_ID": client_id,
                },
            ),
        )


class ImopenlinesBotSessionMessage(Namespace):
    """Methods under ``imopenlines.bot.session.message``."""

    __slots__ = ()

    def send(
        self,
        *,
        chat_id: int,
        name: Literal["WELCOME", "DEFAULT"] | NotGiven = NOT_GIVEN,
        message: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Post an automatic welcome or custom bot message into an open channel conversation.

        true only means the call was accepted, not that a message was posted.

        REST method: ``imopenlines.bot.session.message.send``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/chat-bots/imopenlines-bot-session-message-send.html

        Args:
            chat_id: ID of the chat to post into. Wire name: ``CHAT_ID``.
            name: \"WELCOME" sends the line's automatic greeting; "DEFAULT" sends MESSAGE. Wire name: ``NAME``.
            message: Message text for NAME "DEFAULT". Wire name: ``MESSAGE``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imopenlines.bot.session.message.send(chat_id=1)
            result = await client.imopenlines.bot.session.message.send(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMOPENLINES_BOT_SESSION_MESSAGE_SEND,
                {"CHAT_ID": chat_id, "NAME": name, "MESSAGE": message},
            ),
        )


class AsyncImopenlinesBotSessionMessage(Namespace):
    """Methods under ``imopenlines.bot.session.message`` (async)."""

    __slots__ = ()

    async def send(
        self,
        *,
        chat_id: int,
        name: Literal["WELCOME", "DEFAULT"] | NotGiven = NOT_GIVEN,
        message: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Post an automatic welcome or custom bot message into an open channel conversation.

        true only means the call was accepted, not that a message was posted.

        REST method: ``imopenlines.bot.session.message.send``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/chat-bots/imopenlines-bot-session-message-send.html

        Args:
            chat_id: ID of the chat to post into. Wire name: ``CHAT_ID``.
            name: \"WELCOME" sends the line's automatic greeting; "DEFAULT" sends MESSAGE. Wire name: ``NAME``.
            message: Message text for NAME "DEFAULT". Wire name: ``MESSAGE``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imopenlines.bot.session.message.send(chat_id=1)
            result = await client.imopenlines.bot.session.message.send(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMOPENLINES_BOT_SESSION_MESSAGE_SEND,
                {"CHAT_ID": chat_id, "NAME": name, "MESSAGE": message},
            ),
        )


class BatchImopenlinesBotSessionMessage(Namespace):
    """Methods under ``imopenlines.bot.session.message`` (queued into a batch)."""

    __slots__ = ()

    def send(
        self,
        *,
        chat_id: int | Ref,
        name: Literal["WELCOME", "DEFAULT"] | Ref | NotGiven = NOT_GIVEN,
        message: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Post an automatic welcome or custom bot message into an open channel conversation.

        true only means the call was accepted, not that a message was posted.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.bot.session.message.send``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/chat-bots/imopenlines-bot-session-message-send.html

        Args:
            chat_id: ID of the chat to post into. Wire name: ``CHAT_ID``.
            name: \"WELCOME" sends the line's automatic greeting; "DEFAULT" sends MESSAGE. Wire name: ``NAME``.
            message: Message text for NAME "DEFAULT". Wire name: ``MESSAGE``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.imopenlines.bot.session.message.send(chat_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMOPENLINES_BOT_SESSION_MESSAGE_SEND,
                {"CHAT_ID": chat_id, "NAME": name, "MESSAGE": message},
            ),
        )
