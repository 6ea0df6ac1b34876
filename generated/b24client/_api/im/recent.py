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
        """Get im recent.

        REST method: ``im.recent.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-recent-get.html

        Args:
            skip_openlines: Wire name: ``SKIP_OPENLINES``.
            skip_chat: Wire name: ``SKIP_CHAT``.
            skip_dialog: Wire name: ``SKIP_DIALOG``.
            last_update: Wire name: ``LAST_UPDATE``.
            only_openlines: Wire name: ``ONLY_OPENLINES``.
            last_sync_date: Wire name: ``LAST_SYNC_DATE``.

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
        """Hide im recent.

        REST method: ``im.recent.hide``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-recent-hide.html

        Args:
            dialog_id: Wire name: ``DIALOG_ID``.

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
        """List im recent entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``im.recent.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-recent-list.html

        Args:
            skip_openlines: Wire name: ``SKIP_OPENLINES``.
            skip_dialog: Wire name: ``SKIP_DIALOG``.
            skip_chat: Wire name: ``SKIP_CHAT``.
            last_message_date: Wire name: ``LAST_MESSAGE_DATE``.
            unread_only: Wire name: ``UNREAD_ONLY``.
            parse_text: Wire name: ``PARSE_TEXT``.
            get_original_text: Wire name: ``GET_ORIGINAL_TEXT``.
            skip_undistributed_openlines: Wire name: ``SKIP_UNDISTRIBUTED_OPENLINES``.
            only_copilot: Wire name: ``ONLY_COPILOT``.
            only_channel: Wire name: ``ONLY_CHANNEL``.
            can_manage_messages: Wire name: ``CAN_MANAGE_MESSAGES``.
            offset: Wire name: ``OFFSET``.
            limit: Wire name: ``LIMIT``.

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
        """Pin im recent.

        REST method: ``im.recent.pin``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-recent-pin.html

        Args:
            dialog_id: Wire name: ``DIALOG_ID``.
            pin: Wire name: ``PIN``.

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
        """Call unread on im recent.

        REST method: ``im.recent.unread``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-recent-unread.html

        Args:
            dialog_id: Wire name: ``DIALOG_ID``.
            action: Wire name: ``ACTION``.

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
        """Get im recent.

        REST method: ``im.recent.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-recent-get.html

        Args:
            skip_openlines: Wire name: ``SKIP_OPENLINES``.
            skip_chat: Wire name: ``SKIP_CHAT``.
            skip_dialog: Wire name: ``SKIP_DIALOG``.
            last_update: Wire name: ``LAST_UPDATE``.
            only_openlines: Wire name: ``ONLY_OPENLINES``.
            last_sync_date: Wire name: ``LAST_SYNC_DATE``.

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
        """Hide im recent.

        REST method: ``im.recent.hide``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-recent-hide.html

        Args:
            dialog_id: Wire name: ``DIALOG_ID``.

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
        """List im recent entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``im.recent.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-recent-list.html

        Args:
            skip_openlines: Wire name: ``SKIP_OPENLINES``.
            skip_dialog: Wire name: ``SKIP_DIALOG``.
            skip_chat: Wire name: ``SKIP_CHAT``.
            last_message_date: Wire name: ``LAST_MESSAGE_DATE``.
            unread_only: Wire name: ``UNREAD_ONLY``.
            parse_text: Wire name: ``PARSE_TEXT``.
            get_original_text: Wire name: ``GET_ORIGINAL_TEXT``.
            skip_undistributed_openlines: Wire name: ``SKIP_UNDISTRIBUTED_OPENLINES``.
            only_copilot: Wire name: ``ONLY_COPILOT``.
            only_channel: Wire name: ``ONLY_CHANNEL``.
            can_manage_messages: Wire name: ``CAN_MANAGE_MESSAGES``.
            offset: Wire name: ``OFFSET``.
            limit: Wire name: ``LIMIT``.

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
        """Pin im recent.

        REST method: ``im.recent.pin``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-recent-pin.html

        Args:
            dialog_id: Wire name: ``DIALOG_ID``.
            pin: Wire name: ``PIN``.

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
        """Call unread on im recent.

        REST method: ``im.recent.unread``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-recent-unread.html

        Args:
            dialog_id: Wire name: ``DIALOG_ID``.
            action: Wire name: ``ACTION``.

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
        """Get im recent.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.recent.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-recent-get.html

        Args:
            skip_openlines: Wire name: ``SKIP_OPENLINES``.
            skip_chat: Wire name: ``SKIP_CHAT``.
            skip_dialog: Wire name: ``SKIP_DIALOG``.
            last_update: Wire name: ``LAST_UPDATE``.
            only_openlines: Wire name: ``ONLY_OPENLINES``.
            last_sync_date: Wire name: ``LAST_SYNC_DATE``.

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
        """Hide im recent.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.recent.hide``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-recent-hide.html

        Args:
            dialog_id: Wire name: ``DIALOG_ID``.

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
        """List im recent entries.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.recent.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-recent-list.html

        Args:
            skip_openlines: Wire name: ``SKIP_OPENLINES``.
            skip_dialog: Wire name: ``SKIP_DIALOG``.
            skip_chat: Wire name: ``SKIP_CHAT``.
            last_message_date: Wire name: ``LAST_MESSAGE_DATE``.
            unread_only: Wire name: ``UNREAD_ONLY``.
            parse_text: Wire name: ``PARSE_TEXT``.
            get_original_text: Wire name: ``GET_ORIGINAL_TEXT``.
            skip_undistributed_openlines: Wire name: ``SKIP_UNDISTRIBUTED_OPENLINES``.
            only_copilot: Wire name: ``ONLY_COPILOT``.
            only_channel: Wire name: ``ONLY_CHANNEL``.
            can_manage_messages: Wire name: ``CAN_MANAGE_MESSAGES``.
            offset: Wire name: ``OFFSET``.
            limit: Wire name: ``LIMIT``.

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
        """Pin im recent.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.recent.pin``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-recent-pin.html

        Args:
            dialog_id: Wire name: ``DIALOG_ID``.
            pin: Wire name: ``PIN``.

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
        """Call unread on im recent.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.recent.unread``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-recent-unread.html

        Args:
            dialog_id: Wire name: ``DIALOG_ID``.
            action: Wire name: ``ACTION``.

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
