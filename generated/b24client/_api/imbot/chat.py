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
        """Add imbot chat.

        Deprecated: use ``imbot.v2.Chat.add`` instead.

        REST method: ``imbot.chat.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-add.html

        Args:
            type: Wire name: ``TYPE``.
            title: Wire name: ``TITLE``.
            description: Wire name: ``DESCRIPTION``.
            color: Wire name: ``COLOR``.
            message: Wire name: ``MESSAGE``.
            users: Wire name: ``USERS``.
            avatar: Wire name: ``AVATAR``.
            entity_type: Wire name: ``ENTITY_TYPE``.
            entity_id: Wire name: ``ENTITY_ID``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Get imbot chat.

        Deprecated: use ``imbot.v2.Chat.get`` instead.

        REST method: ``imbot.chat.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-get.html

        Args:
            entity_type: Wire name: ``ENTITY_TYPE``.
            entity_id: Wire name: ``ENTITY_ID``.

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
        """Leave imbot chat.

        Deprecated: use ``imbot.v2.Chat.leave`` instead.

        REST method: ``imbot.chat.leave``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-leave.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Send typing of imbot chat.

        Deprecated: use ``imbot.v2.Chat.InputAction.notify`` instead.

        REST method: ``imbot.chat.sendTyping``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-send-typing.html

        Args:
            bot_id: Wire name: ``BOT_ID``.
            dialog_id: Wire name: ``DIALOG_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Set manager of imbot chat.

        Deprecated: use ``imbot.v2.Chat.Manager.add`` instead.

        REST method: ``imbot.chat.setManager``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-set-manager.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            user_id: Wire name: ``USER_ID``.
            is_manager: Wire name: ``IS_MANAGER``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Set owner of imbot chat.

        Deprecated: use ``imbot.v2.Chat.setOwner`` instead.

        REST method: ``imbot.chat.setOwner``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-set-owner.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            user_id: Wire name: ``USER_ID``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Update avatar of imbot chat.

        Deprecated: use ``imbot.v2.Chat.update`` instead.

        REST method: ``imbot.chat.updateAvatar``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-update-avatar.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            avatar: Wire name: ``AVATAR``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Update color of imbot chat.

        Deprecated: use ``imbot.v2.Chat.update`` instead.

        REST method: ``imbot.chat.updateColor``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-update-color.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            color: Wire name: ``COLOR``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Update title of imbot chat.

        Deprecated: use ``imbot.v2.Chat.update`` instead.

        REST method: ``imbot.chat.updateTitle``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-update-title.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            title: Wire name: ``TITLE``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Add imbot chat.

        Deprecated: use ``imbot.v2.Chat.add`` instead.

        REST method: ``imbot.chat.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-add.html

        Args:
            type: Wire name: ``TYPE``.
            title: Wire name: ``TITLE``.
            description: Wire name: ``DESCRIPTION``.
            color: Wire name: ``COLOR``.
            message: Wire name: ``MESSAGE``.
            users: Wire name: ``USERS``.
            avatar: Wire name: ``AVATAR``.
            entity_type: Wire name: ``ENTITY_TYPE``.
            entity_id: Wire name: ``ENTITY_ID``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Get imbot chat.

        Deprecated: use ``imbot.v2.Chat.get`` instead.

        REST method: ``imbot.chat.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-get.html

        Args:
            entity_type: Wire name: ``ENTITY_TYPE``.
            entity_id: Wire name: ``ENTITY_ID``.

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
        """Leave imbot chat.

        Deprecated: use ``imbot.v2.Chat.leave`` instead.

        REST method: ``imbot.chat.leave``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-leave.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Send typing of imbot chat.

        Deprecated: use ``imbot.v2.Chat.InputAction.notify`` instead.

        REST method: ``imbot.chat.sendTyping``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-send-typing.html

        Args:
            bot_id: Wire name: ``BOT_ID``.
            dialog_id: Wire name: ``DIALOG_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Set manager of imbot chat.

        Deprecated: use ``imbot.v2.Chat.Manager.add`` instead.

        REST method: ``imbot.chat.setManager``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-set-manager.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            user_id: Wire name: ``USER_ID``.
            is_manager: Wire name: ``IS_MANAGER``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Set owner of imbot chat.

        Deprecated: use ``imbot.v2.Chat.setOwner`` instead.

        REST method: ``imbot.chat.setOwner``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-set-owner.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            user_id: Wire name: ``USER_ID``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Update avatar of imbot chat.

        Deprecated: use ``imbot.v2.Chat.update`` instead.

        REST method: ``imbot.chat.updateAvatar``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-update-avatar.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            avatar: Wire name: ``AVATAR``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Update color of imbot chat.

        Deprecated: use ``imbot.v2.Chat.update`` instead.

        REST method: ``imbot.chat.updateColor``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-update-color.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            color: Wire name: ``COLOR``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Update title of imbot chat.

        Deprecated: use ``imbot.v2.Chat.update`` instead.

        REST method: ``imbot.chat.updateTitle``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-update-title.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            title: Wire name: ``TITLE``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Add imbot chat.

        Deprecated: use ``imbot.v2.Chat.add`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.chat.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-add.html

        Args:
            type: Wire name: ``TYPE``.
            title: Wire name: ``TITLE``.
            description: Wire name: ``DESCRIPTION``.
            color: Wire name: ``COLOR``.
            message: Wire name: ``MESSAGE``.
            users: Wire name: ``USERS``.
            avatar: Wire name: ``AVATAR``.
            entity_type: Wire name: ``ENTITY_TYPE``.
            entity_id: Wire name: ``ENTITY_ID``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Get imbot chat.

        Deprecated: use ``imbot.v2.Chat.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.chat.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-get.html

        Args:
            entity_type: Wire name: ``ENTITY_TYPE``.
            entity_id: Wire name: ``ENTITY_ID``.

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
        """Leave imbot chat.

        Deprecated: use ``imbot.v2.Chat.leave`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.chat.leave``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-leave.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Send typing of imbot chat.

        Deprecated: use ``imbot.v2.Chat.InputAction.notify`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.chat.sendTyping``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-send-typing.html

        Args:
            bot_id: Wire name: ``BOT_ID``.
            dialog_id: Wire name: ``DIALOG_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Set manager of imbot chat.

        Deprecated: use ``imbot.v2.Chat.Manager.add`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.chat.setManager``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-set-manager.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            user_id: Wire name: ``USER_ID``.
            is_manager: Wire name: ``IS_MANAGER``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Set owner of imbot chat.

        Deprecated: use ``imbot.v2.Chat.setOwner`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.chat.setOwner``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-set-owner.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            user_id: Wire name: ``USER_ID``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Update avatar of imbot chat.

        Deprecated: use ``imbot.v2.Chat.update`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.chat.updateAvatar``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-update-avatar.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            avatar: Wire name: ``AVATAR``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Update color of imbot chat.

        Deprecated: use ``imbot.v2.Chat.update`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.chat.updateColor``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-update-color.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            color: Wire name: ``COLOR``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Update title of imbot chat.

        Deprecated: use ``imbot.v2.Chat.update`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.chat.updateTitle``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-update-title.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            title: Wire name: ``TITLE``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Add imbot chat user.

        Deprecated: use ``imbot.v2.Chat.User.add`` instead.

        REST method: ``imbot.chat.user.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-user-add.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            users: Wire name: ``USERS``.
            hide_history: Wire name: ``HIDE_HISTORY``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Delete imbot chat user.

        Deprecated: use ``imbot.v2.Chat.User.delete`` instead.

        REST method: ``imbot.chat.user.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-user-delete.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            user_id: Wire name: ``USER_ID``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """List imbot chat user entries.

        Deprecated: use ``imbot.v2.Chat.User.list`` instead.

        REST method: ``imbot.chat.user.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-user-list.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Add imbot chat user.

        Deprecated: use ``imbot.v2.Chat.User.add`` instead.

        REST method: ``imbot.chat.user.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-user-add.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            users: Wire name: ``USERS``.
            hide_history: Wire name: ``HIDE_HISTORY``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Delete imbot chat user.

        Deprecated: use ``imbot.v2.Chat.User.delete`` instead.

        REST method: ``imbot.chat.user.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-user-delete.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            user_id: Wire name: ``USER_ID``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """List imbot chat user entries.

        Deprecated: use ``imbot.v2.Chat.User.list`` instead.

        REST method: ``imbot.chat.user.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-user-list.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Add imbot chat user.

        Deprecated: use ``imbot.v2.Chat.User.add`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.chat.user.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-user-add.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            users: Wire name: ``USERS``.
            hide_history: Wire name: ``HIDE_HISTORY``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Delete imbot chat user.

        Deprecated: use ``imbot.v2.Chat.User.delete`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.chat.user.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-user-delete.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            user_id: Wire name: ``USER_ID``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """List imbot chat user entries.

        Deprecated: use ``imbot.v2.Chat.User.list`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.chat.user.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-chat-user-list.html

        Args:
            chat_id: Wire name: ``CHAT_ID``.
            bot_id: Wire name: ``BOT_ID``.
            client_id: Wire name: ``CLIENT_ID``.

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
