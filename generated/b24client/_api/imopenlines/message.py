"""Methods under ``imopenlines.message``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

_IMOPENLINES_MESSAGE_QUICK_SAVE = MethodInfo(
    name="imopenlines.message.quick.save", idempotent=False, returns="boolean", api=1
)
_IMOPENLINES_MESSAGE_SESSION_START = MethodInfo(
    name="imopenlines.message.session.start", idempotent=False, returns="boolean", api=1
)


class ImopenlinesMessage(Namespace):
    """Methods under ``imopenlines.message``."""

    __slots__ = ()

    @property
    def quick(self) -> ImopenlinesMessageQuick:
        """Methods under ``imopenlines.message.quick``."""
        return ImopenlinesMessageQuick(self._backend)

    @property
    def session(self) -> ImopenlinesMessageSession:
        """Methods under ``imopenlines.message.session``."""
        return ImopenlinesMessageSession(self._backend)


class AsyncImopenlinesMessage(Namespace):
    """Methods under ``imopenlines.message`` (async)."""

    __slots__ = ()

    @property
    def quick(self) -> AsyncImopenlinesMessageQuick:
        """Methods under ``imopenlines.message.quick``."""
        return AsyncImopenlinesMessageQuick(self._backend)

    @property
    def session(self) -> AsyncImopenlinesMessageSession:
        """Methods under ``imopenlines.message.session``."""
        return AsyncImopenlinesMessageSession(self._backend)


class BatchImopenlinesMessage(Namespace):
    """Methods under ``imopenlines.message`` (queued into a batch)."""

    __slots__ = ()

    @property
    def quick(self) -> BatchImopenlinesMessageQuick:
        """Methods under ``imopenlines.message.quick``."""
        return BatchImopenlinesMessageQuick(self._backend)

    @property
    def session(self) -> BatchImopenlinesMessageSession:
        """Methods under ``imopenlines.message.session``."""
        return BatchImopenlinesMessageSession(self._backend)


class ImopenlinesMessageQuick(Namespace):
    """Methods under ``imopenlines.message.quick``."""

    __slots__ = ()

    def save(self, *, chat_id: int, message_id: int) -> bool:
        """Store a chat message as a canned (quick) answer.

        REST method: ``imopenlines.message.quick.save``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/messages/imopenlines-message-quick-save.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.
            message_id: ID of the message to save as a quick answer. Wire name: ``MESSAGE_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.message.quick.save(chat_id=1, message_id=1)
            result = await client.imopenlines.message.quick.save(chat_id=1, message_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMOPENLINES_MESSAGE_QUICK_SAVE,
                {"CHAT_ID": chat_id, "MESSAGE_ID": message_id},
            ),
        )


class AsyncImopenlinesMessageQuick(Namespace):
    """Methods under ``imopenlines.message.quick`` (async)."""

    __slots__ = ()

    async def save(self, *, chat_id: int, message_id: int) -> bool:
        """Store a chat message as a canned (quick) answer.

        REST method: ``imopenlines.message.quick.save``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/messages/imopenlines-message-quick-save.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.
            message_id: ID of the message to save as a quick answer. Wire name: ``MESSAGE_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.message.quick.save(chat_id=1, message_id=1)
            result = await client.imopenlines.message.quick.save(chat_id=1, message_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMOPENLINES_MESSAGE_QUICK_SAVE,
                {"CHAT_ID": chat_id, "MESSAGE_ID": message_id},
            ),
        )


class BatchImopenlinesMessageQuick(Namespace):
    """Methods under ``imopenlines.message.quick`` (queued into a batch)."""

    __slots__ = ()

    def save(self, *, chat_id: int | Ref, message_id: int | Ref) -> BatchCommand[bool]:
        """Store a chat message as a canned (quick) answer.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.message.quick.save``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/messages/imopenlines-message-quick-save.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.
            message_id: ID of the message to save as a quick answer. Wire name: ``MESSAGE_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imopenlines.message.quick.save(chat_id=1, message_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMOPENLINES_MESSAGE_QUICK_SAVE,
                {"CHAT_ID": chat_id, "MESSAGE_ID": message_id},
            ),
        )


class ImopenlinesMessageSession(Namespace):
    """Methods under ``imopenlines.message.session``."""

    __slots__ = ()

    def start(self, *, chat_id: int, message_id: int) -> bool:
        """Start a new conversation session from a given message.

        REST method: ``imopenlines.message.session.start``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-message-session-start.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.
            message_id: ID of the message the new session starts from. Wire name: ``MESSAGE_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.message.session.start(chat_id=1, message_id=1)
            result = await client.imopenlines.message.session.start(chat_id=1, message_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMOPENLINES_MESSAGE_SESSION_START,
                {"CHAT_ID": chat_id, "MESSAGE_ID": message_id},
            ),
        )


class AsyncImopenlinesMessageSession(Namespace):
    """Methods under ``imopenlines.message.session`` (async)."""

    __slots__ = ()

    async def start(self, *, chat_id: int, message_id: int) -> bool:
        """Start a new conversation session from a given message.

        REST method: ``imopenlines.message.session.start``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-message-session-start.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.
            message_id: ID of the message the new session starts from. Wire name: ``MESSAGE_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imopenlines.message.session.start(chat_id=1, message_id=1)
            result = await client.imopenlines.message.session.start(chat_id=1, message_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMOPENLINES_MESSAGE_SESSION_START,
                {"CHAT_ID": chat_id, "MESSAGE_ID": message_id},
            ),
        )


class BatchImopenlinesMessageSession(Namespace):
    """Methods under ``imopenlines.message.session`` (queued into a batch)."""

    __slots__ = ()

    def start(self, *, chat_id: int | Ref, message_id: int | Ref) -> BatchCommand[bool]:
        """Start a new conversation session from a given message.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.message.session.start``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/sessions/imopenlines-message-session-start.html

        Args:
            chat_id: ID of the open channel chat. Wire name: ``CHAT_ID``.
            message_id: ID of the message the new session starts from. Wire name: ``MESSAGE_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imopenlines.message.session.start(chat_id=1, message_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMOPENLINES_MESSAGE_SESSION_START,
                {"CHAT_ID": chat_id, "MESSAGE_ID": message_id},
            ),
        )
