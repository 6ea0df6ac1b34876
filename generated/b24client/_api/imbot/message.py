"""Methods under ``imbot.message``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from typing_extensions import deprecated
else:
    from b24client._core.callsite import deprecated

_IMBOT_MESSAGE_ADD = MethodInfo(
    name="imbot.message.add", idempotent=False, returns="integer", api=1
)
_IMBOT_MESSAGE_DELETE = MethodInfo(
    name="imbot.message.delete", idempotent=False, returns="boolean", api=1
)
_IMBOT_MESSAGE_LIKE = MethodInfo(
    name="imbot.message.like", idempotent=False, returns="boolean", api=1
)
_IMBOT_MESSAGE_UPDATE = MethodInfo(
    name="imbot.message.update", idempotent=False, returns="boolean", api=1
)


class ImbotMessage(Namespace):
    """Methods under ``imbot.message``."""

    __slots__ = ()

    @deprecated(
        "The REST method imbot.message.add is deprecated; use imbot.v2.Chat.Message.send instead."
    )
    def add(
        self,
        *,
        bot_id: int | NotGiven = NOT_GIVEN,
        dialog_id: str | NotGiven = NOT_GIVEN,
        from_user_id: int | NotGiven = NOT_GIVEN,
        to_user_id: int | NotGiven = NOT_GIVEN,
        message: str,
        attach: dict[str, Any] | NotGiven = NOT_GIVEN,
        keyboard: dict[str, Any] | NotGiven = NOT_GIVEN,
        menu: dict[str, Any] | NotGiven = NOT_GIVEN,
        system: bool | NotGiven = NOT_GIVEN,
        url_preview: bool | NotGiven = NOT_GIVEN,
        skip_connector: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> int:
        """Post a message from a bot to a chat or private conversation.

        Deprecated; use imbot.v2.Chat.Message.send. Works only with bots of the calling application.

        Deprecated: use ``imbot.v2.Chat.Message.send`` instead.

        REST method: ``imbot.message.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/messages/imbot-message-add.html

        Args:
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            dialog_id: Recipient dialog: a user ID for a private dialog or "chatXXX" for a group chat. Wire name: ``DIALOG_ID``.
            from_user_id: ID of the sender, for posting into a private dialog between two users. Wire name: ``FROM_USER_ID``.
            to_user_id: ID of the recipient, for posting into a private dialog between two users. Wire name: ``TO_USER_ID``.
            message: Message text, with BB-code formatting; surrounding spaces are trimmed. Wire name: ``MESSAGE``.
            attach: Rich attachment block (images, links, files, grids), as an object or a JSON string. Wire name: ``ATTACH``.
            keyboard: Buttons shown under the message for the user to press. Wire name: ``KEYBOARD``.
            menu: Extra items for the message's context menu. Wire name: ``MENU``.
            system: \"Y" sends the message as a system message; "N" as a regular one. Wire name: ``SYSTEM``.
            url_preview: \"Y" turns links in the text into rich previews; "N" leaves them as plain links. Wire name: ``URL_PREVIEW``.
            skip_connector: \"Y" does not pass the message to external open channel connectors. Wire name: ``SKIP_CONNECTOR``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            int

        Example:
            result = client.imbot.message.add(message="Please call back after 3 pm.")
            result = await client.imbot.message.add(message="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _IMBOT_MESSAGE_ADD,
                {
                    "BOT_ID": bot_id,
                    "DIALOG_ID": dialog_id,
                    "FROM_USER_ID": from_user_id,
                    "TO_USER_ID": to_user_id,
                    "MESSAGE": message,
                    "ATTACH": attach,
                    "KEYBOARD": keyboard,
                    "MENU": menu,
                    "SYSTEM": yes_no(system),
                    "URL_PREVIEW": yes_no(url_preview),
                    "SKIP_CONNECTOR": skip_connector,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.message.delete is deprecated; use imbot.v2.Chat.Message.delete instead."
    )
    def delete(
        self,
        *,
        bot_id: int | NotGiven = NOT_GIVEN,
        message_id: int,
        complete: bool | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Remove a message the bot posted.

        Deprecated: use ``imbot.v2.Chat.Message.delete`` instead.

        REST method: ``imbot.message.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/messages/imbot-message-delete.html

        Args:
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            message_id: ID of the message to delete. Wire name: ``MESSAGE_ID``.
            complete: \"Y" deletes completely with no trace; "N" leaves a "deleted" mark (default). Wire name: ``COMPLETE``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Example:
            result = client.imbot.message.delete(message_id=1)
            result = await client.imbot.message.delete(message_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMBOT_MESSAGE_DELETE,
                {
                    "BOT_ID": bot_id,
                    "MESSAGE_ID": message_id,
                    "COMPLETE": yes_no(complete),
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.message.like is deprecated; use imbot.v2.Chat.Message.Reaction.add instead."
    )
    def like(
        self,
        *,
        bot_id: int | NotGiven = NOT_GIVEN,
        message_id: int,
        action: Literal["auto", "plus", "minus"] | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Put, remove or toggle the bot's "like" on a message.

        Deprecated: use ``imbot.v2.Chat.Message.Reaction.add`` instead.

        REST method: ``imbot.message.like``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/messages/imbot-message-like.html

        Args:
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            message_id: ID of the message. Wire name: ``MESSAGE_ID``.
            action: \"plus" adds the like, "minus" removes it, "auto" toggles it. Wire name: ``ACTION``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Example:
            result = client.imbot.message.like(message_id=1)
            result = await client.imbot.message.like(message_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMBOT_MESSAGE_LIKE,
                {
                    "BOT_ID": bot_id,
                    "MESSAGE_ID": message_id,
                    "ACTION": action,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.message.update is deprecated; use imbot.v2.Chat.Message.update instead."
    )
    def update(
        self,
        *,
        bot_id: int | NotGiven = NOT_GIVEN,
        message_id: int,
        message: str | NotGiven = NOT_GIVEN,
        attach: dict[str, Any] | NotGiven = NOT_GIVEN,
        keyboard: dict[str, Any] | NotGiven = NOT_GIVEN,
        menu: dict[str, Any] | NotGiven = NOT_GIVEN,
        url_preview: bool | NotGiven = NOT_GIVEN,
        skip_connector: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change the text, attachment, keyboard or menu of a bot message.

        Deprecated; use imbot.v2.Chat.Message.update. An empty MESSAGE deletes the message.

        Deprecated: use ``imbot.v2.Chat.Message.update`` instead.

        REST method: ``imbot.message.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/messages/imbot-message-update.html

        Args:
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            message_id: ID of the message. Wire name: ``MESSAGE_ID``.
            message: New text; an empty value deletes the message, omitting it keeps the text. Wire name: ``MESSAGE``.
            attach: New attachment; "N" or an empty value removes it. Wire name: ``ATTACH``.
            keyboard: New buttons; "N" or an empty value removes them. Wire name: ``KEYBOARD``.
            menu: New context menu items; "N" or an empty value removes them. Wire name: ``MENU``.
            url_preview: \"Y" turns links in the text into rich previews; "N" leaves them as plain links. Wire name: ``URL_PREVIEW``.
            skip_connector: \"Y" does not pass the message to external open channel connectors. Wire name: ``SKIP_CONNECTOR``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Example:
            result = client.imbot.message.update(message_id=1)
            result = await client.imbot.message.update(message_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMBOT_MESSAGE_UPDATE,
                {
                    "BOT_ID": bot_id,
                    "MESSAGE_ID": message_id,
                    "MESSAGE": message,
                    "ATTACH": attach,
                    "KEYBOARD": keyboard,
                    "MENU": menu,
                    "URL_PREVIEW": yes_no(url_preview),
                    "SKIP_CONNECTOR": skip_connector,
                    "CLIENT_ID": client_id,
                },
            ),
        )


class AsyncImbotMessage(Namespace):
    """Methods under ``imbot.message`` (async)."""

    __slots__ = ()

    @deprecated(
        "The REST method imbot.message.add is deprecated; use imbot.v2.Chat.Message.send instead."
    )
    async def add(
        self,
        *,
        bot_id: int | NotGiven = NOT_GIVEN,
        dialog_id: str | NotGiven = NOT_GIVEN,
        from_user_id: int | NotGiven = NOT_GIVEN,
        to_user_id: int | NotGiven = NOT_GIVEN,
        message: str,
        attach: dict[str, Any] | NotGiven = NOT_GIVEN,
        keyboard: dict[str, Any] | NotGiven = NOT_GIVEN,
        menu: dict[str, Any] | NotGiven = NOT_GIVEN,
        system: bool | NotGiven = NOT_GIVEN,
        url_preview: bool | NotGiven = NOT_GIVEN,
        skip_connector: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> int:
        """Post a message from a bot to a chat or private conversation.

        Deprecated; use imbot.v2.Chat.Message.send. Works only with bots of the calling application.

        Deprecated: use ``imbot.v2.Chat.Message.send`` instead.

        REST method: ``imbot.message.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/messages/imbot-message-add.html

        Args:
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            dialog_id: Recipient dialog: a user ID for a private dialog or "chatXXX" for a group chat. Wire name: ``DIALOG_ID``.
            from_user_id: ID of the sender, for posting into a private dialog between two users. Wire name: ``FROM_USER_ID``.
            to_user_id: ID of the recipient, for posting into a private dialog between two users. Wire name: ``TO_USER_ID``.
            message: Message text, with BB-code formatting; surrounding spaces are trimmed. Wire name: ``MESSAGE``.
            attach: Rich attachment block (images, links, files, grids), as an object or a JSON string. Wire name: ``ATTACH``.
            keyboard: Buttons shown under the message for the user to press. Wire name: ``KEYBOARD``.
            menu: Extra items for the message's context menu. Wire name: ``MENU``.
            system: \"Y" sends the message as a system message; "N" as a regular one. Wire name: ``SYSTEM``.
            url_preview: \"Y" turns links in the text into rich previews; "N" leaves them as plain links. Wire name: ``URL_PREVIEW``.
            skip_connector: \"Y" does not pass the message to external open channel connectors. Wire name: ``SKIP_CONNECTOR``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            int

        Example:
            result = client.imbot.message.add(message="Please call back after 3 pm.")
            result = await client.imbot.message.add(message="Please call back after 3 pm.")  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _IMBOT_MESSAGE_ADD,
                {
                    "BOT_ID": bot_id,
                    "DIALOG_ID": dialog_id,
                    "FROM_USER_ID": from_user_id,
                    "TO_USER_ID": to_user_id,
                    "MESSAGE": message,
                    "ATTACH": attach,
                    "KEYBOARD": keyboard,
                    "MENU": menu,
                    "SYSTEM": yes_no(system),
                    "URL_PREVIEW": yes_no(url_preview),
                    "SKIP_CONNECTOR": skip_connector,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.message.delete is deprecated; use imbot.v2.Chat.Message.delete instead."
    )
    async def delete(
        self,
        *,
        bot_id: int | NotGiven = NOT_GIVEN,
        message_id: int,
        complete: bool | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Remove a message the bot posted.

        Deprecated: use ``imbot.v2.Chat.Message.delete`` instead.

        REST method: ``imbot.message.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/messages/imbot-message-delete.html

        Args:
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            message_id: ID of the message to delete. Wire name: ``MESSAGE_ID``.
            complete: \"Y" deletes completely with no trace; "N" leaves a "deleted" mark (default). Wire name: ``COMPLETE``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Example:
            result = client.imbot.message.delete(message_id=1)
            result = await client.imbot.message.delete(message_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMBOT_MESSAGE_DELETE,
                {
                    "BOT_ID": bot_id,
                    "MESSAGE_ID": message_id,
                    "COMPLETE": yes_no(complete),
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.message.like is deprecated; use imbot.v2.Chat.Message.Reaction.add instead."
    )
    async def like(
        self,
        *,
        bot_id: int | NotGiven = NOT_GIVEN,
        message_id: int,
        action: Literal["auto", "plus", "minus"] | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Put, remove or toggle the bot's "like" on a message.

        Deprecated: use ``imbot.v2.Chat.Message.Reaction.add`` instead.

        REST method: ``imbot.message.like``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/messages/imbot-message-like.html

        Args:
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            message_id: ID of the message. Wire name: ``MESSAGE_ID``.
            action: \"plus" adds the like, "minus" removes it, "auto" toggles it. Wire name: ``ACTION``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Example:
            result = client.imbot.message.like(message_id=1)
            result = await client.imbot.message.like(message_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMBOT_MESSAGE_LIKE,
                {
                    "BOT_ID": bot_id,
                    "MESSAGE_ID": message_id,
                    "ACTION": action,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.message.update is deprecated; use imbot.v2.Chat.Message.update instead."
    )
    async def update(
        self,
        *,
        bot_id: int | NotGiven = NOT_GIVEN,
        message_id: int,
        message: str | NotGiven = NOT_GIVEN,
        attach: dict[str, Any] | NotGiven = NOT_GIVEN,
        keyboard: dict[str, Any] | NotGiven = NOT_GIVEN,
        menu: dict[str, Any] | NotGiven = NOT_GIVEN,
        url_preview: bool | NotGiven = NOT_GIVEN,
        skip_connector: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change the text, attachment, keyboard or menu of a bot message.

        Deprecated; use imbot.v2.Chat.Message.update. An empty MESSAGE deletes the message.

        Deprecated: use ``imbot.v2.Chat.Message.update`` instead.

        REST method: ``imbot.message.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/messages/imbot-message-update.html

        Args:
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            message_id: ID of the message. Wire name: ``MESSAGE_ID``.
            message: New text; an empty value deletes the message, omitting it keeps the text. Wire name: ``MESSAGE``.
            attach: New attachment; "N" or an empty value removes it. Wire name: ``ATTACH``.
            keyboard: New buttons; "N" or an empty value removes them. Wire name: ``KEYBOARD``.
            menu: New context menu items; "N" or an empty value removes them. Wire name: ``MENU``.
            url_preview: \"Y" turns links in the text into rich previews; "N" leaves them as plain links. Wire name: ``URL_PREVIEW``.
            skip_connector: \"Y" does not pass the message to external open channel connectors. Wire name: ``SKIP_CONNECTOR``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Example:
            result = client.imbot.message.update(message_id=1)
            result = await client.imbot.message.update(message_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMBOT_MESSAGE_UPDATE,
                {
                    "BOT_ID": bot_id,
                    "MESSAGE_ID": message_id,
                    "MESSAGE": message,
                    "ATTACH": attach,
                    "KEYBOARD": keyboard,
                    "MENU": menu,
                    "URL_PREVIEW": yes_no(url_preview),
                    "SKIP_CONNECTOR": skip_connector,
                    "CLIENT_ID": client_id,
                },
            ),
        )


class BatchImbotMessage(Namespace):
    """Methods under ``imbot.message`` (queued into a batch)."""

    __slots__ = ()

    @deprecated(
        "The REST method imbot.message.add is deprecated; use imbot.v2.Chat.Message.send instead."
    )
    def add(
        self,
        *,
        bot_id: int | Ref | NotGiven = NOT_GIVEN,
        dialog_id: str | Ref | NotGiven = NOT_GIVEN,
        from_user_id: int | Ref | NotGiven = NOT_GIVEN,
        to_user_id: int | Ref | NotGiven = NOT_GIVEN,
        message: str | Ref,
        attach: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        keyboard: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        menu: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        system: bool | Ref | NotGiven = NOT_GIVEN,
        url_preview: bool | Ref | NotGiven = NOT_GIVEN,
        skip_connector: Literal["Y", "N"] | Ref | NotGiven = NOT_GIVEN,
        client_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Post a message from a bot to a chat or private conversation.

        Deprecated; use imbot.v2.Chat.Message.send. Works only with bots of the calling application.

        Deprecated: use ``imbot.v2.Chat.Message.send`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.message.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/messages/imbot-message-add.html

        Args:
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            dialog_id: Recipient dialog: a user ID for a private dialog or "chatXXX" for a group chat. Wire name: ``DIALOG_ID``.
            from_user_id: ID of the sender, for posting into a private dialog between two users. Wire name: ``FROM_USER_ID``.
            to_user_id: ID of the recipient, for posting into a private dialog between two users. Wire name: ``TO_USER_ID``.
            message: Message text, with BB-code formatting; surrounding spaces are trimmed. Wire name: ``MESSAGE``.
            attach: Rich attachment block (images, links, files, grids), as an object or a JSON string. Wire name: ``ATTACH``.
            keyboard: Buttons shown under the message for the user to press. Wire name: ``KEYBOARD``.
            menu: Extra items for the message's context menu. Wire name: ``MENU``.
            system: \"Y" sends the message as a system message; "N" as a regular one. Wire name: ``SYSTEM``.
            url_preview: \"Y" turns links in the text into rich previews; "N" leaves them as plain links. Wire name: ``URL_PREVIEW``.
            skip_connector: \"Y" does not pass the message to external open channel connectors. Wire name: ``SKIP_CONNECTOR``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.imbot.message.add(message="Please call back after 3 pm.")
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _IMBOT_MESSAGE_ADD,
                {
                    "BOT_ID": bot_id,
                    "DIALOG_ID": dialog_id,
                    "FROM_USER_ID": from_user_id,
                    "TO_USER_ID": to_user_id,
                    "MESSAGE": message,
                    "ATTACH": attach,
                    "KEYBOARD": keyboard,
                    "MENU": menu,
                    "SYSTEM": yes_no(system),
                    "URL_PREVIEW": yes_no(url_preview),
                    "SKIP_CONNECTOR": skip_connector,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.message.delete is deprecated; use imbot.v2.Chat.Message.delete instead."
    )
    def delete(
        self,
        *,
        bot_id: int | Ref | NotGiven = NOT_GIVEN,
        message_id: int | Ref,
        complete: bool | Ref | NotGiven = NOT_GIVEN,
        client_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Remove a message the bot posted.

        Deprecated: use ``imbot.v2.Chat.Message.delete`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.message.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/messages/imbot-message-delete.html

        Args:
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            message_id: ID of the message to delete. Wire name: ``MESSAGE_ID``.
            complete: \"Y" deletes completely with no trace; "N" leaves a "deleted" mark (default). Wire name: ``COMPLETE``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.imbot.message.delete(message_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMBOT_MESSAGE_DELETE,
                {
                    "BOT_ID": bot_id,
                    "MESSAGE_ID": message_id,
                    "COMPLETE": yes_no(complete),
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.message.like is deprecated; use imbot.v2.Chat.Message.Reaction.add instead."
    )
    def like(
        self,
        *,
        bot_id: int | Ref | NotGiven = NOT_GIVEN,
        message_id: int | Ref,
        action: Literal["auto", "plus", "minus"] | Ref | NotGiven = NOT_GIVEN,
        client_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Put, remove or toggle the bot's "like" on a message.

        Deprecated: use ``imbot.v2.Chat.Message.Reaction.add`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.message.like``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/messages/imbot-message-like.html

        Args:
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            message_id: ID of the message. Wire name: ``MESSAGE_ID``.
            action: \"plus" adds the like, "minus" removes it, "auto" toggles it. Wire name: ``ACTION``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.imbot.message.like(message_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMBOT_MESSAGE_LIKE,
                {
                    "BOT_ID": bot_id,
                    "MESSAGE_ID": message_id,
                    "ACTION": action,
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.message.update is deprecated; use imbot.v2.Chat.Message.update instead."
    )
    def update(
        self,
        *,
        bot_id: int | Ref | NotGiven = NOT_GIVEN,
        message_id: int | Ref,
        message: str | Ref | NotGiven = NOT_GIVEN,
        attach: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        keyboard: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        menu: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        url_preview: bool | Ref | NotGiven = NOT_GIVEN,
        skip_connector: Literal["Y", "N"] | Ref | NotGiven = NOT_GIVEN,
        client_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change the text, attachment, keyboard or menu of a bot message.

        Deprecated; use imbot.v2.Chat.Message.update. An empty MESSAGE deletes the message.

        Deprecated: use ``imbot.v2.Chat.Message.update`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.message.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/messages/imbot-message-update.html

        Args:
            bot_id: ID of the chat bot acting in the call. Wire name: ``BOT_ID``.
            message_id: ID of the message. Wire name: ``MESSAGE_ID``.
            message: New text; an empty value deletes the message, omitting it keeps the text. Wire name: ``MESSAGE``.
            attach: New attachment; "N" or an empty value removes it. Wire name: ``ATTACH``.
            keyboard: New buttons; "N" or an empty value removes them. Wire name: ``KEYBOARD``.
            menu: New context menu items; "N" or an empty value removes them. Wire name: ``MENU``.
            url_preview: \"Y" turns links in the text into rich previews; "N" leaves them as plain links. Wire name: ``URL_PREVIEW``.
            skip_connector: \"Y" does not pass the message to external open channel connectors. Wire name: ``SKIP_CONNECTOR``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.imbot.message.update(message_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMBOT_MESSAGE_UPDATE,
                {
                    "BOT_ID": bot_id,
                    "MESSAGE_ID": message_id,
                    "MESSAGE": message,
                    "ATTACH": attach,
                    "KEYBOARD": keyboard,
                    "MENU": menu,
                    "URL_PREVIEW": yes_no(url_preview),
                    "SKIP_CONNECTOR": skip_connector,
                    "CLIENT_ID": client_id,
                },
            ),
        )
