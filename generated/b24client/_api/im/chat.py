"""Methods under ``im.chat``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.callsite import require_one_of
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from b24client.types.im import ImChat as _ImChat

_IM_CHAT_ADD = MethodInfo(
    name="im.chat.add", idempotent=False, returns="integer", api=1
)
_IM_CHAT_GET = MethodInfo(name="im.chat.get", idempotent=True, returns="any", api=1)
_IM_CHAT_LEAVE = MethodInfo(
    name="im.chat.leave", idempotent=False, returns="boolean", api=1
)
_IM_CHAT_MUTE = MethodInfo(
    name="im.chat.mute", idempotent=False, returns="boolean", api=1
)
_IM_CHAT_SET_OWNER = MethodInfo(
    name="im.chat.setOwner", idempotent=False, returns="boolean", api=1
)
_IM_CHAT_UPDATE_AVATAR = MethodInfo(
    name="im.chat.updateAvatar", idempotent=False, returns="boolean", api=1
)
_IM_CHAT_UPDATE_COLOR = MethodInfo(
    name="im.chat.updateColor", idempotent=False, returns="boolean", api=1
)
_IM_CHAT_UPDATE_TITLE = MethodInfo(
    name="im.chat.updateTitle", idempotent=False, returns="boolean", api=1
)
_IM_CHAT_USER_ADD = MethodInfo(
    name="im.chat.user.add", idempotent=False, returns="boolean", api=1
)
_IM_CHAT_USER_DELETE = MethodInfo(
    name="im.chat.user.delete", idempotent=False, returns="boolean", api=1
)
_IM_CHAT_USER_LIST = MethodInfo(
    name="im.chat.user.list", idempotent=True, returns="any", api=1
)


class ImChat(Namespace):
    """Methods under ``im.chat``."""

    __slots__ = ()

    @property
    def user(self) -> ImChatUser:
        """Methods under ``im.chat.user``."""
        return ImChatUser(self._backend)

    def add(
        self,
        *,
        users: Sequence[int] | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        color: (
            Literal[
                "RED",
                "GREEN",
                "MINT",
                "LIGHT_BLUE",
                "DARK_BLUE",
                "PURPLE",
                "AQUA",
                "PINK",
                "LIME",
                "BROWN",
                "AZURE",
                "KHAKI",
                "SAND",
                "MARENGO",
                "GRAY",
                "GRAPHITE",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        message: str | NotGiven = NOT_GIVEN,
        avatar: str | NotGiven = NOT_GIVEN,
        entity_type: (
            Literal[
                "VIDEOCONF",
                "AI_ASSISTANT_PRIVATE",
                "LINES",
                "LIVECHAT",
                "ANNOUNCEMENT",
                "CALENDAR",
                "MAIL",
                "CRM",
                "SONET_GROUP",
                "TASKS",
                "CALL",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        entity_id: str | NotGiven = NOT_GIVEN,
        copilot_main_role: str | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a group chat with the given members and return its ID.

        REST method: ``im.chat.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-chat-add.html

        Args:
            users: IDs of the users to add; the creator joins automatically as owner. Wire name: ``USERS``.
            type: \"OPEN" for an open chat anyone can join, "CHAT" for a closed one (default). Wire name: ``TYPE``.
            title: Chat title; generated from colour and number or member names when omitted. Wire name: ``TITLE``.
            description: Chat description. Wire name: ``DESCRIPTION``.
            color: Chat colour, used where the chat has no avatar, such as "RED", "MINT" or "GRAPHITE". Wire name: ``COLOR``.
            message: First message posted in the new chat. Wire name: ``MESSAGE``.
            avatar: Chat picture as a base64-encoded image, at most 5000x5000 pixels. Wire name: ``AVATAR``.
            entity_type: Kind of object the chat is linked to, such as "CRM", "TASKS" or "CALENDAR". Wire name: ``ENTITY_TYPE``.
            entity_id: ID of the linked object within ENTITY_TYPE, as a string (for CRM, "DEAL|1663"). Wire name: ``ENTITY_ID``.
            copilot_main_role: Main BitrixGPT role code for a copilot chat, such as "copilot_assistant". Wire name: ``COPILOT_MAIN_ROLE``.

        Returns:
            int

        Example:
            result = client.im.chat.add()
            result = await client.im.chat.add()  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _IM_CHAT_ADD,
                {
                    "USERS": users,
                    "TYPE": type,
                    "TITLE": title,
                    "DESCRIPTION": description,
                    "COLOR": color,
                    "MESSAGE": message,
                    "AVATAR": avatar,
                    "ENTITY_TYPE": entity_type,
                    "ENTITY_ID": entity_id,
                    "COPILOT_MAIN_ROLE": copilot_main_role,
                },
            ),
        )

    def get(
        self,
        *,
        entity_type: Literal[
            "VIDEOCONF",
            "AI_ASSISTANT_PRIVATE",
            "LINES",
            "LIVECHAT",
            "ANNOUNCEMENT",
            "CALENDAR",
            "MAIL",
            "CRM",
            "SONET_GROUP",
            "TASKS_TASK",
            "TASKS",
            "CALL",
        ],
        entity_id: str,
    ) -> _ImChat:
        """Find the chat linked to an external object (CRM record, task, calendar event) and return its ID.

        Returns null when no chat is linked to the object or the parameters are wrong.

        REST method: ``im.chat.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-chat-get.html

        Args:
            entity_type: Kind of linked object, such as "CRM", "TASKS" or "CALENDAR". Wire name: ``ENTITY_TYPE``.
            entity_id: ID of the linked object within ENTITY_TYPE, as a string (for CRM, "DEAL|1663"). Wire name: ``ENTITY_ID``.

        Returns:
            ImChat

        Example:
            result = client.im.chat.get(entity_type="VIDEOCONF", entity_id="1")
            result = await client.im.chat.get(entity_type="VIDEOCONF", entity_id="1")  # AsyncBitrix24
        """
        return cast(
            "_ImChat",
            self._backend._invoke(
                _IM_CHAT_GET, {"ENTITY_TYPE": entity_type, "ENTITY_ID": entity_id}
            ),
        )

    def leave(self, *, chat_id: int) -> bool:
        """Remove the current user from a group chat.

        REST method: ``im.chat.leave``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-chat-leave.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.chat.leave(chat_id=1)
            result = await client.im.chat.leave(chat_id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_IM_CHAT_LEAVE, {"CHAT_ID": chat_id}))

    def mute(
        self,
        *,
        chat_id: int | NotGiven = NOT_GIVEN,
        dialog_id: str | NotGiven = NOT_GIVEN,
        mute: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Turn notifications for a chat off or back on for the current user.

        REST method: ``im.chat.mute``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-chat-mute.html

        Args:
            chat_id: ID of the chat; required when DIALOG_ID is not given. Wire name: ``CHAT_ID``.
            dialog_id: Dialog ID ("chatXXX", "sgXXX" or a user ID); required when CHAT_ID is not given. Wire name: ``DIALOG_ID``.
            mute: \"Y" mutes notifications (default); "N" turns them back on. Wire name: ``MUTE``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.chat.mute(chat_id=1)
            result = await client.im.chat.mute(chat_id=1)  # AsyncBitrix24
        """
        require_one_of(_IM_CHAT_MUTE, {"chat_id": chat_id}, {"dialog_id": dialog_id})
        return cast(
            bool,
            self._backend._invoke(
                _IM_CHAT_MUTE,
                {"CHAT_ID": chat_id, "DIALOG_ID": dialog_id, "MUTE": yes_no(mute)},
            ),
        )

    def set_owner(
        self,
        *,
        chat_id: int | NotGiven = NOT_GIVEN,
        dialog_id: str | NotGiven = NOT_GIVEN,
        user_id: int,
    ) -> bool:
        """Hand ownership of a group chat to another member.

        REST method: ``im.chat.setOwner``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-update/im-chat-set-owner.html

        Args:
            chat_id: ID of the chat (no "chat" prefix); required unless DIALOG_ID is given. Wire name: ``CHAT_ID``.
            dialog_id: Group chat ID as "chatXXX", usable instead of CHAT_ID; private dialogs are rejected. Wire name: ``DIALOG_ID``.
            user_id: ID of the member who becomes the new owner. Wire name: ``USER_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.chat.set_owner(chat_id=1, user_id=1)
            result = await client.im.chat.set_owner(chat_id=1, user_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _IM_CHAT_SET_OWNER, {"chat_id": chat_id}, {"dialog_id": dialog_id}
        )
        return cast(
            bool,
            self._backend._invoke(
                _IM_CHAT_SET_OWNER,
                {"CHAT_ID": chat_id, "DIALOG_ID": dialog_id, "USER_ID": user_id},
            ),
        )

    def update_avatar(
        self,
        *,
        chat_id: int | NotGiven = NOT_GIVEN,
        dialog_id: str | NotGiven = NOT_GIVEN,
        avatar: str,
    ) -> bool:
        """Replace a group chat's picture with a base64 image.

        REST method: ``im.chat.updateAvatar``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-update/im-chat-update-avatar.html

        Args:
            chat_id: ID of the chat (no "chat" prefix); required unless DIALOG_ID is given. Wire name: ``CHAT_ID``.
            dialog_id: Group chat ID as "chatXXX", usable instead of CHAT_ID; private dialogs are rejected. Wire name: ``DIALOG_ID``.
            avatar: New picture as a base64-encoded image, at most 5000x5000 pixels. Wire name: ``AVATAR``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``ACCESS_ERROR``.

        Example:
            result = client.im.chat.update_avatar(chat_id=1, avatar="example")
            result = await client.im.chat.update_avatar(chat_id=1, avatar="example")  # AsyncBitrix24
        """
        require_one_of(
            _IM_CHAT_UPDATE_AVATAR, {"chat_id": chat_id}, {"dialog_id": dialog_id}
        )
        return cast(
            bool,
            self._backend._invoke(
                _IM_CHAT_UPDATE_AVATAR,
                {"CHAT_ID": chat_id, "DIALOG_ID": dialog_id, "AVATAR": avatar},
            ),
        )

    def update_color(
        self,
        *,
        chat_id: int | NotGiven = NOT_GIVEN,
        dialog_id: str | NotGiven = NOT_GIVEN,
        color: Literal[
            "RED",
            "GREEN",
            "MINT",
            "LIGHT_BLUE",
            "DARK_BLUE",
            "PURPLE",
            "AQUA",
            "PINK",
            "LIME",
            "BROWN",
            "AZURE",
            "KHAKI",
            "SAND",
            "MARENGO",
            "GRAY",
            "GRAPHITE",
        ],
    ) -> bool:
        """Change the colour a group chat shows when it has no picture.

        REST method: ``im.chat.updateColor``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-update/im-chat-update-color.html

        Args:
            chat_id: ID of the chat (no "chat" prefix); required unless DIALOG_ID is given. Wire name: ``CHAT_ID``.
            dialog_id: Group chat ID as "chatXXX", usable instead of CHAT_ID; private dialogs are rejected. Wire name: ``DIALOG_ID``.
            color: New colour code, such as "RED", "MINT" or "GRAPHITE". Wire name: ``COLOR``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.chat.update_color(chat_id=1, color="RED")
            result = await client.im.chat.update_color(chat_id=1, color="RED")  # AsyncBitrix24
        """
        require_one_of(
            _IM_CHAT_UPDATE_COLOR, {"chat_id": chat_id}, {"dialog_id": dialog_id}
        )
        return cast(
            bool,
            self._backend._invoke(
                _IM_CHAT_UPDATE_COLOR,
                {"CHAT_ID": chat_id, "DIALOG_ID": dialog_id, "COLOR": color},
            ),
        )

    def update_title(
        self,
        *,
        chat_id: int | NotGiven = NOT_GIVEN,
        dialog_id: str | NotGiven = NOT_GIVEN,
        title: str,
    ) -> bool:
        """Rename a group chat.

        REST method: ``im.chat.updateTitle``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-update/im-chat-update-title.html

        Args:
            chat_id: ID of the chat (no "chat" prefix); required unless DIALOG_ID is given. Wire name: ``CHAT_ID``.
            dialog_id: Group chat ID as "chatXXX", usable instead of CHAT_ID; private dialogs are rejected. Wire name: ``DIALOG_ID``.
            title: New title; leading and trailing spaces and line breaks are trimmed. Wire name: ``TITLE``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.chat.update_title(chat_id=1, title="Kick-off call")
            result = await client.im.chat.update_title(chat_id=1, title="Kick-off call")  # AsyncBitrix24
        """
        require_one_of(
            _IM_CHAT_UPDATE_TITLE, {"chat_id": chat_id}, {"dialog_id": dialog_id}
        )
        return cast(
            bool,
            self._backend._invoke(
                _IM_CHAT_UPDATE_TITLE,
                {"CHAT_ID": chat_id, "DIALOG_ID": dialog_id, "TITLE": title},
            ),
        )


class AsyncImChat(Namespace):
    """Methods under ``im.chat`` (async)."""

    __slots__ = ()

    @property
    def user(self) -> AsyncImChatUser:
        """Methods under ``im.chat.user``."""
        return AsyncImChatUser(self._backend)

    async def add(
        self,
        *,
        users: Sequence[int] | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        color: (
            Literal[
                "RED",
                "GREEN",
                "MINT",
                "LIGHT_BLUE",
                "DARK_BLUE",
                "PURPLE",
                "AQUA",
                "PINK",
                "LIME",
                "BROWN",
                "AZURE",
                "KHAKI",
                "SAND",
                "MARENGO",
                "GRAY",
                "GRAPHITE",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        message: str | NotGiven = NOT_GIVEN,
        avatar: str | NotGiven = NOT_GIVEN,
        entity_type: (
            Literal[
                "VIDEOCONF",
                "AI_ASSISTANT_PRIVATE",
                "LINES",
                "LIVECHAT",
                "ANNOUNCEMENT",
                "CALENDAR",
                "MAIL",
                "CRM",
                "SONET_GROUP",
                "TASKS",
                "CALL",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        entity_id: str | NotGiven = NOT_GIVEN,
        copilot_main_role: str | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a group chat with the given members and return its ID.

        REST method: ``im.chat.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-chat-add.html

        Args:
            users: IDs of the users to add; the creator joins automatically as owner. Wire name: ``USERS``.
            type: \"OPEN" for an open chat anyone can join, "CHAT" for a closed one (default). Wire name: ``TYPE``.
            title: Chat title; generated from colour and number or member names when omitted. Wire name: ``TITLE``.
            description: Chat description. Wire name: ``DESCRIPTION``.
            color: Chat colour, used where the chat has no avatar, such as "RED", "MINT" or "GRAPHITE". Wire name: ``COLOR``.
            message: First message posted in the new chat. Wire name: ``MESSAGE``.
            avatar: Chat picture as a base64-encoded image, at most 5000x5000 pixels. Wire name: ``AVATAR``.
            entity_type: Kind of object the chat is linked to, such as "CRM", "TASKS" or "CALENDAR". Wire name: ``ENTITY_TYPE``.
            entity_id: ID of the linked object within ENTITY_TYPE, as a string (for CRM, "DEAL|1663"). Wire name: ``ENTITY_ID``.
            copilot_main_role: Main BitrixGPT role code for a copilot chat, such as "copilot_assistant". Wire name: ``COPILOT_MAIN_ROLE``.

        Returns:
            int

        Example:
            result = client.im.chat.add()
            result = await client.im.chat.add()  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _IM_CHAT_ADD,
                {
                    "USERS": users,
                    "TYPE": type,
                    "TITLE": title,
                    "DESCRIPTION": description,
                    "COLOR": color,
                    "MESSAGE": message,
                    "AVATAR": avatar,
                    "ENTITY_TYPE": entity_type,
                    "ENTITY_ID": entity_id,
                    "COPILOT_MAIN_ROLE": copilot_main_role,
                },
            ),
        )

    async def get(
        self,
        *,
        entity_type: Literal[
            "VIDEOCONF",
            "AI_ASSISTANT_PRIVATE",
            "LINES",
            "LIVECHAT",
            "ANNOUNCEMENT",
            "CALENDAR",
            "MAIL",
            "CRM",
            "SONET_GROUP",
            "TASKS_TASK",
            "TASKS",
            "CALL",
        ],
        entity_id: str,
    ) -> _ImChat:
        """Find the chat linked to an external object (CRM record, task, calendar event) and return its ID.

        Returns null when no chat is linked to the object or the parameters are wrong.

        REST method: ``im.chat.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-chat-get.html

        Args:
            entity_type: Kind of linked object, such as "CRM", "TASKS" or "CALENDAR". Wire name: ``ENTITY_TYPE``.
            entity_id: ID of the linked object within ENTITY_TYPE, as a string (for CRM, "DEAL|1663"). Wire name: ``ENTITY_ID``.

        Returns:
            ImChat

        Example:
            result = client.im.chat.get(entity_type="VIDEOCONF", entity_id="1")
            result = await client.im.chat.get(entity_type="VIDEOCONF", entity_id="1")  # AsyncBitrix24
        """
        return cast(
            "_ImChat",
            await self._backend._invoke(
                _IM_CHAT_GET, {"ENTITY_TYPE": entity_type, "ENTITY_ID": entity_id}
            ),
        )

    async def leave(self, *, chat_id: int) -> bool:
        """Remove the current user from a group chat.

        REST method: ``im.chat.leave``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-chat-leave.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.chat.leave(chat_id=1)
            result = await client.im.chat.leave(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_IM_CHAT_LEAVE, {"CHAT_ID": chat_id})
        )

    async def mute(
        self,
        *,
        chat_id: int | NotGiven = NOT_GIVEN,
        dialog_id: str | NotGiven = NOT_GIVEN,
        mute: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Turn notifications for a chat off or back on for the current user.

        REST method: ``im.chat.mute``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-chat-mute.html

        Args:
            chat_id: ID of the chat; required when DIALOG_ID is not given. Wire name: ``CHAT_ID``.
            dialog_id: Dialog ID ("chatXXX", "sgXXX" or a user ID); required when CHAT_ID is not given. Wire name: ``DIALOG_ID``.
            mute: \"Y" mutes notifications (default); "N" turns them back on. Wire name: ``MUTE``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.chat.mute(chat_id=1)
            result = await client.im.chat.mute(chat_id=1)  # AsyncBitrix24
        """
        require_one_of(_IM_CHAT_MUTE, {"chat_id": chat_id}, {"dialog_id": dialog_id})
        return cast(
            bool,
            await self._backend._invoke(
                _IM_CHAT_MUTE,
                {"CHAT_ID": chat_id, "DIALOG_ID": dialog_id, "MUTE": yes_no(mute)},
            ),
        )

    async def set_owner(
        self,
        *,
        chat_id: int | NotGiven = NOT_GIVEN,
        dialog_id: str | NotGiven = NOT_GIVEN,
        user_id: int,
    ) -> bool:
        """Hand ownership of a group chat to another member.

        REST method: ``im.chat.setOwner``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-update/im-chat-set-owner.html

        Args:
            chat_id: ID of the chat (no "chat" prefix); required unless DIALOG_ID is given. Wire name: ``CHAT_ID``.
            dialog_id: Group chat ID as "chatXXX", usable instead of CHAT_ID; private dialogs are rejected. Wire name: ``DIALOG_ID``.
            user_id: ID of the member who becomes the new owner. Wire name: ``USER_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.chat.set_owner(chat_id=1, user_id=1)
            result = await client.im.chat.set_owner(chat_id=1, user_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _IM_CHAT_SET_OWNER, {"chat_id": chat_id}, {"dialog_id": dialog_id}
        )
        return cast(
            bool,
            await self._backend._invoke(
                _IM_CHAT_SET_OWNER,
                {"CHAT_ID": chat_id, "DIALOG_ID": dialog_id, "USER_ID": user_id},
            ),
        )

    async def update_avatar(
        self,
        *,
        chat_id: int | NotGiven = NOT_GIVEN,
        dialog_id: str | NotGiven = NOT_GIVEN,
        avatar: str,
    ) -> bool:
        """Replace a group chat's picture with a base64 image.

        REST method: ``im.chat.updateAvatar``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-update/im-chat-update-avatar.html

        Args:
            chat_id: ID of the chat (no "chat" prefix); required unless DIALOG_ID is given. Wire name: ``CHAT_ID``.
            dialog_id: Group chat ID as "chatXXX", usable instead of CHAT_ID; private dialogs are rejected. Wire name: ``DIALOG_ID``.
            avatar: New picture as a base64-encoded image, at most 5000x5000 pixels. Wire name: ``AVATAR``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``ACCESS_ERROR``.

        Example:
            result = client.im.chat.update_avatar(chat_id=1, avatar="example")
            result = await client.im.chat.update_avatar(chat_id=1, avatar="example")  # AsyncBitrix24
        """
        require_one_of(
            _IM_CHAT_UPDATE_AVATAR, {"chat_id": chat_id}, {"dialog_id": dialog_id}
        )
        return cast(
            bool,
            await self._backend._invoke(
                _IM_CHAT_UPDATE_AVATAR,
                {"CHAT_ID": chat_id, "DIALOG_ID": dialog_id, "AVATAR": avatar},
            ),
        )

    async def update_color(
        self,
        *,
        chat_id: int | NotGiven = NOT_GIVEN,
        dialog_id: str | NotGiven = NOT_GIVEN,
        color: Literal[
            "RED",
            "GREEN",
            "MINT",
            "LIGHT_BLUE",
            "DARK_BLUE",
            "PURPLE",
            "AQUA",
            "PINK",
            "LIME",
            "BROWN",
            "AZURE",
            "KHAKI",
            "SAND",
            "MARENGO",
            "GRAY",
            "GRAPHITE",
        ],
    ) -> bool:
        """Change the colour a group chat shows when it has no picture.

        REST method: ``im.chat.updateColor``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-update/im-chat-update-color.html

        Args:
            chat_id: ID of the chat (no "chat" prefix); required unless DIALOG_ID is given. Wire name: ``CHAT_ID``.
            dialog_id: Group chat ID as "chatXXX", usable instead of CHAT_ID; private dialogs are rejected. Wire name: ``DIALOG_ID``.
            color: New colour code, such as "RED", "MINT" or "GRAPHITE". Wire name: ``COLOR``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.chat.update_color(chat_id=1, color="RED")
            result = await client.im.chat.update_color(chat_id=1, color="RED")  # AsyncBitrix24
        """
        require_one_of(
            _IM_CHAT_UPDATE_COLOR, {"chat_id": chat_id}, {"dialog_id": dialog_id}
        )
        return cast(
            bool,
            await self._backend._invoke(
                _IM_CHAT_UPDATE_COLOR,
                {"CHAT_ID": chat_id, "DIALOG_ID": dialog_id, "COLOR": color},
            ),
        )

    async def update_title(
        self,
        *,
        chat_id: int | NotGiven = NOT_GIVEN,
        dialog_id: str | NotGiven = NOT_GIVEN,
        title: str,
    ) -> bool:
        """Rename a group chat.

        REST method: ``im.chat.updateTitle``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-update/im-chat-update-title.html

        Args:
            chat_id: ID of the chat (no "chat" prefix); required unless DIALOG_ID is given. Wire name: ``CHAT_ID``.
            dialog_id: Group chat ID as "chatXXX", usable instead of CHAT_ID; private dialogs are rejected. Wire name: ``DIALOG_ID``.
            title: New title; leading and trailing spaces and line breaks are trimmed. Wire name: ``TITLE``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.chat.update_title(chat_id=1, title="Kick-off call")
            result = await client.im.chat.update_title(chat_id=1, title="Kick-off call")  # AsyncBitrix24
        """
        require_one_of(
            _IM_CHAT_UPDATE_TITLE, {"chat_id": chat_id}, {"dialog_id": dialog_id}
        )
        return cast(
            bool,
            await self._backend._invoke(
                _IM_CHAT_UPDATE_TITLE,
                {"CHAT_ID": chat_id, "DIALOG_ID": dialog_id, "TITLE": title},
            ),
        )


class BatchImChat(Namespace):
    """Methods under ``im.chat`` (queued into a batch)."""

    __slots__ = ()

    @property
    def user(self) -> BatchImChatUser:
        """Methods under ``im.chat.user``."""
        return BatchImChatUser(self._backend)

    def add(
        self,
        *,
        users: Sequence[int] | Ref | NotGiven = NOT_GIVEN,
        type: str | Ref | NotGiven = NOT_GIVEN,
        title: str | Ref | NotGiven = NOT_GIVEN,
        description: str | Ref | NotGiven = NOT_GIVEN,
        color: (
            Literal[
                "RED",
                "GREEN",
                "MINT",
                "LIGHT_BLUE",
                "DARK_BLUE",
                "PURPLE",
                "AQUA",
                "PINK",
                "LIME",
                "BROWN",
                "AZURE",
                "KHAKI",
                "SAND",
                "MARENGO",
                "GRAY",
                "GRAPHITE",
            ]
            | Ref
            | NotGiven
        ) = NOT_GIVEN,
        message: str | Ref | NotGiven = NOT_GIVEN,
        avatar: str | Ref | NotGiven = NOT_GIVEN,
        entity_type: (
            Literal[
                "VIDEOCONF",
                "AI_ASSISTANT_PRIVATE",
                "LINES",
                "LIVECHAT",
                "ANNOUNCEMENT",
                "CALENDAR",
                "MAIL",
                "CRM",
                "SONET_GROUP",
                "TASKS",
                "CALL",
            ]
            | Ref
            | NotGiven
        ) = NOT_GIVEN,
        entity_id: str | Ref | NotGiven = NOT_GIVEN,
        copilot_main_role: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Create a group chat with the given members and return its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.chat.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-chat-add.html

        Args:
            users: IDs of the users to add; the creator joins automatically as owner. Wire name: ``USERS``.
            type: \"OPEN" for an open chat anyone can join, "CHAT" for a closed one (default). Wire name: ``TYPE``.
            title: Chat title; generated from colour and number or member names when omitted. Wire name: ``TITLE``.
            description: Chat description. Wire name: ``DESCRIPTION``.
            color: Chat colour, used where the chat has no avatar, such as "RED", "MINT" or "GRAPHITE". Wire name: ``COLOR``.
            message: First message posted in the new chat. Wire name: ``MESSAGE``.
            avatar: Chat picture as a base64-encoded image, at most 5000x5000 pixels. Wire name: ``AVATAR``.
            entity_type: Kind of object the chat is linked to, such as "CRM", "TASKS" or "CALENDAR". Wire name: ``ENTITY_TYPE``.
            entity_id: ID of the linked object within ENTITY_TYPE, as a string (for CRM, "DEAL|1663"). Wire name: ``ENTITY_ID``.
            copilot_main_role: Main BitrixGPT role code for a copilot chat, such as "copilot_assistant". Wire name: ``COPILOT_MAIN_ROLE``.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.im.chat.add()
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _IM_CHAT_ADD,
                {
                    "USERS": users,
                    "TYPE": type,
                    "TITLE": title,
                    "DESCRIPTION": description,
                    "COLOR": color,
                    "MESSAGE": message,
                    "AVATAR": avatar,
                    "ENTITY_TYPE": entity_type,
                    "ENTITY_ID": entity_id,
                    "COPILOT_MAIN_ROLE": copilot_main_role,
                },
            ),
        )

    def get(
        self,
        *,
        entity_type: (
            Literal[
                "VIDEOCONF",
                "AI_ASSISTANT_PRIVATE",
                "LINES",
                "LIVECHAT",
                "ANNOUNCEMENT",
                "CALENDAR",
                "MAIL",
                "CRM",
                "SONET_GROUP",
                "TASKS_TASK",
                "TASKS",
                "CALL",
            ]
            | Ref
        ),
        entity_id: str | Ref,
    ) -> BatchCommand[_ImChat]:
        """Find the chat linked to an external object (CRM record, task, calendar event) and return its ID.

        Returns null when no chat is linked to the object or the parameters are wrong.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.chat.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-chat-get.html

        Args:
            entity_type: Kind of linked object, such as "CRM", "TASKS" or "CALENDAR". Wire name: ``ENTITY_TYPE``.
            entity_id: ID of the linked object within ENTITY_TYPE, as a string (for CRM, "DEAL|1663"). Wire name: ``ENTITY_ID``.

        Returns:
            BatchCommand[ImChat]

        Example:
            command = batch.im.chat.get(entity_type="VIDEOCONF", entity_id="1")
        """
        return cast(
            "BatchCommand[_ImChat]",
            self._backend._invoke(
                _IM_CHAT_GET, {"ENTITY_TYPE": entity_type, "ENTITY_ID": entity_id}
            ),
        )

    def leave(self, *, chat_id: int | Ref) -> BatchCommand[bool]:
        """Remove the current user from a group chat.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.chat.leave``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-chat-leave.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.im.chat.leave(chat_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_IM_CHAT_LEAVE, {"CHAT_ID": chat_id}),
        )

    def mute(
        self,
        *,
        chat_id: int | Ref | NotGiven = NOT_GIVEN,
        dialog_id: str | Ref | NotGiven = NOT_GIVEN,
        mute: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Turn notifications for a chat off or back on for the current user.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.chat.mute``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-chat-mute.html

        Args:
            chat_id: ID of the chat; required when DIALOG_ID is not given. Wire name: ``CHAT_ID``.
            dialog_id: Dialog ID ("chatXXX", "sgXXX" or a user ID); required when CHAT_ID is not given. Wire name: ``DIALOG_ID``.
            mute: \"Y" mutes notifications (default); "N" turns them back on. Wire name: ``MUTE``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.im.chat.mute(chat_id=1)
        """
        require_one_of(_IM_CHAT_MUTE, {"chat_id": chat_id}, {"dialog_id": dialog_id})
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IM_CHAT_MUTE,
                {"CHAT_ID": chat_id, "DIALOG_ID": dialog_id, "MUTE": yes_no(mute)},
            ),
        )

    def set_owner(
        self,
        *,
        chat_id: int | Ref | NotGiven = NOT_GIVEN,
        dialog_id: str | Ref | NotGiven = NOT_GIVEN,
        user_id: int | Ref,
    ) -> BatchCommand[bool]:
        """Hand ownership of a group chat to another member.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.chat.setOwner``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-update/im-chat-set-owner.html

        Args:
            chat_id: ID of the chat (no "chat" prefix); required unless DIALOG_ID is given. Wire name: ``CHAT_ID``.
            dialog_id: Group chat ID as "chatXXX", usable instead of CHAT_ID; private dialogs are rejected. Wire name: ``DIALOG_ID``.
            user_id: ID of the member who becomes the new owner. Wire name: ``USER_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.im.chat.set_owner(chat_id=1, user_id=1)
        """
        require_one_of(
            _IM_CHAT_SET_OWNER, {"chat_id": chat_id}, {"dialog_id": dialog_id}
        )
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IM_CHAT_SET_OWNER,
                {"CHAT_ID": chat_id, "DIALOG_ID": dialog_id, "USER_ID": user_id},
            ),
        )

    def update_avatar(
        self,
        *,
        chat_id: int | Ref | NotGiven = NOT_GIVEN,
        dialog_id: str | Ref | NotGiven = NOT_GIVEN,
        avatar: str | Ref,
    ) -> BatchCommand[bool]:
        """Replace a group chat's picture with a base64 image.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.chat.updateAvatar``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-update/im-chat-update-avatar.html

        Args:
            chat_id: ID of the chat (no "chat" prefix); required unless DIALOG_ID is given. Wire name: ``CHAT_ID``.
            dialog_id: Group chat ID as "chatXXX", usable instead of CHAT_ID; private dialogs are rejected. Wire name: ``DIALOG_ID``.
            avatar: New picture as a base64-encoded image, at most 5000x5000 pixels. Wire name: ``AVATAR``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``ACCESS_ERROR``.

        Example:
            command = batch.im.chat.update_avatar(chat_id=1, avatar="example")
        """
        require_one_of(
            _IM_CHAT_UPDATE_AVATAR, {"chat_id": chat_id}, {"dialog_id": dialog_id}
        )
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IM_CHAT_UPDATE_AVATAR,
                {"CHAT_ID": chat_id, "DIALOG_ID": dialog_id, "AVATAR": avatar},
            ),
        )

    def update_color(
        self,
        *,
        chat_id: int | Ref | NotGiven = NOT_GIVEN,
        dialog_id: str | Ref | NotGiven = NOT_GIVEN,
        color: (
            Literal[
                "RED",
                "GREEN",
                "MINT",
                "LIGHT_BLUE",
                "DARK_BLUE",
                "PURPLE",
                "AQUA",
                "PINK",
                "LIME",
                "BROWN",
                "AZURE",
                "KHAKI",
                "SAND",
                "MARENGO",
                "GRAY",
                "GRAPHITE",
            ]
            | Ref
        ),
    ) -> BatchCommand[bool]:
        """Change the colour a group chat shows when it has no picture.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.chat.updateColor``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-update/im-chat-update-color.html

        Args:
            chat_id: ID of the chat (no "chat" prefix); required unless DIALOG_ID is given. Wire name: ``CHAT_ID``.
            dialog_id: Group chat ID as "chatXXX", usable instead of CHAT_ID; private dialogs are rejected. Wire name: ``DIALOG_ID``.
            color: New colour code, such as "RED", "MINT" or "GRAPHITE". Wire name: ``COLOR``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.im.chat.update_color(chat_id=1, color="RED")
        """
        require_one_of(
            _IM_CHAT_UPDATE_COLOR, {"chat_id": chat_id}, {"dialog_id": dialog_id}
        )
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IM_CHAT_UPDATE_COLOR,
                {"CHAT_ID": chat_id, "DIALOG_ID": dialog_id, "COLOR": color},
            ),
        )

    def update_title(
        self,
        *,
        chat_id: int | Ref | NotGiven = NOT_GIVEN,
        dialog_id: str | Ref | NotGiven = NOT_GIVEN,
        title: str | Ref,
    ) -> BatchCommand[bool]:
        """Rename a group chat.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.chat.updateTitle``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-update/im-chat-update-title.html

        Args:
            chat_id: ID of the chat (no "chat" prefix); required unless DIALOG_ID is given. Wire name: ``CHAT_ID``.
            dialog_id: Group chat ID as "chatXXX", usable instead of CHAT_ID; private dialogs are rejected. Wire name: ``DIALOG_ID``.
            title: New title; leading and trailing spaces and line breaks are trimmed. Wire name: ``TITLE``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.im.chat.update_title(chat_id=1, title="Kick-off call")
        """
        require_one_of(
            _IM_CHAT_UPDATE_TITLE, {"chat_id": chat_id}, {"dialog_id": dialog_id}
        )
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IM_CHAT_UPDATE_TITLE,
                {"CHAT_ID": chat_id, "DIALOG_ID": dialog_id, "TITLE": title},
            ),
        )


class ImChatUser(Namespace):
    """Methods under ``im.chat.user``."""

    __slots__ = ()

    def add(
        self,
        *,
        chat_id: int,
        users: Sequence[int],
        hide_history: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Invite users into a group chat, optionally hiding earlier history.

        REST method: ``im.chat.user.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-chat-user-add.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            users: IDs of the users to add to the chat. Wire name: ``USERS``.
            hide_history: \"Y" hides earlier chat history from the added users; "N" shows it. Wire name: ``HIDE_HISTORY``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.chat.user.add(chat_id=1, users=[1])
            result = await client.im.chat.user.add(chat_id=1, users=[1])  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IM_CHAT_USER_ADD,
                {
                    "CHAT_ID": chat_id,
                    "USERS": users,
                    "HIDE_HISTORY": yes_no(hide_history),
                },
            ),
        )

    def delete(self, *, chat_id: int, user_id: int) -> bool:
        """Remove a member from a group chat.

        REST method: ``im.chat.user.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-chat-user-delete.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            user_id: ID of the member to remove. Wire name: ``USER_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.chat.user.delete(chat_id=1, user_id=1)
            result = await client.im.chat.user.delete(chat_id=1, user_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IM_CHAT_USER_DELETE, {"CHAT_ID": chat_id, "USER_ID": user_id}
            ),
        )

    def list(self, *, chat_id: int) -> builtins.list[int]:
        """Return the IDs of everyone in a chat.

        An empty list means the current user may not see the members.

        REST method: ``im.chat.user.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-chat-user-list.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.

        Returns:
            list[int]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.chat.user.list(chat_id=1)
            result = await client.im.chat.user.list(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            "builtins.list[int]",
            self._backend._invoke(_IM_CHAT_USER_LIST, {"CHAT_ID": chat_id}),
        )


class AsyncImChatUser(Namespace):
    """Methods under ``im.chat.user`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        chat_id: int,
        users: Sequence[int],
        hide_history: bool | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Invite users into a group chat, optionally hiding earlier history.

        REST method: ``im.chat.user.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-chat-user-add.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            users: IDs of the users to add to the chat. Wire name: ``USERS``.
            hide_history: \"Y" hides earlier chat history from the added users; "N" shows it. Wire name: ``HIDE_HISTORY``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.chat.user.add(chat_id=1, users=[1])
            result = await client.im.chat.user.add(chat_id=1, users=[1])  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IM_CHAT_USER_ADD,
                {
                    "CHAT_ID": chat_id,
                    "USERS": users,
                    "HIDE_HISTORY": yes_no(hide_history),
                },
            ),
        )

    async def delete(self, *, chat_id: int, user_id: int) -> bool:
        """Remove a member from a group chat.

        REST method: ``im.chat.user.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-chat-user-delete.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            user_id: ID of the member to remove. Wire name: ``USER_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.chat.user.delete(chat_id=1, user_id=1)
            result = await client.im.chat.user.delete(chat_id=1, user_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IM_CHAT_USER_DELETE, {"CHAT_ID": chat_id, "USER_ID": user_id}
            ),
        )

    async def list(self, *, chat_id: int) -> builtins.list[int]:
        """Return the IDs of everyone in a chat.

        An empty list means the current user may not see the members.

        REST method: ``im.chat.user.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-chat-user-list.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.

        Returns:
            list[int]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.chat.user.list(chat_id=1)
            result = await client.im.chat.user.list(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            "builtins.list[int]",
            await self._backend._invoke(_IM_CHAT_USER_LIST, {"CHAT_ID": chat_id}),
        )


class BatchImChatUser(Namespace):
    """Methods under ``im.chat.user`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        chat_id: int | Ref,
        users: Sequence[int] | Ref,
        hide_history: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Invite users into a group chat, optionally hiding earlier history.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.chat.user.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-chat-user-add.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            users: IDs of the users to add to the chat. Wire name: ``USERS``.
            hide_history: \"Y" hides earlier chat history from the added users; "N" shows it. Wire name: ``HIDE_HISTORY``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.im.chat.user.add(chat_id=1, users=[1])
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IM_CHAT_USER_ADD,
                {
                    "CHAT_ID": chat_id,
                    "USERS": users,
                    "HIDE_HISTORY": yes_no(hide_history),
                },
            ),
        )

    def delete(self, *, chat_id: int | Ref, user_id: int | Ref) -> BatchCommand[bool]:
        """Remove a member from a group chat.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.chat.user.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-chat-user-delete.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            user_id: ID of the member to remove. Wire name: ``USER_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.im.chat.user.delete(chat_id=1, user_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IM_CHAT_USER_DELETE, {"CHAT_ID": chat_id, "USER_ID": user_id}
            ),
        )

    def list(self, *, chat_id: int | Ref) -> BatchCommand[builtins.list[int]]:
        """Return the IDs of everyone in a chat.

        An empty list means the current user may not see the members.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.chat.user.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-chat-user-list.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.

        Returns:
            BatchCommand[list[int]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.im.chat.user.list(chat_id=1)
        """
        return cast(
            "BatchCommand[builtins.list[int]]",
            self._backend._invoke(_IM_CHAT_USER_LIST, {"CHAT_ID": chat_id}),
        )
