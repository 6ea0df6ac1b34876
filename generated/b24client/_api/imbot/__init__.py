"""Methods under ``imbot``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from b24client.types.imbot import ImbotRegisterProperties, ImbotUpdateFields
    from b24client._api.imbot.app import AsyncImbotApp, BatchImbotApp, ImbotApp
    from b24client._api.imbot.bot import AsyncImbotBot, BatchImbotBot, ImbotBot
    from b24client._api.imbot.chat import AsyncImbotChat, BatchImbotChat, ImbotChat
    from b24client._api.imbot.command import (
        AsyncImbotCommand,
        BatchImbotCommand,
        ImbotCommand,
    )
    from b24client._api.imbot.dialog import (
        AsyncImbotDialog,
        BatchImbotDialog,
        ImbotDialog,
    )
    from b24client._api.imbot.message import (
        AsyncImbotMessage,
        BatchImbotMessage,
        ImbotMessage,
    )
    from b24client._api.imbot.v2 import AsyncImbotV2, BatchImbotV2, ImbotV2
else:
    from b24client._core.callsite import deprecated

_IMBOT_REGISTER = MethodInfo(
    name="imbot.register", idempotent=False, returns="integer", api=1
)
_IMBOT_UNREGISTER = MethodInfo(
    name="imbot.unregister", idempotent=False, returns="boolean", api=1
)
_IMBOT_UPDATE = MethodInfo(
    name="imbot.update", idempotent=False, returns="boolean", api=1
)


class Imbot(Namespace):
    """Methods under ``imbot``."""

    __slots__ = ()

    @property
    def app(self) -> ImbotApp:
        """Methods under ``imbot.app``."""
        from b24client._api.imbot.app import ImbotApp

        return ImbotApp(self._backend)

    @property
    def bot(self) -> ImbotBot:
        """Methods under ``imbot.bot``."""
        from b24client._api.imbot.bot import ImbotBot

        return ImbotBot(self._backend)

    @property
    def chat(self) -> ImbotChat:
        """Methods under ``imbot.chat``."""
        from b24client._api.imbot.chat import ImbotChat

        return ImbotChat(self._backend)

    @property
    def command(self) -> ImbotCommand:
        """Methods under ``imbot.command``."""
        from b24client._api.imbot.command import ImbotCommand

        return ImbotCommand(self._backend)

    @property
    def dialog(self) -> ImbotDialog:
        """Methods under ``imbot.dialog``."""
        from b24client._api.imbot.dialog import ImbotDialog

        return ImbotDialog(self._backend)

    @property
    def message(self) -> ImbotMessage:
        """Methods under ``imbot.message``."""
        from b24client._api.imbot.message import ImbotMessage

        return ImbotMessage(self._backend)

    @property
    def v2(self) -> ImbotV2:
        """Methods under ``imbot.v2``."""
        from b24client._api.imbot.v2 import ImbotV2

        return ImbotV2(self._backend)

    @deprecated(
        "The REST method imbot.register is deprecated; use imbot.v2.Bot.register instead."
    )
    def register(
        self,
        *,
        code: str,
        type: Literal["B", "O", "H", "S"] | NotGiven = NOT_GIVEN,
        openline: bool | NotGiven = NOT_GIVEN,
        event_handler: str | NotGiven = NOT_GIVEN,
        event_message_add: str | NotGiven = NOT_GIVEN,
        event_message_update: str | NotGiven = NOT_GIVEN,
        event_message_delete: str | NotGiven = NOT_GIVEN,
        event_welcome_message: str | NotGiven = NOT_GIVEN,
        event_bot_delete: str | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
        properties: ImbotRegisterProperties,
    ) -> int:
        """Create a chat bot with its profile and event handler URLs and return its ID.

        Deprecated; use imbot.v2.Bot.register. Through a webhook, pass a unique CLIENT_ID, which then identifies the bot in every later call.

        Deprecated: use ``imbot.v2.Bot.register`` instead.

        REST method: ``imbot.register``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/bots/imbot-register.html

        Args:
            code: Bot code, unique on the portal. Wire name: ``CODE``.
            type: \"B" standard bot (default), "O" open channel bot, "H" human-mode bot that shows typing first, "S" supervisor bot that reads all chat messages. Wire name: ``TYPE``.
            openline: \"Y" turns on open channel support mode. Wire name: ``OPENLINE``.
            event_handler: Common handler URL copied into every EVENT_* field that is not given. Wire name: ``EVENT_HANDLER``.
            event_message_add: URL that receives ONIMBOTMESSAGEADD (new message to the bot). Wire name: ``EVENT_MESSAGE_ADD``.
            event_message_update: URL that receives ONIMBOTMESSAGEUPDATE (message edited). Wire name: ``EVENT_MESSAGE_UPDATE``.
            event_message_delete: URL that receives ONIMBOTMESSAGEDELETE (message deleted). Wire name: ``EVENT_MESSAGE_DELETE``.
            event_welcome_message: URL that receives ONIMBOTJOINCHAT (bot added to a chat). Wire name: ``EVENT_WELCOME_MESSAGE``.
            event_bot_delete: URL that receives ONIMBOTDELETE (bot removed). Wire name: ``EVENT_BOT_DELETE``.
            client_id: Unique key for webhooks; it is bound to the bot and needed in later calls. Wire name: ``CLIENT_ID``.
            properties: Bot profile shown in the chat. Wire name: ``PROPERTIES``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``, ``ACCESS_DENIED``.

        Example:
            result = client.imbot.register(code="example_code", properties={"NAME": "Anna"})
            result = await client.imbot.register(code="example_code", properties={"NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _IMBOT_REGISTER,
                {
                    "CODE": code,
                    "TYPE": type,
                    "OPENLINE": yes_no(openline),
                    "EVENT_HANDLER": event_handler,
                    "EVENT_MESSAGE_ADD": event_message_add,
                    "EVENT_MESSAGE_UPDATE": event_message_update,
                    "EVENT_MESSAGE_DELETE": event_message_delete,
                    "EVENT_WELCOME_MESSAGE": event_welcome_message,
                    "EVENT_BOT_DELETE": event_bot_delete,
                    "CLIENT_ID": client_id,
                    "PROPERTIES": properties,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.unregister is deprecated; use imbot.v2.Bot.unregister instead."
    )
    def unregister(self, *, bot_id: int, client_id: str | NotGiven = NOT_GIVEN) -> bool:
        """Remove a chat bot from the portal.

        Deprecated: use ``imbot.v2.Bot.unregister`` instead.

        REST method: ``imbot.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/bots/imbot-unregister.html

        Args:
            bot_id: ID of the bot to remove. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``, ``ACCESS_DENIED``.

        Example:
            result = client.imbot.unregister(bot_id=1)
            result = await client.imbot.unregister(bot_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMBOT_UNREGISTER, {"BOT_ID": bot_id, "CLIENT_ID": client_id}
            ),
        )

    @deprecated(
        "The REST method imbot.update is deprecated; use imbot.v2.Bot.update instead."
    )
    def update(
        self,
        *,
        bot_id: int,
        fields: ImbotUpdateFields,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change a chat bot's code, handler URLs or profile.

        Deprecated: use ``imbot.v2.Bot.update`` instead.

        REST method: ``imbot.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/bots/imbot-update.html

        Args:
            bot_id: ID of the bot to change. Wire name: ``BOT_ID``.
            fields: Fields to change. Wire name: ``FIELDS``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``, ``ACCESS_DENIED``.

        Example:
            result = client.imbot.update(bot_id=1, fields={"CODE": "example_code", "EVENT_HANDLER": "https://example.com/hook"})
            result = await client.imbot.update(bot_id=1, fields={"CODE": "example_code", "EVENT_HANDLER": "https://example.com/hook"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMBOT_UPDATE,
                {"BOT_ID": bot_id, "FIELDS": fields, "CLIENT_ID": client_id},
            ),
        )


class AsyncImbot(Namespace):
    """Methods under ``imbot`` (async)."""

    __slots__ = ()

    @property
    def app(self) -> AsyncImbotApp:
        """Methods under ``imbot.app``."""
        from b24client._api.imbot.app import AsyncImbotApp

        return AsyncImbotApp(self._backend)

    @property
    def bot(self) -> AsyncImbotBot:
        """Methods under ``imbot.bot``."""
        from b24client._api.imbot.bot import AsyncImbotBot

        return AsyncImbotBot(self._backend)

    @property
    def chat(self) -> AsyncImbotChat:
        """Methods under ``imbot.chat``."""
        from b24client._api.imbot.chat import AsyncImbotChat

        return AsyncImbotChat(self._backend)

    @property
    def command(self) -> AsyncImbotCommand:
        """Methods under ``imbot.command``."""
        from b24client._api.imbot.command import AsyncImbotCommand

        return AsyncImbotCommand(self._backend)

    @property
    def dialog(self) -> AsyncImbotDialog:
        """Methods under ``imbot.dialog``."""
        from b24client._api.imbot.dialog import AsyncImbotDialog

        return AsyncImbotDialog(self._backend)

    @property
    def message(self) -> AsyncImbotMessage:
        """Methods under ``imbot.message``."""
        from b24client._api.imbot.message import AsyncImbotMessage

        return AsyncImbotMessage(self._backend)

    @property
    def v2(self) -> AsyncImbotV2:
        """Methods under ``imbot.v2``."""
        from b24client._api.imbot.v2 import AsyncImbotV2

        return AsyncImbotV2(self._backend)

    @deprecated(
        "The REST method imbot.register is deprecated; use imbot.v2.Bot.register instead."
    )
    async def register(
        self,
        *,
        code: str,
        type: Literal["B", "O", "H", "S"] | NotGiven = NOT_GIVEN,
        openline: bool | NotGiven = NOT_GIVEN,
        event_handler: str | NotGiven = NOT_GIVEN,
        event_message_add: str | NotGiven = NOT_GIVEN,
        event_message_update: str | NotGiven = NOT_GIVEN,
        event_message_delete: str | NotGiven = NOT_GIVEN,
        event_welcome_message: str | NotGiven = NOT_GIVEN,
        event_bot_delete: str | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
        properties: ImbotRegisterProperties,
    ) -> int:
        """Create a chat bot with its profile and event handler URLs and return its ID.

        Deprecated; use imbot.v2.Bot.register. Through a webhook, pass a unique CLIENT_ID, which then identifies the bot in every later call.

        Deprecated: use ``imbot.v2.Bot.register`` instead.

        REST method: ``imbot.register``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/bots/imbot-register.html

        Args:
            code: Bot code, unique on the portal. Wire name: ``CODE``.
            type: \"B" standard bot (default), "O" open channel bot, "H" human-mode bot that shows typing first, "S" supervisor bot that reads all chat messages. Wire name: ``TYPE``.
            openline: \"Y" turns on open channel support mode. Wire name: ``OPENLINE``.
            event_handler: Common handler URL copied into every EVENT_* field that is not given. Wire name: ``EVENT_HANDLER``.
            event_message_add: URL that receives ONIMBOTMESSAGEADD (new message to the bot). Wire name: ``EVENT_MESSAGE_ADD``.
            event_message_update: URL that receives ONIMBOTMESSAGEUPDATE (message edited). Wire name: ``EVENT_MESSAGE_UPDATE``.
            event_message_delete: URL that receives ONIMBOTMESSAGEDELETE (message deleted). Wire name: ``EVENT_MESSAGE_DELETE``.
            event_welcome_message: URL that receives ONIMBOTJOINCHAT (bot added to a chat). Wire name: ``EVENT_WELCOME_MESSAGE``.
            event_bot_delete: URL that receives ONIMBOTDELETE (bot removed). Wire name: ``EVENT_BOT_DELETE``.
            client_id: Unique key for webhooks; it is bound to the bot and needed in later calls. Wire name: ``CLIENT_ID``.
            properties: Bot profile shown in the chat. Wire name: ``PROPERTIES``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``, ``ACCESS_DENIED``.

        Example:
            result = client.imbot.register(code="example_code", properties={"NAME": "Anna"})
            result = await client.imbot.register(code="example_code", properties={"NAME": "Anna"})  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _IMBOT_REGISTER,
                {
                    "CODE": code,
                    "TYPE": type,
                    "OPENLINE": yes_no(openline),
                    "EVENT_HANDLER": event_handler,
                    "EVENT_MESSAGE_ADD": event_message_add,
                    "EVENT_MESSAGE_UPDATE": event_message_update,
                    "EVENT_MESSAGE_DELETE": event_message_delete,
                    "EVENT_WELCOME_MESSAGE": event_welcome_message,
                    "EVENT_BOT_DELETE": event_bot_delete,
                    "CLIENT_ID": client_id,
                    "PROPERTIES": properties,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.unregister is deprecated; use imbot.v2.Bot.unregister instead."
    )
    async def unregister(
        self, *, bot_id: int, client_id: str | NotGiven = NOT_GIVEN
    ) -> bool:
        """Remove a chat bot from the portal.

        Deprecated: use ``imbot.v2.Bot.unregister`` instead.

        REST method: ``imbot.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/bots/imbot-unregister.html

        Args:
            bot_id: ID of the bot to remove. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``, ``ACCESS_DENIED``.

        Example:
            result = client.imbot.unregister(bot_id=1)
            result = await client.imbot.unregister(bot_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMBOT_UNREGISTER, {"BOT_ID": bot_id, "CLIENT_ID": client_id}
            ),
        )

    @deprecated(
        "The REST method imbot.update is deprecated; use imbot.v2.Bot.update instead."
    )
    async def update(
        self,
        *,
        bot_id: int,
        fields: ImbotUpdateFields,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change a chat bot's code, handler URLs or profile.

        Deprecated: use ``imbot.v2.Bot.update`` instead.

        REST method: ``imbot.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/bots/imbot-update.html

        Args:
            bot_id: ID of the bot to change. Wire name: ``BOT_ID``.
            fields: Fields to change. Wire name: ``FIELDS``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``, ``ACCESS_DENIED``.

        Example:
            result = client.imbot.update(bot_id=1, fields={"CODE": "example_code", "EVENT_HANDLER": "https://example.com/hook"})
            result = await client.imbot.update(bot_id=1, fields={"CODE": "example_code", "EVENT_HANDLER": "https://example.com/hook"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMBOT_UPDATE,
                {"BOT_ID": bot_id, "FIELDS": fields, "CLIENT_ID": client_id},
            ),
        )


class BatchImbot(Namespace):
    """Methods under ``imbot`` (queued into a batch)."""

    __slots__ = ()

    @property
    def app(self) -> BatchImbotApp:
        """Methods under ``imbot.app``."""
        from b24client._api.imbot.app import BatchImbotApp

        return BatchImbotApp(self._backend)

    @property
    def bot(self) -> BatchImbotBot:
        """Methods under ``imbot.bot``."""
        from b24client._api.imbot.bot import BatchImbotBot

        return BatchImbotBot(self._backend)

    @property
    def chat(self) -> BatchImbotChat:
        """Methods under ``imbot.chat``."""
        from b24client._api.imbot.chat import BatchImbotChat

        return BatchImbotChat(self._backend)

    @property
    def command(self) -> BatchImbotCommand:
        """Methods under ``imbot.command``."""
        from b24client._api.imbot.command import BatchImbotCommand

        return BatchImbotCommand(self._backend)

    @property
    def dialog(self) -> BatchImbotDialog:
        """Methods under ``imbot.dialog``."""
        from b24client._api.imbot.dialog import BatchImbotDialog

        return BatchImbotDialog(self._backend)

    @property
    def message(self) -> BatchImbotMessage:
        """Methods under ``imbot.message``."""
        from b24client._api.imbot.message import BatchImbotMessage

        return BatchImbotMessage(self._backend)

    @property
    def v2(self) -> BatchImbotV2:
        """Methods under ``imbot.v2``."""
        from b24client._api.imbot.v2 import BatchImbotV2

        return BatchImbotV2(self._backend)

    @deprecated(
        "The REST method imbot.register is deprecated; use imbot.v2.Bot.register instead."
    )
    def register(
        self,
        *,
        code: str | Ref,
        type: Literal["B", "O", "H", "S"] | Ref | NotGiven = NOT_GIVEN,
        openline: bool | Ref | NotGiven = NOT_GIVEN,
        event_handler: str | Ref | NotGiven = NOT_GIVEN,
        event_message_add: str | Ref | NotGiven = NOT_GIVEN,
        event_message_update: str | Ref | NotGiven = NOT_GIVEN,
        event_message_delete: str | Ref | NotGiven = NOT_GIVEN,
        event_welcome_message: str | Ref | NotGiven = NOT_GIVEN,
        event_bot_delete: str | Ref | NotGiven = NOT_GIVEN,
        client_id: str | Ref | NotGiven = NOT_GIVEN,
        properties: ImbotRegisterProperties | Ref,
    ) -> BatchCommand[int]:
        """Create a chat bot with its profile and event handler URLs and return its ID.

        Deprecated; use imbot.v2.Bot.register. Through a webhook, pass a unique CLIENT_ID, which then identifies the bot in every later call.

        Deprecated: use ``imbot.v2.Bot.register`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.register``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/bots/imbot-register.html

        Args:
            code: Bot code, unique on the portal. Wire name: ``CODE``.
            type: \"B" standard bot (default), "O" open channel bot, "H" human-mode bot that shows typing first, "S" supervisor bot that reads all chat messages. Wire name: ``TYPE``.
            openline: \"Y" turns on open channel support mode. Wire name: ``OPENLINE``.
            event_handler: Common handler URL copied into every EVENT_* field that is not given. Wire name: ``EVENT_HANDLER``.
            event_message_add: URL that receives ONIMBOTMESSAGEADD (new message to the bot). Wire name: ``EVENT_MESSAGE_ADD``.
            event_message_update: URL that receives ONIMBOTMESSAGEUPDATE (message edited). Wire name: ``EVENT_MESSAGE_UPDATE``.
            event_message_delete: URL that receives ONIMBOTMESSAGEDELETE (message deleted). Wire name: ``EVENT_MESSAGE_DELETE``.
            event_welcome_message: URL that receives ONIMBOTJOINCHAT (bot added to a chat). Wire name: ``EVENT_WELCOME_MESSAGE``.
            event_bot_delete: URL that receives ONIMBOTDELETE (bot removed). Wire name: ``EVENT_BOT_DELETE``.
            client_id: Unique key for webhooks; it is bound to the bot and needed in later calls. Wire name: ``CLIENT_ID``.
            properties: Bot profile shown in the chat. Wire name: ``PROPERTIES``.

        Returns:
            BatchCommand[int]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``, ``ACCESS_DENIED``.

        Example:
            command = batch.imbot.register(code="example_code", properties={"NAME": "Anna"})
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _IMBOT_REGISTER,
                {
                    "CODE": code,
                    "TYPE": type,
                    "OPENLINE": yes_no(openline),
                    "EVENT_HANDLER": event_handler,
                    "EVENT_MESSAGE_ADD": event_message_add,
                    "EVENT_MESSAGE_UPDATE": event_message_update,
                    "EVENT_MESSAGE_DELETE": event_message_delete,
                    "EVENT_WELCOME_MESSAGE": event_welcome_message,
                    "EVENT_BOT_DELETE": event_bot_delete,
                    "CLIENT_ID": client_id,
                    "PROPERTIES": properties,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.unregister is deprecated; use imbot.v2.Bot.unregister instead."
    )
    def unregister(
        self, *, bot_id: int | Ref, client_id: str | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[bool]:
        """Remove a chat bot from the portal.

        Deprecated: use ``imbot.v2.Bot.unregister`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/bots/imbot-unregister.html

        Args:
            bot_id: ID of the bot to remove. Wire name: ``BOT_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``, ``ACCESS_DENIED``.

        Example:
            command = batch.imbot.unregister(bot_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMBOT_UNREGISTER, {"BOT_ID": bot_id, "CLIENT_ID": client_id}
            ),
        )

    @deprecated(
        "The REST method imbot.update is deprecated; use imbot.v2.Bot.update instead."
    )
    def update(
        self,
        *,
        bot_id: int | Ref,
        fields: ImbotUpdateFields | Ref,
        client_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change a chat bot's code, handler URLs or profile.

        Deprecated: use ``imbot.v2.Bot.update`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/bots/imbot-update.html

        Args:
            bot_id: ID of the bot to change. Wire name: ``BOT_ID``.
            fields: Fields to change. Wire name: ``FIELDS``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``, ``ACCESS_DENIED``.

        Example:
            command = batch.imbot.update(bot_id=1, fields={"CODE": "example_code", "EVENT_HANDLER": "https://example.com/hook"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMBOT_UPDATE,
                {"BOT_ID": bot_id, "FIELDS": fields, "CLIENT_ID": client_id},
            ),
        )
