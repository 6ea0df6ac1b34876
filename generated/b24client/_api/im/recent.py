"""Methods under ``im.recent``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from b24client.types.im import ImRecent as _ImRecent

_IM_RECENT_GET = MethodInfo(name="im.recent.get", idempotent=True, returns="any", api=1)
_IM_RECENT_HIDE = MethodInfo(
    name="im.recent.hide", idempotent=False, returns="boolean", api=1
)
_IM_RECENT_LIST = MethodInfo(
    name="im.recent.list", idempotent=True, returns="any", api=1
)
_IM_RECENT_PIN = MethodInfo(
    name="im.recent.pin", idempotent=False, returns="boolean", api=1
)
_IM_RECENT_UNREAD = MethodInfo(
    name="im.recent.unread", idempotent=False, returns="boolean", api=1
)


class ImRecent(Namespace):
    """Methods under ``im.recent``."""

    __slots__ = ()

    def get(
        self,
        *,
        skip_openlines: bool | NotGiven = NOT_GIVEN,
        skip_chat: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        skip_dialog: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        last_update: datetime.datetime | str | NotGiven = NOT_GIVEN,
        only_openlines: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        last_sync_date: datetime.datetime | str | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_ImRecent]:
        """Return the current user's recent conversations list.

        REST method: ``im.recent.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-recent-get.html

        Args:
            skip_openlines: \"Y" leaves out open channel chats. Wire name: ``SKIP_OPENLINES``.
            skip_chat: \"Y" leaves out group chats. Wire name: ``SKIP_CHAT``.
            skip_dialog: \"Y" leaves out one-to-one dialogs. Wire name: ``SKIP_DIALOG``.
            last_update: Return entries changed since this time (ATOM format). Wire name: ``LAST_UPDATE``.
            only_openlines: \"Y" returns only open channel chats. Wire name: ``ONLY_OPENLINES``.
            last_sync_date: Time of the previous fetch (ATOM); only changes since then are returned. Wire name: ``LAST_SYNC_DATE``.

        Returns:
            list[ImRecent]

        Example:
            result = client.im.recent.get()
            result = await client.im.recent.get()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_ImRecent]",
            self._backend._invoke(
                _IM_RECENT_GET,
                {
                    "SKIP_OPENLINES": yes_no(skip_openlines),
                    "SKIP_CHAT": skip_chat,
                    "SKIP_DIALOG": skip_dialog,
                    "LAST_UPDATE": last_update,
                    "ONLY_OPENLINES": only_openlines,
                    "LAST_SYNC_DATE": last_sync_date,
                },
            ),
        )

    def hide(self, *, dialog_id: str) -> bool:
        """Take a conversation off the current user's recent list.

        REST method: ``im.recent.hide``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-recent-hide.html

        Args:
            dialog_id: Dialog to remove from the list ("chatXXX", "sgXXX" or a user ID). Wire name: ``DIALOG_ID``.

        Returns:
            bool

        Example:
            result = client.im.recent.hide(dialog_id="1")
            result = await client.im.recent.hide(dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_IM_RECENT_HIDE, {"DIALOG_ID": dialog_id})
        )

    def list(
        self,
        *,
        skip_openlines: bool | NotGiven = NOT_GIVEN,
        skip_dialog: bool | NotGiven = NOT_GIVEN,
        skip_chat: bool | NotGiven = NOT_GIVEN,
        last_message_date: datetime.datetime | str | NotGiven = NOT_GIVEN,
        unread_only: bool | NotGiven = NOT_GIVEN,
        parse_text: bool | NotGiven = NOT_GIVEN,
        get_original_text: bool | NotGiven = NOT_GIVEN,
        skip_undistributed_openlines: bool | NotGiven = NOT_GIVEN,
        only_copilot: bool | NotGiven = NOT_GIVEN,
        only_channel: bool | NotGiven = NOT_GIVEN,
        can_manage_messages: bool | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_ImRecent]:
        """Return the current user's recent conversations page by page with filters.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``im.recent.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-recent-list.html

        Args:
            skip_openlines: \"Y" leaves out open channel chats. Wire name: ``SKIP_OPENLINES``.
            skip_dialog: \"Y" leaves out one-to-one dialogs. Wire name: ``SKIP_DIALOG``.
            skip_chat: \"Y" leaves out group chats. Wire name: ``SKIP_CHAT``.
            last_message_date: Date of the last item of the previous page (ATOM format). Wire name: ``LAST_MESSAGE_DATE``.
            unread_only: \"Y" returns only conversations with unread messages. Wire name: ``UNREAD_ONLY``.
            parse_text: \"Y" parses the text of the last message. Wire name: ``PARSE_TEXT``.
            get_original_text: \"Y" returns the last message text unconverted. Wire name: ``GET_ORIGINAL_TEXT``.
            skip_undistributed_openlines: \"Y" leaves out open channel chats not yet assigned to an operator. Wire name: ``SKIP_UNDISTRIBUTED_OPENLINES``.
            only_copilot: \"Y" returns only BitrixGPT chats. Wire name: ``ONLY_COPILOT``.
            only_channel: \"Y" returns only channels. Wire name: ``ONLY_CHANNEL``.
            can_manage_messages: \"Y" returns only chats where the user may manage messages. Wire name: ``CAN_MANAGE_MESSAGES``.
            offset: Number of items to skip, for paging. Wire name: ``OFFSET``.
            limit: Items per page (default 50, at most 200). Wire name: ``LIMIT``.
            start: Offset of the first item to return, for standard paging.

        Returns:
            Page[ImRecent]

        Example:
            result = client.im.recent.list()
            result = await client.im.recent.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_ImRecent]",
            self._backend._invoke_page(
                _IM_RECENT_LIST,
                {
                    "SKIP_OPENLINES": yes_no(skip_openlines),
                    "SKIP_DIALOG": yes_no(skip_dialog),
                    "SKIP_CHAT": yes_no(skip_chat),
                    "LAST_MESSAGE_DATE": last_message_date,
                    "UNREAD_ONLY": yes_no(unread_only),
                    "PARSE_TEXT": yes_no(parse_text),
                    "GET_ORIGINAL_TEXT": yes_no(get_original_text),
                    "SKIP_UNDISTRIBUTED_OPENLINES": yes_no(
                        skip_undistributed_openlines
                    ),
                    "ONLY_COPILOT": yes_no(only_copilot),
                    "ONLY_CHANNEL": yes_no(only_channel),
                    "CAN_MANAGE_MESSAGES": yes_no(can_manage_messages),
                    "OFFSET": offset,
                    "LIMIT": limit,
                    "start": start,
                },
            ),
        )

    def pin(self, *, dialog_id: str, pin: bool | NotGiven = NOT_GIVEN) -> bool:
        """Pin a conversation to the top of the recent list, or unpin it.

        REST method: ``im.recent.pin``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-recent-pin.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.
            pin: \"Y" pins the conversation (default), "N" unpins it. Wire name: ``PIN``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.recent.pin(dialog_id="1")
            result = await client.im.recent.pin(dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IM_RECENT_PIN, {"DIALOG_ID": dialog_id, "PIN": yes_no(pin)}
            ),
        )

    def unread(self, *, dialog_id: str, action: bool | NotGiven = NOT_GIVEN) -> bool:
        """Set or clear the manual "unread" mark of a conversation.

        REST method: ``im.recent.unread``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-recent-unread.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.
            action: \"Y" sets the unread mark (default); "N" clears it and marks the dialog read. Wire name: ``ACTION``.

        Returns:
            bool

        Example:
            result = client.im.recent.unread(dialog_id="1")
            result = await client.im.recent.unread(dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IM_RECENT_UNREAD, {"DIALOG_ID": dialog_id, "ACTION": yes_no(action)}
            ),
        )


class AsyncImRecent(Namespace):
    """Methods under ``im.recent`` (async)."""

    __slots__ = ()

    async def get(
        self,
        *,
        skip_openlines: bool | NotGiven = NOT_GIVEN,
        skip_chat: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        skip_dialog: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        last_update: datetime.datetime | str | NotGiven = NOT_GIVEN,
        only_openlines: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        last_sync_date: datetime.datetime | str | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_ImRecent]:
        """Return the current user's recent conversations list.

        REST method: ``im.recent.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-recent-get.html

        Args:
            skip_openlines: \"Y" leaves out open channel chats. Wire name: ``SKIP_OPENLINES``.
            skip_chat: \"Y" leaves out group chats. Wire name: ``SKIP_CHAT``.
            skip_dialog: \"Y" leaves out one-to-one dialogs. Wire name: ``SKIP_DIALOG``.
            last_update: Return entries changed since this time (ATOM format). Wire name: ``LAST_UPDATE``.
            only_openlines: \"Y" returns only open channel chats. Wire name: ``ONLY_OPENLINES``.
            last_sync_date: Time of the previous fetch (ATOM); only changes since then are returned. Wire name: ``LAST_SYNC_DATE``.

        Returns:
            list[ImRecent]

        Example:
            result = client.im.recent.get()
            result = await client.im.recent.get()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_ImRecent]",
            await self._backend._invoke(
                _IM_RECENT_GET,
                {
                    "SKIP_OPENLINES": yes_no(skip_openlines),
                    "SKIP_CHAT": skip_chat,
                    "SKIP_DIALOG": skip_dialog,
                    "LAST_UPDATE": last_update,
                    "ONLY_OPENLINES": only_openlines,
                    "LAST_SYNC_DATE": last_sync_date,
                },
            ),
        )

    async def hide(self, *, dialog_id: str) -> bool:
        """Take a conversation off the current user's recent list.

        REST method: ``im.recent.hide``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-recent-hide.html

        Args:
            dialog_id: Dialog to remove from the list ("chatXXX", "sgXXX" or a user ID). Wire name: ``DIALOG_ID``.

        Returns:
            bool

        Example:
            result = client.im.recent.hide(dialog_id="1")
            result = await client.im.recent.hide(dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_IM_RECENT_HIDE, {"DIALOG_ID": dialog_id})
        )

    async def list(
        self,
        *,
        skip_openlines: bool | NotGiven = NOT_GIVEN,
        skip_dialog: bool | NotGiven = NOT_GIVEN,
        skip_chat: bool | NotGiven = NOT_GIVEN,
        last_message_date: datetime.datetime | str | NotGiven = NOT_GIVEN,
        unread_only: bool | NotGiven = NOT_GIVEN,
        parse_text: bool | NotGiven = NOT_GIVEN,
        get_original_text: bool | NotGiven = NOT_GIVEN,
        skip_undistributed_openlines: bool | NotGiven = NOT_GIVEN,
        only_copilot: bool | NotGiven = NOT_GIVEN,
        only_channel: bool | NotGiven = NOT_GIVEN,
        can_manage_messages: bool | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_ImRecent]:
        """Return the current user's recent conversations page by page with filters.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``im.recent.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-recent-list.html

        Args:
            skip_openlines: \"Y" leaves out open channel chats. Wire name: ``SKIP_OPENLINES``.
            skip_dialog: \"Y" leaves out one-to-one dialogs. Wire name: ``SKIP_DIALOG``.
            skip_chat: \"Y" leaves out group chats. Wire name: ``SKIP_CHAT``.
            last_message_date: Date of the last item of the previous page (ATOM format). Wire name: ``LAST_MESSAGE_DATE``.
            unread_only: \"Y" returns only conversations with unread messages. Wire name: ``UNREAD_ONLY``.
            parse_text: \"Y" parses the text of the last message. Wire name: ``PARSE_TEXT``.
            get_original_text: \"Y" returns the last message text unconverted. Wire name: ``GET_ORIGINAL_TEXT``.
            skip_undistributed_openlines: \"Y" leaves out open channel chats not yet assigned to an operator. Wire name: ``SKIP_UNDISTRIBUTED_OPENLINES``.
            only_copilot: \"Y" returns only BitrixGPT chats. Wire name: ``ONLY_COPILOT``.
            only_channel: \"Y" returns only channels. Wire name: ``ONLY_CHANNEL``.
            can_manage_messages: \"Y" returns only chats where the user may manage messages. Wire name: ``CAN_MANAGE_MESSAGES``.
            offset: Number of items to skip, for paging. Wire name: ``OFFSET``.
            limit: Items per page (default 50, at most 200). Wire name: ``LIMIT``.
            start: Offset of the first item to return, for standard paging.

        Returns:
            AsyncPage[ImRecent]

        Example:
            result = client.im.recent.list()
            result = await client.im.recent.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_ImRecent]",
            await self._backend._invoke_page(
                _IM_RECENT_LIST,
                {
                    "SKIP_OPENLINES": yes_no(skip_openlines),
                    "SKIP_DIALOG": yes_no(skip_dialog),
                    "SKIP_CHAT": yes_no(skip_chat),
                    "LAST_MESSAGE_DATE": last_message_date,
                    "UNREAD_ONLY": yes_no(unread_only),
                    "PARSE_TEXT": yes_no(parse_text),
                    "GET_ORIGINAL_TEXT": yes_no(get_original_text),
                    "SKIP_UNDISTRIBUTED_OPENLINES": yes_no(
                        skip_undistributed_openlines
                    ),
                    "ONLY_COPILOT": yes_no(only_copilot),
                    "ONLY_CHANNEL": yes_no(only_channel),
                    "CAN_MANAGE_MESSAGES": yes_no(can_manage_messages),
                    "OFFSET": offset,
                    "LIMIT": limit,
                    "start": start,
                },
            ),
        )

    async def pin(self, *, dialog_id: str, pin: bool | NotGiven = NOT_GIVEN) -> bool:
        """Pin a conversation to the top of the recent list, or unpin it.

        REST method: ``im.recent.pin``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-recent-pin.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.
            pin: \"Y" pins the conversation (default), "N" unpins it. Wire name: ``PIN``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.recent.pin(dialog_id="1")
            result = await client.im.recent.pin(dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IM_RECENT_PIN, {"DIALOG_ID": dialog_id, "PIN": yes_no(pin)}
            ),
        )

    async def unread(
        self, *, dialog_id: str, action: bool | NotGiven = NOT_GIVEN
    ) -> bool:
        """Set or clear the manual "unread" mark of a conversation.

        REST method: ``im.recent.unread``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-recent-unread.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.
            action: \"Y" sets the unread mark (default); "N" clears it and marks the dialog read. Wire name: ``ACTION``.

        Returns:
            bool

        Example:
            result = client.im.recent.unread(dialog_id="1")
            result = await client.im.recent.unread(dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IM_RECENT_UNREAD, {"DIALOG_ID": dialog_id, "ACTION": yes_no(action)}
            ),
        )


class BatchImRecent(Namespace):
    """Methods under ``im.recent`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self,
        *,
        skip_openlines: bool | Ref | NotGiven = NOT_GIVEN,
        skip_chat: Literal["Y", "N"] | Ref | NotGiven = NOT_GIVEN,
        skip_dialog: Literal["Y", "N"] | Ref | NotGiven = NOT_GIVEN,
        last_update: datetime.datetime | str | Ref | NotGiven = NOT_GIVEN,
        only_openlines: Literal["Y", "N"] | Ref | NotGiven = NOT_GIVEN,
        last_sync_date: datetime.datetime | str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_ImRecent]]:
        """Return the current user's recent conversations list.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.recent.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-recent-get.html

        Args:
            skip_openlines: \"Y" leaves out open channel chats. Wire name: ``SKIP_OPENLINES``.
            skip_chat: \"Y" leaves out group chats. Wire name: ``SKIP_CHAT``.
            skip_dialog: \"Y" leaves out one-to-one dialogs. Wire name: ``SKIP_DIALOG``.
            last_update: Return entries changed since this time (ATOM format). Wire name: ``LAST_UPDATE``.
            only_openlines: \"Y" returns only open channel chats. Wire name: ``ONLY_OPENLINES``.
            last_sync_date: Time of the previous fetch (ATOM); only changes since then are returned. Wire name: ``LAST_SYNC_DATE``.

        Returns:
            BatchCommand[list[ImRecent]]

        Example:
            command = batch.im.recent.get()
        """
        return cast(
            "BatchCommand[builtins.list[_ImRecent]]",
            self._backend._invoke(
                _IM_RECENT_GET,
                {
                    "SKIP_OPENLINES": yes_no(skip_openlines),
                    "SKIP_CHAT": skip_chat,
                    "SKIP_DIALOG": skip_dialog,
                    "LAST_UPDATE": last_update,
                    "ONLY_OPENLINES": only_openlines,
                    "LAST_SYNC_DATE": last_sync_date,
                },
            ),
        )

    def hide(self, *, dialog_id: str | Ref) -> BatchCommand[bool]:
        """Take a conversation off the current user's recent list.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.recent.hide``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-recent-hide.html

        Args:
            dialog_id: Dialog to remove from the list ("chatXXX", "sgXXX" or a user ID). Wire name: ``DIALOG_ID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.im.recent.hide(dialog_id="1")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_IM_RECENT_HIDE, {"DIALOG_ID": dialog_id}),
        )

    def list(
        self,
        *,
        skip_openlines: bool | Ref | NotGiven = NOT_GIVEN,
        skip_dialog: bool | Ref | NotGiven = NOT_GIVEN,
        skip_chat: bool | Ref | NotGiven = NOT_GIVEN,
        last_message_date: datetime.datetime | str | Ref | NotGiven = NOT_GIVEN,
        unread_only: bool | Ref | NotGiven = NOT_GIVEN,
        parse_text: bool | Ref | NotGiven = NOT_GIVEN,
        get_original_text: bool | Ref | NotGiven = NOT_GIVEN,
        skip_undistributed_openlines: bool | Ref | NotGiven = NOT_GIVEN,
        only_copilot: bool | Ref | NotGiven = NOT_GIVEN,
        only_channel: bool | Ref | NotGiven = NOT_GIVEN,
        can_manage_messages: bool | Ref | NotGiven = NOT_GIVEN,
        offset: int | Ref | NotGiven = NOT_GIVEN,
        limit: int | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_ImRecent]]:
        """Return the current user's recent conversations page by page with filters.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.recent.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-recent-list.html

        Args:
            skip_openlines: \"Y" leaves out open channel chats. Wire name: ``SKIP_OPENLINES``.
            skip_dialog: \"Y" leaves out one-to-one dialogs. Wire name: ``SKIP_DIALOG``.
            skip_chat: \"Y" leaves out group chats. Wire name: ``SKIP_CHAT``.
            last_message_date: Date of the last item of the previous page (ATOM format). Wire name: ``LAST_MESSAGE_DATE``.
            unread_only: \"Y" returns only conversations with unread messages. Wire name: ``UNREAD_ONLY``.
            parse_text: \"Y" parses the text of the last message. Wire name: ``PARSE_TEXT``.
            get_original_text: \"Y" returns the last message text unconverted. Wire name: ``GET_ORIGINAL_TEXT``.
            skip_undistributed_openlines: \"Y" leaves out open channel chats not yet assigned to an operator. Wire name: ``SKIP_UNDISTRIBUTED_OPENLINES``.
            only_copilot: \"Y" returns only BitrixGPT chats. Wire name: ``ONLY_COPILOT``.
            only_channel: \"Y" returns only channels. Wire name: ``ONLY_CHANNEL``.
            can_manage_messages: \"Y" returns only chats where the user may manage messages. Wire name: ``CAN_MANAGE_MESSAGES``.
            offset: Number of items to skip, for paging. Wire name: ``OFFSET``.
            limit: Items per page (default 50, at most 200). Wire name: ``LIMIT``.
            start: Offset of the first item to return, for standard paging.

        Returns:
            BatchCommand[list[ImRecent]]

        Example:
            command = batch.im.recent.list()
        """
        return cast(
            "BatchCommand[builtins.list[_ImRecent]]",
            self._backend._invoke_page(
                _IM_RECENT_LIST,
                {
                    "SKIP_OPENLINES": yes_no(skip_openlines),
                    "SKIP_DIALOG": yes_no(skip_dialog),
                    "SKIP_CHAT": yes_no(skip_chat),
                    "LAST_MESSAGE_DATE": last_message_date,
                    "UNREAD_ONLY": yes_no(unread_only),
                    "PARSE_TEXT": yes_no(parse_text),
                    "GET_ORIGINAL_TEXT": yes_no(get_original_text),
                    "SKIP_UNDISTRIBUTED_OPENLINES": yes_no(
                        skip_undistributed_openlines
                    ),
                    "ONLY_COPILOT": yes_no(only_copilot),
                    "ONLY_CHANNEL": yes_no(only_channel),
                    "CAN_MANAGE_MESSAGES": yes_no(can_manage_messages),
                    "OFFSET": offset,
                    "LIMIT": limit,
                    "start": start,
                },
            ),
        )

    def pin(
        self, *, dialog_id: str | Ref, pin: bool | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[bool]:
        """Pin a conversation to the top of the recent list, or unpin it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.recent.pin``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-recent-pin.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.
            pin: \"Y" pins the conversation (default), "N" unpins it. Wire name: ``PIN``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.im.recent.pin(dialog_id="1")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IM_RECENT_PIN, {"DIALOG_ID": dialog_id, "PIN": yes_no(pin)}
            ),
        )

    def unread(
        self, *, dialog_id: str | Ref, action: bool | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[bool]:
        """Set or clear the manual "unread" mark of a conversation.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.recent.unread``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-recent-unread.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.
            action: \"Y" sets the unread mark (default); "N" clears it and marks the dialog read. Wire name: ``ACTION``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.im.recent.unread(dialog_id="1")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IM_RECENT_UNREAD, {"DIALOG_ID": dialog_id, "ACTION": yes_no(action)}
            ),
        )
