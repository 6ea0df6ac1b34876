"""Methods under ``im.dialog``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from b24client.types.im import (
        ImDialog as _ImDialog,
        ImDialogMessages as _ImDialogMessages,
        ImDialogMessagesSearchResult,
        ImDialogReadResult,
        ImDialogUsers as _ImDialogUsers,
    )

_IM_DIALOG_GET = MethodInfo(name="im.dialog.get", idempotent=True, returns="any", api=1)
_IM_DIALOG_UNREAD = MethodInfo(
    name="im.dialog.unread", idempotent=False, returns="boolean", api=1
)
_IM_DIALOG_WRITING = MethodInfo(
    name="im.dialog.writing", idempotent=False, returns="boolean", api=1
)
_IM_DIALOG_MESSAGES_GET = MethodInfo(
    name="im.dialog.messages.get", idempotent=True, returns="any", api=1
)
_IM_DIALOG_MESSAGES_SEARCH = MethodInfo(
    name="im.dialog.messages.search", idempotent=True, returns="any", api=1
)
_IM_DIALOG_READ = MethodInfo(
    name="im.dialog.read", idempotent=False, returns="any", api=1
)
_IM_DIALOG_READ_ALL = MethodInfo(
    name="im.dialog.read.all", idempotent=False, returns="boolean", api=1
)
_IM_DIALOG_USERS_LIST = MethodInfo(
    name="im.dialog.users.list", idempotent=True, returns="any", api=1
)


class ImDialog(Namespace):
    """Methods under ``im.dialog``."""

    __slots__ = ()

    @property
    def messages(self) -> ImDialogMessages:
        """Methods under ``im.dialog.messages``."""
        return ImDialogMessages(self._backend)

    @property
    def read(self) -> ImDialogRead:
        """Methods under ``im.dialog.read``."""
        return ImDialogRead(self._backend)

    @property
    def users(self) -> ImDialogUsers:
        """Methods under ``im.dialog.users``."""
        return ImDialogUsers(self._backend)

    def get(self, *, dialog_id: str) -> _ImDialog:
        """Return full details of a chat or private conversation.

        REST method: ``im.dialog.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-dialog-get.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.

        Returns:
            ImDialog

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.dialog.get(dialog_id="1")
            result = await client.im.dialog.get(dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            "_ImDialog", self._backend._invoke(_IM_DIALOG_GET, {"DIALOG_ID": dialog_id})
        )

    def unread(self, *, dialog_id: str, message_id: int) -> bool:
        """Mark conversation messages as unread starting from a given message.

        REST method: ``im.dialog.unread``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-unread.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.
            message_id: First message to mark as unread. Wire name: ``MESSAGE_ID``.

        Returns:
            bool

        Example:
            result = client.im.dialog.unread(dialog_id="1", message_id=1)
            result = await client.im.dialog.unread(dialog_id="1", message_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IM_DIALOG_UNREAD, {"DIALOG_ID": dialog_id, "MESSAGE_ID": message_id}
            ),
        )

    def writing(self, *, dialog_id: str) -> bool:
        """Show the "user is typing" indicator in a conversation.

        REST method: ``im.dialog.writing``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-writing.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.dialog.writing(dialog_id="1")
            result = await client.im.dialog.writing(dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_IM_DIALOG_WRITING, {"DIALOG_ID": dialog_id})
        )


class AsyncImDialog(Namespace):
    """Methods under ``im.dialog`` (async)."""

    __slots__ = ()

    @property
    def messages(self) -> AsyncImDialogMessages:
        """Methods under ``im.dialog.messages``."""
        return AsyncImDialogMessages(self._backend)

    @property
    def read(self) -> AsyncImDialogRead:
        """Methods under ``im.dialog.read``."""
        return AsyncImDialogRead(self._backend)

    @property
    def users(self) -> AsyncImDialogUsers:
        """Methods under ``im.dialog.users``."""
        return AsyncImDialogUsers(self._backend)

    async def get(self, *, dialog_id: str) -> _ImDialog:
        """Return full details of a chat or private conversation.

        REST method: ``im.dialog.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-dialog-get.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.

        Returns:
            ImDialog

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.dialog.get(dialog_id="1")
            result = await client.im.dialog.get(dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            "_ImDialog",
            await self._backend._invoke(_IM_DIALOG_GET, {"DIALOG_ID": dialog_id}),
        )

    async def unread(self, *, dialog_id: str, message_id: int) -> bool:
        """Mark conversation messages as unread starting from a given message.

        REST method: ``im.dialog.unread``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-unread.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.
            message_id: First message to mark as unread. Wire name: ``MESSAGE_ID``.

        Returns:
            bool

        Example:
            result = client.im.dialog.unread(dialog_id="1", message_id=1)
            result = await client.im.dialog.unread(dialog_id="1", message_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IM_DIALOG_UNREAD, {"DIALOG_ID": dialog_id, "MESSAGE_ID": message_id}
            ),
        )

    async def writing(self, *, dialog_id: str) -> bool:
        """Show the "user is typing" indicator in a conversation.

        REST method: ``im.dialog.writing``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-writing.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.dialog.writing(dialog_id="1")
            result = await client.im.dialog.writing(dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_IM_DIALOG_WRITING, {"DIALOG_ID": dialog_id}),
        )


class BatchImDialog(Namespace):
    """Methods under ``im.dialog`` (queued into a batch)."""

    __slots__ = ()

    @property
    def messages(self) -> BatchImDialogMessages:
        """Methods under ``im.dialog.messages``."""
        return BatchImDialogMessages(self._backend)

    @property
    def read(self) -> BatchImDialogRead:
        """Methods under ``im.dialog.read``."""
        return BatchImDialogRead(self._backend)

    @property
    def users(self) -> BatchImDialogUsers:
        """Methods under ``im.dialog.users``."""
        return BatchImDialogUsers(self._backend)

    def get(self, *, dialog_id: str | Ref) -> BatchCommand[_ImDialog]:
        """Return full details of a chat or private conversation.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.dialog.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-dialog-get.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.

        Returns:
            BatchCommand[ImDialog]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.im.dialog.get(dialog_id="1")
        """
        return cast(
            "BatchCommand[_ImDialog]",
            self._backend._invoke(_IM_DIALOG_GET, {"DIALOG_ID": dialog_id}),
        )

    def unread(
        self, *, dialog_id: str | Ref, message_id: int | Ref
    ) -> BatchCommand[bool]:
        """Mark conversation messages as unread starting from a given message.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.dialog.unread``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-unread.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.
            message_id: First message to mark as unread. Wire name: ``MESSAGE_ID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.im.dialog.unread(dialog_id="1", message_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IM_DIALOG_UNREAD, {"DIALOG_ID": dialog_id, "MESSAGE_ID": message_id}
            ),
        )

    def writing(self, *, dialog_id: str | Ref) -> BatchCommand[bool]:
        """Show the "user is typing" indicator in a conversation.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.dialog.writing``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-writing.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.im.dialog.writing(dialog_id="1")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_IM_DIALOG_WRITING, {"DIALOG_ID": dialog_id}),
        )


class ImDialogMessages(Namespace):
    """Methods under ``im.dialog.messages``."""

    __slots__ = ()

    def get(
        self,
        *,
        dialog_id: str,
        last_id: int | NotGiven = NOT_GIVEN,
        first_id: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
    ) -> _ImDialogMessages:
        """Load a page of messages from a conversation, including system ones.

        Standard paging (start) is not supported; walk the history with LAST_ID or FIRST_ID. The call may return more messages than LIMIT.

        REST method: ``im.dialog.messages.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-messages-get.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.
            last_id: Load messages older than this message ID. Wire name: ``LAST_ID``.
            first_id: Load messages newer than this message ID. Wire name: ``FIRST_ID``.
            limit: Number of messages to load (default 20). Wire name: ``LIMIT``.

        Returns:
            ImDialogMessages

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.dialog.messages.get(dialog_id="1")
            result = await client.im.dialog.messages.get(dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            "_ImDialogMessages",
            self._backend._invoke(
                _IM_DIALOG_MESSAGES_GET,
                {
                    "DIALOG_ID": dialog_id,
                    "LAST_ID": last_id,
                    "FIRST_ID": first_id,
                    "LIMIT": limit,
                },
            ),
        )

    def search(
        self,
        *,
        chat_id: int,
        search_message: str | NotGiven = NOT_GIVEN,
        date_from: datetime.datetime | str | NotGiven = NOT_GIVEN,
        date_to: datetime.datetime | str | NotGiven = NOT_GIVEN,
        date: datetime.datetime | str | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        last_id: int | NotGiven = NOT_GIVEN,
    ) -> ImDialogMessagesSearchResult:
        """Find messages in a chat by text, date range or date.

        REST method: ``im.dialog.messages.search``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-messages-search.html

        Args:
            chat_id: ID of the chat to search in. Wire name: ``CHAT_ID``.
            search_message: Text to look for; used only when longer than 2 characters. Wire name: ``SEARCH_MESSAGE``.
            date_from: Start of the period, ISO 8601 date-time. Wire name: ``DATE_FROM``.
            date_to: End of the period, ISO 8601 date-time. Wire name: ``DATE_TO``.
            date: A single day to search, ISO 8601 date-time. Wire name: ``DATE``.
            order: Sort order by message ID, such as {"ID": "DESC"} (default). Wire name: ``ORDER``.
            limit: Number of messages to return (default 50, at most 200). Wire name: ``LIMIT``.
            last_id: ID of the last message of the previous page. Wire name: ``LAST_ID``.

        Returns:
            ImDialogMessagesSearchResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.dialog.messages.search(chat_id=1)
            result = await client.im.dialog.messages.search(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            "ImDialogMessagesSearchResult",
            self._backend._invoke(
                _IM_DIALOG_MESSAGES_SEARCH,
                {
                    "CHAT_ID": chat_id,
                    "SEARCH_MESSAGE": search_message,
                    "DATE_FROM": date_from,
                    "DATE_TO": date_to,
                    "DATE": date,
                    "ORDER": order,
                    "LIMIT": limit,
                    "LAST_ID": last_id,
                },
            ),
        )


class AsyncImDialogMessages(Namespace):
    """Methods under ``im.dialog.messages`` (async)."""

    __slots__ = ()

    async def get(
        self,
        *,
        dialog_id: str,
        last_id: int | NotGiven = NOT_GIVEN,
        first_id: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
    ) -> _ImDialogMessages:
        """Load a page of messages from a conversation, including system ones.

        Standard paging (start) is not supported; walk the history with LAST_ID or FIRST_ID. The call may return more messages than LIMIT.

        REST method: ``im.dialog.messages.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-messages-get.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.
            last_id: Load messages older than this message ID. Wire name: ``LAST_ID``.
            first_id: Load messages newer than this message ID. Wire name: ``FIRST_ID``.
            limit: Number of messages to load (default 20). Wire name: ``LIMIT``.

        Returns:
            ImDialogMessages

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.dialog.messages.get(dialog_id="1")
            result = await client.im.dialog.messages.get(dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            "_ImDialogMessages",
            await self._backend._invoke(
                _IM_DIALOG_MESSAGES_GET,
                {
                    "DIALOG_ID": dialog_id,
                    "LAST_ID": last_id,
                    "FIRST_ID": first_id,
                    "LIMIT": limit,
                },
            ),
        )

    async def search(
        self,
        *,
        chat_id: int,
        search_message: str | NotGiven = NOT_GIVEN,
        date_from: datetime.datetime | str | NotGiven = NOT_GIVEN,
        date_to: datetime.datetime | str | NotGiven = NOT_GIVEN,
        date: datetime.datetime | str | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        last_id: int | NotGiven = NOT_GIVEN,
    ) -> ImDialogMessagesSearchResult:
        """Find messages in a chat by text, date range or date.

        REST method: ``im.dialog.messages.search``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-messages-search.html

        Args:
            chat_id: ID of the chat to search in. Wire name: ``CHAT_ID``.
            search_message: Text to look for; used only when longer than 2 characters. Wire name: ``SEARCH_MESSAGE``.
            date_from: Start of the period, ISO 8601 date-time. Wire name: ``DATE_FROM``.
            date_to: End of the period, ISO 8601 date-time. Wire name: ``DATE_TO``.
            date: A single day to search, ISO 8601 date-time. Wire name: ``DATE``.
            order: Sort order by message ID, such as {"ID": "DESC"} (default). Wire name: ``ORDER``.
            limit: Number of messages to return (default 50, at most 200). Wire name: ``LIMIT``.
            last_id: ID of the last message of the previous page. Wire name: ``LAST_ID``.

        Returns:
            ImDialogMessagesSearchResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.dialog.messages.search(chat_id=1)
            result = await client.im.dialog.messages.search(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            "ImDialogMessagesSearchResult",
            await self._backend._invoke(
                _IM_DIALOG_MESSAGES_SEARCH,
                {
                    "CHAT_ID": chat_id,
                    "SEARCH_MESSAGE": search_message,
                    "DATE_FROM": date_from,
                    "DATE_TO": date_to,
                    "DATE": date,
                    "ORDER": order,
                    "LIMIT": limit,
                    "LAST_ID": last_id,
                },
            ),
        )


class BatchImDialogMessages(Namespace):
    """Methods under ``im.dialog.messages`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self,
        *,
        dialog_id: str | Ref,
        last_id: int | Ref | NotGiven = NOT_GIVEN,
        first_id: int | Ref | NotGiven = NOT_GIVEN,
        limit: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[_ImDialogMessages]:
        """Load a page of messages from a conversation, including system ones.

        Standard paging (start) is not supported; walk the history with LAST_ID or FIRST_ID. The call may return more messages than LIMIT.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.dialog.messages.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-messages-get.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.
            last_id: Load messages older than this message ID. Wire name: ``LAST_ID``.
            first_id: Load messages newer than this message ID. Wire name: ``FIRST_ID``.
            limit: Number of messages to load (default 20). Wire name: ``LIMIT``.

        Returns:
            BatchCommand[ImDialogMessages]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.im.dialog.messages.get(dialog_id="1")
        """
        return cast(
            "BatchCommand[_ImDialogMessages]",
            self._backend._invoke(
                _IM_DIALOG_MESSAGES_GET,
                {
                    "DIALOG_ID": dialog_id,
                    "LAST_ID": last_id,
                    "FIRST_ID": first_id,
                    "LIMIT": limit,
                },
            ),
        )

    def search(
        self,
        *,
        chat_id: int | Ref,
        search_message: str | Ref | NotGiven = NOT_GIVEN,
        date_from: datetime.datetime | str | Ref | NotGiven = NOT_GIVEN,
        date_to: datetime.datetime | str | Ref | NotGiven = NOT_GIVEN,
        date: datetime.datetime | str | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        limit: int | Ref | NotGiven = NOT_GIVEN,
        last_id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[ImDialogMessagesSearchResult]:
        """Find messages in a chat by text, date range or date.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.dialog.messages.search``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-messages-search.html

        Args:
            chat_id: ID of the chat to search in. Wire name: ``CHAT_ID``.
            search_message: Text to look for; used only when longer than 2 characters. Wire name: ``SEARCH_MESSAGE``.
            date_from: Start of the period, ISO 8601 date-time. Wire name: ``DATE_FROM``.
            date_to: End of the period, ISO 8601 date-time. Wire name: ``DATE_TO``.
            date: A single day to search, ISO 8601 date-time. Wire name: ``DATE``.
            order: Sort order by message ID, such as {"ID": "DESC"} (default). Wire name: ``ORDER``.
            limit: Number of messages to return (default 50, at most 200). Wire name: ``LIMIT``.
            last_id: ID of the last message of the previous page. Wire name: ``LAST_ID``.

        Returns:
            BatchCommand[ImDialogMessagesSearchResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.im.dialog.messages.search(chat_id=1)
        """
        return cast(
            "BatchCommand[ImDialogMessagesSearchResult]",
            self._backend._invoke(
                _IM_DIALOG_MESSAGES_SEARCH,
                {
                    "CHAT_ID": chat_id,
                    "SEARCH_MESSAGE": search_message,
                    "DATE_FROM": date_from,
                    "DATE_TO": date_to,
                    "DATE": date,
                    "ORDER": order,
                    "LIMIT": limit,
                    "LAST_ID": last_id,
                },
            ),
        )


class ImDialogRead(Namespace):
    """Methods under ``im.dialog.read``."""

    __slots__ = ()

    def __call__(
        self, *, dialog_id: str, message_id: int | NotGiven = NOT_GIVEN
    ) -> ImDialogReadResult:
        """Mark conversation messages as read up to a given message.

        Returns false when the user has no access to the chat.

        REST method: ``im.dialog.read``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-read.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.
            message_id: Last message to mark as read; when omitted, all unread messages are marked. Wire name: ``MESSAGE_ID``.

        Returns:
            ImDialogReadResult

        Example:
            result = client.im.dialog.read(dialog_id="1")
            result = await client.im.dialog.read(dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            "ImDialogReadResult",
            self._backend._invoke(
                _IM_DIALOG_READ, {"DIALOG_ID": dialog_id, "MESSAGE_ID": message_id}
            ),
        )

    def all(self) -> bool:
        """Mark every conversation of the current user as read.

        REST method: ``im.dialog.read.all``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-dialog-read-all.html

        Returns:
            bool

        Example:
            result = client.im.dialog.read.all()
            result = await client.im.dialog.read.all()  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_IM_DIALOG_READ_ALL, {}))


class AsyncImDialogRead(Namespace):
    """Methods under ``im.dialog.read`` (async)."""

    __slots__ = ()

    async def __call__(
        self, *, dialog_id: str, message_id: int | NotGiven = NOT_GIVEN
    ) -> ImDialogReadResult:
        """Mark conversation messages as read up to a given message.

        Returns false when the user has no access to the chat.

        REST method: ``im.dialog.read``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-read.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.
            message_id: Last message to mark as read; when omitted, all unread messages are marked. Wire name: ``MESSAGE_ID``.

        Returns:
            ImDialogReadResult

        Example:
            result = client.im.dialog.read(dialog_id="1")
            result = await client.im.dialog.read(dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            "ImDialogReadResult",
            await self._backend._invoke(
                _IM_DIALOG_READ, {"DIALOG_ID": dialog_id, "MESSAGE_ID": message_id}
            ),
        )

    async def all(self) -> bool:
        """Mark every conversation of the current user as read.

        REST method: ``im.dialog.read.all``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-dialog-read-all.html

        Returns:
            bool

        Example:
            result = client.im.dialog.read.all()
            result = await client.im.dialog.read.all()  # AsyncBitrix24
        """
        return cast(bool, await self._backend._invoke(_IM_DIALOG_READ_ALL, {}))


class BatchImDialogRead(Namespace):
    """Methods under ``im.dialog.read`` (queued into a batch)."""

    __slots__ = ()

    def __call__(
        self, *, dialog_id: str | Ref, message_id: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[ImDialogReadResult]:
        """Mark conversation messages as read up to a given message.

        Returns false when the user has no access to the chat.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.dialog.read``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-read.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.
            message_id: Last message to mark as read; when omitted, all unread messages are marked. Wire name: ``MESSAGE_ID``.

        Returns:
            BatchCommand[ImDialogReadResult]

        Example:
            command = batch.im.dialog.read(dialog_id="1")
        """
        return cast(
            "BatchCommand[ImDialogReadResult]",
            self._backend._invoke(
                _IM_DIALOG_READ, {"DIALOG_ID": dialog_id, "MESSAGE_ID": message_id}
            ),
        )

    def all(self) -> BatchCommand[bool]:
        """Mark every conversation of the current user as read.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.dialog.read.all``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-dialog-read-all.html

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.im.dialog.read.all()
        """
        return cast(
            "BatchCommand[bool]", self._backend._invoke(_IM_DIALOG_READ_ALL, {})
        )


class ImDialogUsers(Namespace):
    """Methods under ``im.dialog.users``."""

    __slots__ = ()

    def list(
        self,
        *,
        dialog_id: str,
        skip_external: bool | NotGiven = NOT_GIVEN,
        skip_external_except_types: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        last_id: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_ImDialogUsers]:
        """List conversation members with their profile details, page by page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``im.dialog.users.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-dialog-users-list.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.
            skip_external: \"Y" leaves out system users such as bots and connector users. Wire name: ``SKIP_EXTERNAL``.
            skip_external_except_types: Comma-separated system user types to keep despite SKIP_EXTERNAL, such as "bot, email". Wire name: ``SKIP_EXTERNAL_EXCEPT_TYPES``.
            limit: Members per page (default 50, at most 200). Wire name: ``LIMIT``.
            last_id: ID of the last member of the previous page. Wire name: ``LAST_ID``.
            offset: Number of items to skip, for paging. Wire name: ``OFFSET``.
            start: Offset of the first item to return, for standard paging.

        Returns:
            Page[ImDialogUsers]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.dialog.users.list(dialog_id="1")
            result = await client.im.dialog.users.list(dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            "Page[_ImDialogUsers]",
            self._backend._invoke_page(
                _IM_DIALOG_USERS_LIST,
                {
                    "DIALOG_ID": dialog_id,
                    "SKIP_EXTERNAL": yes_no(skip_external),
                    "SKIP_EXTERNAL_EXCEPT_TYPES": skip_external_except_types,
                    "LIMIT": limit,
                    "LAST_ID": last_id,
                    "OFFSET": offset,
                    "start": start,
                },
            ),
        )


class AsyncImDialogUsers(Namespace):
    """Methods under ``im.dialog.users`` (async)."""

    __slots__ = ()

    async def list(
        self,
        *,
        dialog_id: str,
        skip_external: bool | NotGiven = NOT_GIVEN,
        skip_external_except_types: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        last_id: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_ImDialogUsers]:
        """List conversation members with their profile details, page by page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``im.dialog.users.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-dialog-users-list.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.
            skip_external: \"Y" leaves out system users such as bots and connector users. Wire name: ``SKIP_EXTERNAL``.
            skip_external_except_types: Comma-separated system user types to keep despite SKIP_EXTERNAL, such as "bot, email". Wire name: ``SKIP_EXTERNAL_EXCEPT_TYPES``.
            limit: Members per page (default 50, at most 200). Wire name: ``LIMIT``.
            last_id: ID of the last member of the previous page. Wire name: ``LAST_ID``.
            offset: Number of items to skip, for paging. Wire name: ``OFFSET``.
            start: Offset of the first item to return, for standard paging.

        Returns:
            AsyncPage[ImDialogUsers]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.dialog.users.list(dialog_id="1")
            result = await client.im.dialog.users.list(dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_ImDialogUsers]",
            await self._backend._invoke_page(
                _IM_DIALOG_USERS_LIST,
                {
                    "DIALOG_ID": dialog_id,
                    "SKIP_EXTERNAL": yes_no(skip_external),
                    "SKIP_EXTERNAL_EXCEPT_TYPES": skip_external_except_types,
                    "LIMIT": limit,
                    "LAST_ID": last_id,
                    "OFFSET": offset,
                    "start": start,
                },
            ),
        )


class BatchImDialogUsers(Namespace):
    """Methods under ``im.dialog.users`` (queued into a batch)."""

    __slots__ = ()

    def list(
        self,
        *,
        dialog_id: str | Ref,
        skip_external: bool | Ref | NotGiven = NOT_GIVEN,
        skip_external_except_types: str | Ref | NotGiven = NOT_GIVEN,
        limit: int | Ref | NotGiven = NOT_GIVEN,
        last_id: int | Ref | NotGiven = NOT_GIVEN,
        offset: int | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_ImDialogUsers]]:
        """List conversation members with their profile details, page by page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.dialog.users.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-dialog-users-list.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.
            skip_external: \"Y" leaves out system users such as bots and connector users. Wire name: ``SKIP_EXTERNAL``.
            skip_external_except_types: Comma-separated system user types to keep despite SKIP_EXTERNAL, such as "bot, email". Wire name: ``SKIP_EXTERNAL_EXCEPT_TYPES``.
            limit: Members per page (default 50, at most 200). Wire name: ``LIMIT``.
            last_id: ID of the last member of the previous page. Wire name: ``LAST_ID``.
            offset: Number of items to skip, for paging. Wire name: ``OFFSET``.
            start: Offset of the first item to return, for standard paging.

        Returns:
            BatchCommand[list[ImDialogUsers]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.im.dialog.users.list(dialog_id="1")
        """
        return cast(
            "BatchCommand[builtins.list[_ImDialogUsers]]",
            self._backend._invoke_page(
                _IM_DIALOG_USERS_LIST,
                {
                    "DIALOG_ID": dialog_id,
                    "SKIP_EXTERNAL": yes_no(skip_external),
                    "SKIP_EXTERNAL_EXCEPT_TYPES": skip_external_except_types,
                    "LIMIT": limit,
                    "LAST_ID": last_id,
                    "OFFSET": offset,
                    "start": start,
                },
            ),
        )
