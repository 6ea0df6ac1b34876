"""Methods under ``imbot.chat``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from b24client.types.imbot import ImbotChat as _ImbotChat
else:
    from b24client._core.callsite import deprecated

_IMBOT_CHAT_ADD = MethodInfo(
    name="imbot.chat.add", idempotent=False, returns="integer", api=1
)
_IMBOT_CHAT_GET = MethodInfo(
    name="imbot.chat.get", idempotent=True, returns="any", api=1
)
_IMBOT_CHAT_LEAVE = MethodInfo(
    name="imbot.chat.leave", idempotent=False, returns="boolean", api=1
)
_IMBOT_CHAT_SEND_TYPING = MethodInfo(
    name="imbot.chat.sendTyping", idempotent=False, returns="boolean", api=1
)
_IMBOT_CHAT_SET_MANAGER = MethodInfo(
    name="imbot.chat.setManager", idempotent=False, returns="boolean", api=1
)
_IMBOT_CHAT_SET_OWNER = MethodInfo(
    name="imbot.chat.setOwner", idempotent=False, returns="boolean", api=1
)
_IMBOT_CHAT_UPDATE_AVATAR = MethodInfo(
    name="imbot.chat.updateAvatar", idempotent=False, returns="boolean", api=1
)
_IMBOT_CHAT_UPDATE_COLOR = MethodInfo(
    name="imbot.chat.updateColor", idempotent=False, returns="boolean", api=1
)
_IMBOT_CHAT_UPDATE_TITLE = MethodInfo(
    name="imbot.chat.updateTitle", idempotent=False, returns="boolean", api=1
)
_IMBOT_CHAT_USER_ADD = MethodInfo(
    name="imbot.chat.user.add", idempotent=False, returns="boolean", api=1
)
_IMBOT_CHAT_USER_DELETE = MethodInfo(
    name="imbot.chat.user.delete", idempotent=False, returns="boolean", api=1
)
_IMBOT_CHAT_USER_LIST = MethodInfo(
    name="imbot.chat.user.list", idempotent=True, returns="any", api=1
)


class ImbotChat(Namespace):
    """Methods under ``imbot.chat``."""

    __slots__ = ()

    @property
    def user(self) -> ImbotChatUser:
        """Methods under ``imbot.chat.user``."""
        return ImbotChatUser(self._backend)

    @deprecated(
        "The REST method imbot.chat.add is deprecated; use imbot.v2.Chat.add instead."
    )
    def add(
        self,
        *,
        type: Literal["OPEN", "CHAT"] | NotGiven = NOT_GIVEN,
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
        users: Sequence[int] | NotGiven = NOT_GIVEN,
        avatar: str | NotGiven = NOT_GIVEN,
        entity_type: str | NotGiven = NOT_GIVEN,
        entity_id: str | NotGiven = NOT_GIVEN,
        bot_id: int | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a group chat on behalf of a bot and return its ID.

        Deprecated: use ``imbot.v2.Chat.add`` instead.

        REST method: ``imbot.chat.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-add.html

        Args:
            type: \"OPEN" for an open chat, "CHAT" for a closed one (default). Wire name: ``TYPE``.
            title: Chat title. Wire name: ``TITLE``.
            description: Chat description. Wire name: ``DESCRIPTION``.
            color: Chat colour, used where the chat has no avatar, such as "RED", "MINT" or "GRAPHITE". Wire name: ``COLOR``.
            message: Welcome message posted in the new chat. Wire name: ``MESSAGE``.
            users: IDs of the chat members. Wire name: ``USERS``.
            avatar: Chat picture as a base64-encoded image, at most 5000x5000 pixels. Wire name: ``AVATAR``.
            entity_type: Your own object type to link the chat to; find the chat later with imbot.chat.get. Wire name: ``ENTITY_TYPE``.
            entity_id: Your own object ID within ENTITY_TYPE. Wire name: ``ENTITY_ID``.
            bot_id: ID of the bot; when omitted, the app's first bot is used. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``INVALID_FORMAT``.

        Example:
            result = client.imbot.chat.add()
            result = await client.imbot.chat.add()  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _IMBOT_CHAT_ADD,
                {
                    "TYPE": type,
                    "TITLE": title,
                    "DESCRIPTION": description,
                    "COLOR": color,
                    "MESSAGE": message,
                    "USERS": users,
                    "AVATAR": avatar,
                    "ENTITY_TYPE": entity_type,
                    "ENTITY_ID": entity_id,
                    "BOT_ID": bot_id,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.chat.get is deprecated; use imbot.v2.Chat.get instead."
    )
    def get(self, *, entity_type: str, entity_id: str) -> _ImbotChat:
        """Find the chat a bot created for an external object and return its ID.

        Deprecated: use ``imbot.v2.Chat.get`` instead.

        REST method: ``imbot.chat.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-get.html

        Args:
            entity_type: Object type passed to imbot.chat.add. Wire name: ``ENTITY_TYPE``.
            entity_id: Object ID passed to imbot.chat.add. Wire name: ``ENTITY_ID``.

        Returns:
            ImbotChat

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.imbot.chat.get(entity_type="CRM_DEAL", entity_id="1")
            result = await client.imbot.chat.get(entity_type="CRM_DEAL", entity_id="1")  # AsyncBitrix24
        """
        return cast(
            "_ImbotChat",
            self._backend._invoke(
                _IMBOT_CHAT_GET, {"ENTITY_TYPE": entity_type, "ENTITY_ID": entity_id}
            ),
        )

    @deprecated(
        "The REST method imbot.chat.leave is deprecated; use imbot.v2.Chat.leave instead."
    )
    def leave(
        self,
        *,
        chat_id: int,
        bot_id: int | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Take a bot out of a group chat.

        Deprecated: use ``imbot.v2.Chat.leave`` instead.

        REST method: ``imbot.chat.leave``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-leave.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.imbot.chat.leave(chat_id=1)
            result = await client.imbot.chat.leave(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMBOT_CHAT_LEAVE,
                {"CHAT_ID": chat_id, "BOT_ID": bot_id, "CLIENT_ID": client_id},
            ),
        )

    @deprecated(
        "The REST method imbot.chat.sendTyping is deprecated; use imbot.v2.Chat.InputAction.notify instead."
    )
    def send_typing(
        self,
        *,
        bot_id: int | NotGiven = NOT_GIVEN,
        dialog_id: str,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Show the "bot is typing" indicator in a conversation.

        Deprecated: use ``imbot.v2.Chat.InputAction.notify`` instead.

        REST method: ``imbot.chat.sendTyping``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-send-typing.html

        Args:
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            dialog_id: Recipient dialog: a user ID for a private dialog or "chatXXX" for a group chat. Wire name: ``DIALOG_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Example:
            result = client.imbot.chat.send_typing(dialog_id="1")
            result = await client.imbot.chat.send_typing(dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMBOT_CHAT_SEND_TYPING,
                {"BOT_ID": bot_id, "DIALOG_ID": dialog_id, "CLIENT_ID": client_id},
            ),
        )

    @deprecated(
        "The REST method imbot.chat.setManager is deprecated; use imbot.v2.Chat.Manager.add instead."
    )
    def set_manager(
        self,
        *,
        chat_id: int,
        user_id: int,
        is_manager: bool | NotGiven = NOT_GIVEN,
        bot_id: int | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Grant or revoke chat administrator rights for a member, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.Manager.add`` instead.

        REST method: ``imbot.chat.setManager``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-set-manager.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            user_id: ID of the member whose administrator rights change. Wire name: ``USER_ID``.
            is_manager: \"Y" grants administrator rights (default); "N" revokes them. Wire name: ``IS_MANAGER``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Example:
            result = client.imbot.chat.set_manager(chat_id=1, user_id=1)
            result = await client.imbot.chat.set_manager(chat_id=1, user_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMBOT_CHAT_SET_MANAGER,
                {
                    "CHAT_ID": chat_id,
                    "USER_ID": user_id,
                    "IS_MANAGER": yes_no(is_manager),
                    "BOT_ID": bot_id,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.chat.setOwner is deprecated; use imbot.v2.Chat.setOwner instead."
    )
    def set_owner(
        self,
        *,
        chat_id: int,
        user_id: int,
        bot_id: int | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Hand ownership of a group chat to another member, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.setOwner`` instead.

        REST method: ``imbot.chat.setOwner``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-set-owner.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            user_id: ID of the new owner. Wire name: ``USER_ID``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.imbot.chat.set_owner(chat_id=1, user_id=1)
            result = await client.imbot.chat.set_owner(chat_id=1, user_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMBOT_CHAT_SET_OWNER,
                {
                    "CHAT_ID": chat_id,
                    "USER_ID": user_id,
                    "BOT_ID": bot_id,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.chat.updateAvatar is deprecated; use imbot.v2.Chat.update instead."
    )
    def update_avatar(
        self,
        *,
        chat_id: int,
        avatar: str,
        bot_id: int | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Replace a group chat's picture with a base64 image, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.update`` instead.

        REST method: ``imbot.chat.updateAvatar``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-update-avatar.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            avatar: Chat picture as a base64-encoded image, at most 5000x5000 pixels. Wire name: ``AVATAR``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``ACCESS_ERROR``.

        Example:
            result = client.imbot.chat.update_avatar(chat_id=1, avatar="example")
            result = await client.imbot.chat.update_avatar(chat_id=1, avatar="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMBOT_CHAT_UPDATE_AVATAR,
                {
                    "CHAT_ID": chat_id,
                    "AVATAR": avatar,
                    "BOT_ID": bot_id,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.chat.updateColor is deprecated; use imbot.v2.Chat.update instead."
    )
    def update_color(
        self,
        *,
        chat_id: int,
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
        bot_id: int | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change a group chat's colour, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.update`` instead.

        REST method: ``imbot.chat.updateColor``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-update-color.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            color: Chat colour, used where the chat has no avatar, such as "RED", "MINT" or "GRAPHITE". Wire name: ``COLOR``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.imbot.chat.update_color(chat_id=1, color="RED")
            result = await client.imbot.chat.update_color(chat_id=1, color="RED")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMBOT_CHAT_UPDATE_COLOR,
                {
                    "CHAT_ID": chat_id,
                    "COLOR": color,
                    "BOT_ID": bot_id,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.chat.updateTitle is deprecated; use imbot.v2.Chat.update instead."
    )
    def update_title(
        self,
        *,
        chat_id: int,
        title: str,
        bot_id: int | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Rename a group chat, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.update`` instead.

        REST method: ``imbot.chat.updateTitle``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-update-title.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            title: New title; surrounding spaces and line breaks are trimmed. Wire name: ``TITLE``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.imbot.chat.update_title(chat_id=1, title="Kick-off call")
            result = await client.imbot.chat.update_title(chat_id=1, title="Kick-off call")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMBOT_CHAT_UPDATE_TITLE,
                {
                    "CHAT_ID": chat_id,
                    "TITLE": title,
                    "BOT_ID": bot_id,
                    "CLIENT_ID": client_id,
                },
            ),
        )


class AsyncImbotChat(Namespace):
    """Methods under ``imbot.chat`` (async)."""

    __slots__ = ()

    @property
    def user(self) -> AsyncImbotChatUser:
        """Methods under ``imbot.chat.user``."""
        return AsyncImbotChatUser(self._backend)

    @deprecated(
        "The REST method imbot.chat.add is deprecated; use imbot.v2.Chat.add instead."
    )
    async def add(
        self,
        *,
        type: Literal["OPEN", "CHAT"] | NotGiven = NOT_GIVEN,
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
        users: Sequence[int] | NotGiven = NOT_GIVEN,
        avatar: str | NotGiven = NOT_GIVEN,
        entity_type: str | NotGiven = NOT_GIVEN,
        entity_id: str | NotGiven = NOT_GIVEN,
        bot_id: int | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create a group chat on behalf of a bot and return its ID.

        Deprecated: use ``imbot.v2.Chat.add`` instead.

        REST method: ``imbot.chat.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-add.html

        Args:
            type: \"OPEN" for an open chat, "CHAT" for a closed one (default). Wire name: ``TYPE``.
            title: Chat title. Wire name: ``TITLE``.
            description: Chat description. Wire name: ``DESCRIPTION``.
            color: Chat colour, used where the chat has no avatar, such as "RED", "MINT" or "GRAPHITE". Wire name: ``COLOR``.
            message: Welcome message posted in the new chat. Wire name: ``MESSAGE``.
            users: IDs of the chat members. Wire name: ``USERS``.
            avatar: Chat picture as a base64-encoded image, at most 5000x5000 pixels. Wire name: ``AVATAR``.
            entity_type: Your own object type to link the chat to; find the chat later with imbot.chat.get. Wire name: ``ENTITY_TYPE``.
            entity_id: Your own object ID within ENTITY_TYPE. Wire name: ``ENTITY_ID``.
            bot_id: ID of the bot; when omitted, the app's first bot is used. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``INVALID_FORMAT``.

        Example:
            result = client.imbot.chat.add()
            result = await client.imbot.chat.add()  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _IMBOT_CHAT_ADD,
                {
                    "TYPE": type,
                    "TITLE": title,
                    "DESCRIPTION": description,
                    "COLOR": color,
                    "MESSAGE": message,
                    "USERS": users,
                    "AVATAR": avatar,
                    "ENTITY_TYPE": entity_type,
                    "ENTITY_ID": entity_id,
                    "BOT_ID": bot_id,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.chat.get is deprecated; use imbot.v2.Chat.get instead."
    )
    async def get(self, *, entity_type: str, entity_id: str) -> _ImbotChat:
        """Find the chat a bot created for an external object and return its ID.

        Deprecated: use ``imbot.v2.Chat.get`` instead.

        REST method: ``imbot.chat.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-get.html

        Args:
            entity_type: Object type passed to imbot.chat.add. Wire name: ``ENTITY_TYPE``.
            entity_id: Object ID passed to imbot.chat.add. Wire name: ``ENTITY_ID``.

        Returns:
            ImbotChat

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.imbot.chat.get(entity_type="CRM_DEAL", entity_id="1")
            result = await client.imbot.chat.get(entity_type="CRM_DEAL", entity_id="1")  # AsyncBitrix24
        """
        return cast(
            "_ImbotChat",
            await self._backend._invoke(
                _IMBOT_CHAT_GET, {"ENTITY_TYPE": entity_type, "ENTITY_ID": entity_id}
            ),
        )

    @deprecated(
        "The REST method imbot.chat.leave is deprecated; use imbot.v2.Chat.leave instead."
    )
    async def leave(
        self,
        *,
        chat_id: int,
        bot_id: int | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Take a bot out of a group chat.

        Deprecated: use ``imbot.v2.Chat.leave`` instead.

        REST method: ``imbot.chat.leave``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-leave.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.imbot.chat.leave(chat_id=1)
            result = await client.imbot.chat.leave(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMBOT_CHAT_LEAVE,
                {"CHAT_ID": chat_id, "BOT_ID": bot_id, "CLIENT_ID": client_id},
            ),
        )

    @deprecated(
        "The REST method imbot.chat.sendTyping is deprecated; use imbot.v2.Chat.InputAction.notify instead."
    )
    async def send_typing(
        self,
        *,
        bot_id: int | NotGiven = NOT_GIVEN,
        dialog_id: str,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Show the "bot is typing" indicator in a conversation.

        Deprecated: use ``imbot.v2.Chat.InputAction.notify`` instead.

        REST method: ``imbot.chat.sendTyping``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-send-typing.html

        Args:
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            dialog_id: Recipient dialog: a user ID for a private dialog or "chatXXX" for a group chat. Wire name: ``DIALOG_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Example:
            result = client.imbot.chat.send_typing(dialog_id="1")
            result = await client.imbot.chat.send_typing(dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMBOT_CHAT_SEND_TYPING,
                {"BOT_ID": bot_id, "DIALOG_ID": dialog_id, "CLIENT_ID": client_id},
            ),
        )

    @deprecated(
        "The REST method imbot.chat.setManager is deprecated; use imbot.v2.Chat.Manager.add instead."
    )
    async def set_manager(
        self,
        *,
        chat_id: int,
        user_id: int,
        is_manager: bool | NotGiven = NOT_GIVEN,
        bot_id: int | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Grant or revoke chat administrator rights for a member, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.Manager.add`` instead.

        REST method: ``imbot.chat.setManager``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-set-manager.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            user_id: ID of the member whose administrator rights change. Wire name: ``USER_ID``.
            is_manager: \"Y" grants administrator rights (default); "N" revokes them. Wire name: ``IS_MANAGER``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Example:
            result = client.imbot.chat.set_manager(chat_id=1, user_id=1)
            result = await client.imbot.chat.set_manager(chat_id=1, user_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMBOT_CHAT_SET_MANAGER,
                {
                    "CHAT_ID": chat_id,
                    "USER_ID": user_id,
                    "IS_MANAGER": yes_no(is_manager),
                    "BOT_ID": bot_id,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.chat.setOwner is deprecated; use imbot.v2.Chat.setOwner instead."
    )
    async def set_owner(
        self,
        *,
        chat_id: int,
        user_id: int,
        bot_id: int | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Hand ownership of a group chat to another member, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.setOwner`` instead.

        REST method: ``imbot.chat.setOwner``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-set-owner.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            user_id: ID of the new owner. Wire name: ``USER_ID``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.imbot.chat.set_owner(chat_id=1, user_id=1)
            result = await client.imbot.chat.set_owner(chat_id=1, user_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMBOT_CHAT_SET_OWNER,
                {
                    "CHAT_ID": chat_id,
                    "USER_ID": user_id,
                    "BOT_ID": bot_id,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.chat.updateAvatar is deprecated; use imbot.v2.Chat.update instead."
    )
    async def update_avatar(
        self,
        *,
        chat_id: int,
        avatar: str,
        bot_id: int | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Replace a group chat's picture with a base64 image, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.update`` instead.

        REST method: ``imbot.chat.updateAvatar``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-update-avatar.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            avatar: Chat picture as a base64-encoded image, at most 5000x5000 pixels. Wire name: ``AVATAR``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``ACCESS_ERROR``.

        Example:
            result = client.imbot.chat.update_avatar(chat_id=1, avatar="example")
            result = await client.imbot.chat.update_avatar(chat_id=1, avatar="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMBOT_CHAT_UPDATE_AVATAR,
                {
                    "CHAT_ID": chat_id,
                    "AVATAR": avatar,
                    "BOT_ID": bot_id,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.chat.updateColor is deprecated; use imbot.v2.Chat.update instead."
    )
    async def update_color(
        self,
        *,
        chat_id: int,
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
        bot_id: int | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change a group chat's colour, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.update`` instead.

        REST method: ``imbot.chat.updateColor``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-update-color.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            color: Chat colour, used where the chat has no avatar, such as "RED", "MINT" or "GRAPHITE". Wire name: ``COLOR``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.imbot.chat.update_color(chat_id=1, color="RED")
            result = await client.imbot.chat.update_color(chat_id=1, color="RED")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMBOT_CHAT_UPDATE_COLOR,
                {
                    "CHAT_ID": chat_id,
                    "COLOR": color,
                    "BOT_ID": bot_id,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.chat.updateTitle is deprecated; use imbot.v2.Chat.update instead."
    )
    async def update_title(
        self,
        *,
        chat_id: int,
        title: str,
        bot_id: int | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Rename a group chat, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.update`` instead.

        REST method: ``imbot.chat.updateTitle``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-update-title.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            title: New title; surrounding spaces and line breaks are trimmed. Wire name: ``TITLE``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.imbot.chat.update_title(chat_id=1, title="Kick-off call")
            result = await client.imbot.chat.update_title(chat_id=1, title="Kick-off call")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMBOT_CHAT_UPDATE_TITLE,
                {
                    "CHAT_ID": chat_id,
                    "TITLE": title,
                    "BOT_ID": bot_id,
                    "CLIENT_ID": client_id,
                },
            ),
        )


class BatchImbotChat(Namespace):
    """Methods under ``imbot.chat`` (queued into a batch)."""

    __slots__ = ()

    @property
    def user(self) -> BatchImbotChatUser:
        """Methods under ``imbot.chat.user``."""
        return BatchImbotChatUser(self._backend)

    @deprecated(
        "The REST method imbot.chat.add is deprecated; use imbot.v2.Chat.add instead."
    )
    def add(
        self,
        *,
        type: Literal["OPEN", "CHAT"] | Ref | NotGiven = NOT_GIVEN,
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
        users: Sequence[int] | Ref | NotGiven = NOT_GIVEN,
        avatar: str | Ref | NotGiven = NOT_GIVEN,
        entity_type: str | Ref | NotGiven = NOT_GIVEN,
        entity_id: str | Ref | NotGiven = NOT_GIVEN,
        bot_id: int | Ref | NotGiven = NOT_GIVEN,
        client_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Create a group chat on behalf of a bot and return its ID.

        Deprecated: use ``imbot.v2.Chat.add`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.chat.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-add.html

        Args:
            type: \"OPEN" for an open chat, "CHAT" for a closed one (default). Wire name: ``TYPE``.
            title: Chat title. Wire name: ``TITLE``.
            description: Chat description. Wire name: ``DESCRIPTION``.
            color: Chat colour, used where the chat has no avatar, such as "RED", "MINT" or "GRAPHITE". Wire name: ``COLOR``.
            message: Welcome message posted in the new chat. Wire name: ``MESSAGE``.
            users: IDs of the chat members. Wire name: ``USERS``.
            avatar: Chat picture as a base64-encoded image, at most 5000x5000 pixels. Wire name: ``AVATAR``.
            entity_type: Your own object type to link the chat to; find the chat later with imbot.chat.get. Wire name: ``ENTITY_TYPE``.
            entity_id: Your own object ID within ENTITY_TYPE. Wire name: ``ENTITY_ID``.
            bot_id: ID of the bot; when omitted, the app's first bot is used. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``INVALID_FORMAT``.

        Example:
            command = batch.imbot.chat.add()
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _IMBOT_CHAT_ADD,
                {
                    "TYPE": type,
                    "TITLE": title,
                    "DESCRIPTION": description,
                    "COLOR": color,
                    "MESSAGE": message,
                    "USERS": users,
                    "AVATAR": avatar,
                    "ENTITY_TYPE": entity_type,
                    "ENTITY_ID": entity_id,
                    "BOT_ID": bot_id,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.chat.get is deprecated; use imbot.v2.Chat.get instead."
    )
    def get(
        self, *, entity_type: str | Ref, entity_id: str | Ref
    ) -> BatchCommand[_ImbotChat]:
        """Find the chat a bot created for an external object and return its ID.

        Deprecated: use ``imbot.v2.Chat.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.chat.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-get.html

        Args:
            entity_type: Object type passed to imbot.chat.add. Wire name: ``ENTITY_TYPE``.
            entity_id: Object ID passed to imbot.chat.add. Wire name: ``ENTITY_ID``.

        Returns:
            BatchCommand[ImbotChat]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.imbot.chat.get(entity_type="CRM_DEAL", entity_id="1")
        """
        return cast(
            "BatchCommand[_ImbotChat]",
            self._backend._invoke(
                _IMBOT_CHAT_GET, {"ENTITY_TYPE": entity_type, "ENTITY_ID": entity_id}
            ),
        )

    @deprecated(
        "The REST method imbot.chat.leave is deprecated; use imbot.v2.Chat.leave instead."
    )
    def leave(
        self,
        *,
        chat_id: int | Ref,
        bot_id: int | Ref | NotGiven = NOT_GIVEN,
        client_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Take a bot out of a group chat.

        Deprecated: use ``imbot.v2.Chat.leave`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.chat.leave``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-leave.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.imbot.chat.leave(chat_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMBOT_CHAT_LEAVE,
                {"CHAT_ID": chat_id, "BOT_ID": bot_id, "CLIENT_ID": client_id},
            ),
        )

    @deprecated(
        "The REST method imbot.chat.sendTyping is deprecated; use imbot.v2.Chat.InputAction.notify instead."
    )
    def send_typing(
        self,
        *,
        bot_id: int | Ref | NotGiven = NOT_GIVEN,
        dialog_id: str | Ref,
        client_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Show the "bot is typing" indicator in a conversation.

        Deprecated: use ``imbot.v2.Chat.InputAction.notify`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.chat.sendTyping``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-send-typing.html

        Args:
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            dialog_id: Recipient dialog: a user ID for a private dialog or "chatXXX" for a group chat. Wire name: ``DIALOG_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.imbot.chat.send_typing(dialog_id="1")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMBOT_CHAT_SEND_TYPING,
                {"BOT_ID": bot_id, "DIALOG_ID": dialog_id, "CLIENT_ID": client_id},
            ),
        )

    @deprecated(
        "The REST method imbot.chat.setManager is deprecated; use imbot.v2.Chat.Manager.add instead."
    )
    def set_manager(
        self,
        *,
        chat_id: int | Ref,
        user_id: int | Ref,
        is_manager: bool | Ref | NotGiven = NOT_GIVEN,
        bot_id: int | Ref | NotGiven = NOT_GIVEN,
        client_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Grant or revoke chat administrator rights for a member, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.Manager.add`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.chat.setManager``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-set-manager.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            user_id: ID of the member whose administrator rights change. Wire name: ``USER_ID``.
            is_manager: \"Y" grants administrator rights (default); "N" revokes them. Wire name: ``IS_MANAGER``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.imbot.chat.set_manager(chat_id=1, user_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMBOT_CHAT_SET_MANAGER,
                {
                    "CHAT_ID": chat_id,
                    "USER_ID": user_id,
                    "IS_MANAGER": yes_no(is_manager),
                    "BOT_ID": bot_id,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.chat.setOwner is deprecated; use imbot.v2.Chat.setOwner instead."
    )
    def set_owner(
        self,
        *,
        chat_id: int | Ref,
        user_id: int | Ref,
        bot_id: int | Ref | NotGiven = NOT_GIVEN,
        client_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Hand ownership of a group chat to another member, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.setOwner`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.chat.setOwner``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-set-owner.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            user_id: ID of the new owner. Wire name: ``USER_ID``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.imbot.chat.set_owner(chat_id=1, user_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMBOT_CHAT_SET_OWNER,
                {
                    "CHAT_ID": chat_id,
                    "USER_ID": user_id,
                    "BOT_ID": bot_id,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.chat.updateAvatar is deprecated; use imbot.v2.Chat.update instead."
    )
    def update_avatar(
        self,
        *,
        chat_id: int | Ref,
        avatar: str | Ref,
        bot_id: int | Ref | NotGiven = NOT_GIVEN,
        client_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Replace a group chat's picture with a base64 image, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.update`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.chat.updateAvatar``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-update-avatar.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            avatar: Chat picture as a base64-encoded image, at most 5000x5000 pixels. Wire name: ``AVATAR``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``ACCESS_ERROR``.

        Example:
            command = batch.imbot.chat.update_avatar(chat_id=1, avatar="example")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMBOT_CHAT_UPDATE_AVATAR,
                {
                    "CHAT_ID": chat_id,
                    "AVATAR": avatar,
                    "BOT_ID": bot_id,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.chat.updateColor is deprecated; use imbot.v2.Chat.update instead."
    )
    def update_color(
        self,
        *,
        chat_id: int | Ref,
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
        bot_id: int | Ref | NotGiven = NOT_GIVEN,
        client_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change a group chat's colour, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.update`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.chat.updateColor``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-update-color.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            color: Chat colour, used where the chat has no avatar, such as "RED", "MINT" or "GRAPHITE". Wire name: ``COLOR``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.imbot.chat.update_color(chat_id=1, color="RED")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMBOT_CHAT_UPDATE_COLOR,
                {
                    "CHAT_ID": chat_id,
                    "COLOR": color,
                    "BOT_ID": bot_id,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.chat.updateTitle is deprecated; use imbot.v2.Chat.update instead."
    )
    def update_title(
        self,
        *,
        chat_id: int | Ref,
        title: str | Ref,
        bot_id: int | Ref | NotGiven = NOT_GIVEN,
        client_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Rename a group chat, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.update`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.chat.updateTitle``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-update-title.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            title: New title; surrounding spaces and line breaks are trimmed. Wire name: ``TITLE``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.imbot.chat.update_title(chat_id=1, title="Kick-off call")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMBOT_CHAT_UPDATE_TITLE,
                {
                    "CHAT_ID": chat_id,
                    "TITLE": title,
                    "BOT_ID": bot_id,
                    "CLIENT_ID": client_id,
                },
            ),
        )


class ImbotChatUser(Namespace):
    """Methods under ``imbot.chat.user``."""

    __slots__ = ()

    @deprecated(
        "The REST method imbot.chat.user.add is deprecated; use imbot.v2.Chat.User.add instead."
    )
    def add(
        self,
        *,
        chat_id: int,
        users: Sequence[int],
        hide_history: bool | NotGiven = NOT_GIVEN,
        bot_id: int | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Invite users into a group chat, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.User.add`` instead.

        REST method: ``imbot.chat.user.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-user-add.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            users: IDs of the users to add to the chat. Wire name: ``USERS``.
            hide_history: \"Y" hides earlier chat history from the added users; "N" shows it. Wire name: ``HIDE_HISTORY``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.imbot.chat.user.add(chat_id=1, users=[1])
            result = await client.imbot.chat.user.add(chat_id=1, users=[1])  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMBOT_CHAT_USER_ADD,
                {
                    "CHAT_ID": chat_id,
                    "USERS": users,
                    "HIDE_HISTORY": yes_no(hide_history),
                    "BOT_ID": bot_id,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.chat.user.delete is deprecated; use imbot.v2.Chat.User.delete instead."
    )
    def delete(
        self,
        *,
        chat_id: int,
        user_id: int,
        bot_id: int | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Remove a member from a group chat, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.User.delete`` instead.

        REST method: ``imbot.chat.user.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-user-delete.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            user_id: ID of the member to remove. Wire name: ``USER_ID``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.imbot.chat.user.delete(chat_id=1, user_id=1)
            result = await client.imbot.chat.user.delete(chat_id=1, user_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMBOT_CHAT_USER_DELETE,
                {
                    "CHAT_ID": chat_id,
                    "USER_ID": user_id,
                    "BOT_ID": bot_id,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.chat.user.list is deprecated; use imbot.v2.Chat.User.list instead."
    )
    def list(
        self,
        *,
        chat_id: int,
        bot_id: int | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> builtins.list[int]:
        """Return the member IDs of a chat, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.User.list`` instead.

        REST method: ``imbot.chat.user.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-user-list.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            list[int]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.imbot.chat.user.list(chat_id=1)
            result = await client.imbot.chat.user.list(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            "builtins.list[int]",
            self._backend._invoke(
                _IMBOT_CHAT_USER_LIST,
                {"CHAT_ID": chat_id, "BOT_ID": bot_id, "CLIENT_ID": client_id},
            ),
        )


class AsyncImbotChatUser(Namespace):
    """Methods under ``imbot.chat.user`` (async)."""

    __slots__ = ()

    @deprecated(
        "The REST method imbot.chat.user.add is deprecated; use imbot.v2.Chat.User.add instead."
    )
    async def add(
        self,
        *,
        chat_id: int,
        users: Sequence[int],
        hide_history: bool | NotGiven = NOT_GIVEN,
        bot_id: int | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Invite users into a group chat, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.User.add`` instead.

        REST method: ``imbot.chat.user.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-user-add.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            users: IDs of the users to add to the chat. Wire name: ``USERS``.
            hide_history: \"Y" hides earlier chat history from the added users; "N" shows it. Wire name: ``HIDE_HISTORY``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.imbot.chat.user.add(chat_id=1, users=[1])
            result = await client.imbot.chat.user.add(chat_id=1, users=[1])  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMBOT_CHAT_USER_ADD,
                {
                    "CHAT_ID": chat_id,
                    "USERS": users,
                    "HIDE_HISTORY": yes_no(hide_history),
                    "BOT_ID": bot_id,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.chat.user.delete is deprecated; use imbot.v2.Chat.User.delete instead."
    )
    async def delete(
        self,
        *,
        chat_id: int,
        user_id: int,
        bot_id: int | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Remove a member from a group chat, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.User.delete`` instead.

        REST method: ``imbot.chat.user.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-user-delete.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            user_id: ID of the member to remove. Wire name: ``USER_ID``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.imbot.chat.user.delete(chat_id=1, user_id=1)
            result = await client.imbot.chat.user.delete(chat_id=1, user_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMBOT_CHAT_USER_DELETE,
                {
                    "CHAT_ID": chat_id,
                    "USER_ID": user_id,
                    "BOT_ID": bot_id,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.chat.user.list is deprecated; use imbot.v2.Chat.User.list instead."
    )
    async def list(
        self,
        *,
        chat_id: int,
        bot_id: int | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> builtins.list[int]:
        """Return the member IDs of a chat, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.User.list`` instead.

        REST method: ``imbot.chat.user.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-user-list.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            list[int]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.imbot.chat.user.list(chat_id=1)
            result = await client.imbot.chat.user.list(chat_id=1)  # AsyncBitrix24
        """
        return cast(
            "builtins.list[int]",
            await self._backend._invoke(
                _IMBOT_CHAT_USER_LIST,
                {"CHAT_ID": chat_id, "BOT_ID": bot_id, "CLIENT_ID": client_id},
            ),
        )


class BatchImbotChatUser(Namespace):
    """Methods under ``imbot.chat.user`` (queued into a batch)."""

    __slots__ = ()

    @deprecated(
        "The REST method imbot.chat.user.add is deprecated; use imbot.v2.Chat.User.add instead."
    )
    def add(
        self,
        *,
        chat_id: int | Ref,
        users: Sequence[int] | Ref,
        hide_history: bool | Ref | NotGiven = NOT_GIVEN,
        bot_id: int | Ref | NotGiven = NOT_GIVEN,
        client_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Invite users into a group chat, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.User.add`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.chat.user.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-user-add.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            users: IDs of the users to add to the chat. Wire name: ``USERS``.
            hide_history: \"Y" hides earlier chat history from the added users; "N" shows it. Wire name: ``HIDE_HISTORY``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.imbot.chat.user.add(chat_id=1, users=[1])
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMBOT_CHAT_USER_ADD,
                {
                    "CHAT_ID": chat_id,
                    "USERS": users,
                    "HIDE_HISTORY": yes_no(hide_history),
                    "BOT_ID": bot_id,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.chat.user.delete is deprecated; use imbot.v2.Chat.User.delete instead."
    )
    def delete(
        self,
        *,
        chat_id: int | Ref,
        user_id: int | Ref,
        bot_id: int | Ref | NotGiven = NOT_GIVEN,
        client_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Remove a member from a group chat, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.User.delete`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.chat.user.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-user-delete.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            user_id: ID of the member to remove. Wire name: ``USER_ID``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.imbot.chat.user.delete(chat_id=1, user_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMBOT_CHAT_USER_DELETE,
                {
                    "CHAT_ID": chat_id,
                    "USER_ID": user_id,
                    "BOT_ID": bot_id,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.chat.user.list is deprecated; use imbot.v2.Chat.User.list instead."
    )
    def list(
        self,
        *,
        chat_id: int | Ref,
        bot_id: int | Ref | NotGiven = NOT_GIVEN,
        client_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[int]]:
        """Return the member IDs of a chat, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.User.list`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.chat.user.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-user-list.html

        Args:
            chat_id: ID of the chat (a number, without the "chat" prefix). Wire name: ``CHAT_ID``.
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[list[int]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.imbot.chat.user.list(chat_id=1)
        """
        return cast(
            "BatchCommand[builtins.list[int]]",
            self._backend._invoke(
                _IMBOT_CHAT_USER_LIST,
                {"CHAT_ID": chat_id, "BOT_ID": bot_id, "CLIENT_ID": client_id},
            ),
        )
