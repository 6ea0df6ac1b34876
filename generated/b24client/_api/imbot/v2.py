"""Methods under ``imbot.v2``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.callsite import require_one_of
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.imbot import (
        ImbotV2Bot as _ImbotV2Bot,
        ImbotV2BotRegisterFields,
        ImbotV2BotRegisterResult,
        ImbotV2BotUnregisterResult,
        ImbotV2BotUpdateFields,
        ImbotV2BotUpdateResult,
        ImbotV2ChatAddFields,
        ImbotV2ChatAddResult,
        ImbotV2ChatGetResult,
        ImbotV2ChatInputActionNotifyResult,
        ImbotV2ChatLeaveResult,
        ImbotV2ChatManagerAddResult,
        ImbotV2ChatManagerDeleteResult,
        ImbotV2ChatMessage as _ImbotV2ChatMessage,
        ImbotV2ChatMessageDeleteResult,
        ImbotV2ChatMessageGetContextResult,
        ImbotV2ChatMessageReactionAddResult,
        ImbotV2ChatMessageReactionDeleteResult,
        ImbotV2ChatMessageReadResult,
        ImbotV2ChatMessageSendFields,
        ImbotV2ChatMessageSendResult,
        ImbotV2ChatMessageUpdateFields,
        ImbotV2ChatMessageUpdateResult,
        ImbotV2ChatSetOwnerResult,
        ImbotV2ChatTextFieldEnabledResult,
        ImbotV2ChatUpdateFields,
        ImbotV2ChatUpdateResult,
        ImbotV2ChatUser as _ImbotV2ChatUser,
        ImbotV2ChatUserAddResult,
        ImbotV2ChatUserDeleteResult,
        ImbotV2CommandAnswerFields,
        ImbotV2CommandAnswerResult,
        ImbotV2CommandListResult,
        ImbotV2CommandRegisterFields,
        ImbotV2CommandRegisterResult,
        ImbotV2CommandUnregisterResult,
        ImbotV2CommandUpdateFields,
        ImbotV2CommandUpdateResult,
        ImbotV2Event as _ImbotV2Event,
        ImbotV2FileDownloadResult,
        ImbotV2FileUploadFields,
        ImbotV2FileUploadResult,
        ImbotV2Revision as _ImbotV2Revision,
    )

_IMBOT_V2_BOT_GET = MethodInfo(
    name="imbot.v2.Bot.get", idempotent=True, returns="any", api=1
)
_IMBOT_V2_BOT_LIST = MethodInfo(
    name="imbot.v2.Bot.list", idempotent=True, returns="any", api=1
)
_IMBOT_V2_BOT_REGISTER = MethodInfo(
    name="imbot.v2.Bot.register", idempotent=False, returns="any", api=1
)
_IMBOT_V2_BOT_UNREGISTER = MethodInfo(
    name="imbot.v2.Bot.unregister", idempotent=False, returns="any", api=1
)
_IMBOT_V2_BOT_UPDATE = MethodInfo(
    name="imbot.v2.Bot.update", idempotent=False, returns="any", api=1
)
_IMBOT_V2_CHAT_ADD = MethodInfo(
    name="imbot.v2.Chat.add", idempotent=False, returns="any", api=1
)
_IMBOT_V2_CHAT_GET = MethodInfo(
    name="imbot.v2.Chat.get", idempotent=True, returns="any", api=1
)
_IMBOT_V2_CHAT_LEAVE = MethodInfo(
    name="imbot.v2.Chat.leave", idempotent=False, returns="any", api=1
)
_IMBOT_V2_CHAT_SET_OWNER = MethodInfo(
    name="imbot.v2.Chat.setOwner", idempotent=False, returns="any", api=1
)
_IMBOT_V2_CHAT_UPDATE = MethodInfo(
    name="imbot.v2.Chat.update", idempotent=False, returns="any", api=1
)
_IMBOT_V2_CHAT_INPUT_ACTION_NOTIFY = MethodInfo(
    name="imbot.v2.Chat.InputAction.notify", idempotent=False, returns="any", api=1
)
_IMBOT_V2_CHAT_MANAGER_ADD = MethodInfo(
    name="imbot.v2.Chat.Manager.add", idempotent=False, returns="any", api=1
)
_IMBOT_V2_CHAT_MANAGER_DELETE = MethodInfo(
    name="imbot.v2.Chat.Manager.delete", idempotent=False, returns="any", api=1
)
_IMBOT_V2_CHAT_MESSAGE_DELETE = MethodInfo(
    name="imbot.v2.Chat.Message.delete", idempotent=False, returns="any", api=1
)
_IMBOT_V2_CHAT_MESSAGE_GET = MethodInfo(
    name="imbot.v2.Chat.Message.get", idempotent=True, returns="any", api=1
)
_IMBOT_V2_CHAT_MESSAGE_GET_CONTEXT = MethodInfo(
    name="imbot.v2.Chat.Message.getContext", idempotent=True, returns="any", api=1
)
_IMBOT_V2_CHAT_MESSAGE_READ = MethodInfo(
    name="imbot.v2.Chat.Message.read", idempotent=False, returns="any", api=1
)
_IMBOT_V2_CHAT_MESSAGE_SEND = MethodInfo(
    name="imbot.v2.Chat.Message.send", idempotent=False, returns="any", api=1
)
_IMBOT_V2_CHAT_MESSAGE_UPDATE = MethodInfo(
    name="imbot.v2.Chat.Message.update", idempotent=False, returns="any", api=1
)
_IMBOT_V2_CHAT_MESSAGE_REACTION_ADD = MethodInfo(
    name="imbot.v2.Chat.Message.Reaction.add", idempotent=False, returns="any", api=1
)
_IMBOT_V2_CHAT_MESSAGE_REACTION_DELETE = MethodInfo(
    name="imbot.v2.Chat.Message.Reaction.delete", idempotent=False, returns="any", api=1
)
_IMBOT_V2_CHAT_TEXT_FIELD_ENABLED = MethodInfo(
    name="imbot.v2.Chat.TextField.enabled", idempotent=False, returns="any", api=1
)
_IMBOT_V2_CHAT_USER_ADD = MethodInfo(
    name="imbot.v2.Chat.User.add", idempotent=False, returns="any", api=1
)
_IMBOT_V2_CHAT_USER_DELETE = MethodInfo(
    name="imbot.v2.Chat.User.delete", idempotent=False, returns="any", api=1
)
_IMBOT_V2_CHAT_USER_LIST = MethodInfo(
    name="imbot.v2.Chat.User.list", idempotent=True, returns="any", api=1
)
_IMBOT_V2_COMMAND_ANSWER = MethodInfo(
    name="imbot.v2.Command.answer", idempotent=False, returns="any", api=1
)
_IMBOT_V2_COMMAND_LIST = MethodInfo(
    name="imbot.v2.Command.list", idempotent=True, returns="any", api=1
)
_IMBOT_V2_COMMAND_REGISTER = MethodInfo(
    name="imbot.v2.Command.register", idempotent=False, returns="any", api=1
)
_IMBOT_V2_COMMAND_UNREGISTER = MethodInfo(
    name="imbot.v2.Command.unregister", idempotent=False, returns="any", api=1
)
_IMBOT_V2_COMMAND_UPDATE = MethodInfo(
    name="imbot.v2.Command.update", idempotent=False, returns="any", api=1
)
_IMBOT_V2_EVENT_GET = MethodInfo(
    name="imbot.v2.Event.get", idempotent=True, returns="any", api=1
)
_IMBOT_V2_FILE_DOWNLOAD = MethodInfo(
    name="imbot.v2.File.download", idempotent=False, returns="any", api=1
)
_IMBOT_V2_FILE_UPLOAD = MethodInfo(
    name="imbot.v2.File.upload", idempotent=False, returns="any", api=1
)
_IMBOT_V2_REVISION_GET = MethodInfo(
    name="imbot.v2.Revision.get", idempotent=True, returns="any", api=1
)


class ImbotV2(Namespace):
    """Methods under ``imbot.v2``."""

    __slots__ = ()

    @property
    def bot(self) -> ImbotV2Bot:
        """Methods under ``imbot.v2.Bot``."""
        return ImbotV2Bot(self._backend)

    @property
    def chat(self) -> ImbotV2Chat:
        """Methods under ``imbot.v2.Chat``."""
        return ImbotV2Chat(self._backend)

    @property
    def command(self) -> ImbotV2Command:
        """Methods under ``imbot.v2.Command``."""
        return ImbotV2Command(self._backend)

    @property
    def event(self) -> ImbotV2Event:
        """Methods under ``imbot.v2.Event``."""
        return ImbotV2Event(self._backend)

    @property
    def file(self) -> ImbotV2File:
        """Methods under ``imbot.v2.File``."""
        return ImbotV2File(self._backend)

    @property
    def revision(self) -> ImbotV2Revision:
        """Methods under ``imbot.v2.Revision``."""
        return ImbotV2Revision(self._backend)


class AsyncImbotV2(Namespace):
    """Methods under ``imbot.v2`` (async)."""

    __slots__ = ()

    @property
    def bot(self) -> AsyncImbotV2Bot:
        """Methods under ``imbot.v2.Bot``."""
        return AsyncImbotV2Bot(self._backend)

    @property
    def chat(self) -> AsyncImbotV2Chat:
        """Methods under ``imbot.v2.Chat``."""
        return AsyncImbotV2Chat(self._backend)

    @property
    def command(self) -> AsyncImbotV2Command:
        """Methods under ``imbot.v2.Command``."""
        return AsyncImbotV2Command(self._backend)

    @property
    def event(self) -> AsyncImbotV2Event:
        """Methods under ``imbot.v2.Event``."""
        return AsyncImbotV2Event(self._backend)

    @property
    def file(self) -> AsyncImbotV2File:
        """Methods under ``imbot.v2.File``."""
        return AsyncImbotV2File(self._backend)

    @property
    def revision(self) -> AsyncImbotV2Revision:
        """Methods under ``imbot.v2.Revision``."""
        return AsyncImbotV2Revision(self._backend)


class BatchImbotV2(Namespace):
    """Methods under ``imbot.v2`` (queued into a batch)."""

    __slots__ = ()

    @property
    def bot(self) -> BatchImbotV2Bot:
        """Methods under ``imbot.v2.Bot``."""
        return BatchImbotV2Bot(self._backend)

    @property
    def chat(self) -> BatchImbotV2Chat:
        """Methods under ``imbot.v2.Chat``."""
        return BatchImbotV2Chat(self._backend)

    @property
    def command(self) -> BatchImbotV2Command:
        """Methods under ``imbot.v2.Command``."""
        return BatchImbotV2Command(self._backend)

    @property
    def event(self) -> BatchImbotV2Event:
        """Methods under ``imbot.v2.Event``."""
        return BatchImbotV2Event(self._backend)

    @property
    def file(self) -> BatchImbotV2File:
        """Methods under ``imbot.v2.File``."""
        return BatchImbotV2File(self._backend)

    @property
    def revision(self) -> BatchImbotV2Revision:
        """Methods under ``imbot.v2.Revision``."""
        return BatchImbotV2Revision(self._backend)


class ImbotV2Bot(Namespace):
    """Methods under ``imbot.v2.Bot``."""

    __slots__ = ()

    def get(
        self,
        *,
        bot_id: int | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        bot_token: str | NotGiven = NOT_GIVEN,
    ) -> _ImbotV2Bot:
        """Return a bot's settings and counters by ID or code.

        REST method: ``imbot.v2.Bot.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-get.html

        Args:
            bot_id: ID of the bot; required unless code is given. Wire name: ``botId``.
            code: Bot code; required unless botId is given.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.

        Returns:
            ImbotV2Bot

        Example:
            result = client.imbot.v2.bot.get(bot_id=1)
            result = await client.imbot.v2.bot.get(bot_id=1)  # AsyncBitrix24
        """
        require_one_of(_IMBOT_V2_BOT_GET, {"bot_id": bot_id}, {"code": code})
        return cast(
            "_ImbotV2Bot",
            self._backend._invoke(
                _IMBOT_V2_BOT_GET,
                {"botId": bot_id, "code": code, "botToken": bot_token},
            ),
        )

    def list(
        self,
        *,
        bot_token: str | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
    ) -> _ImbotV2Bot:
        """List the bots registered by the calling application, page by page.

        REST method: ``imbot.v2.Bot.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-list.html

        Args:
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            filter: Filter, such as {"type": "bot"}.
            limit: Bots per page (default 50).
            offset: Number of bots to skip.

        Returns:
            ImbotV2Bot

        Example:
            result = client.imbot.v2.bot.list()
            result = await client.imbot.v2.bot.list()  # AsyncBitrix24
        """
        return cast(
            "_ImbotV2Bot",
            self._backend._invoke(
                _IMBOT_V2_BOT_LIST,
                {
                    "botToken": bot_token,
                    "filter": filter,
                    "limit": limit,
                    "offset": offset,
                },
            ),
        )

    def register(self, *, fields: ImbotV2BotRegisterFields) -> ImbotV2BotRegisterResult:
        """Create a chat bot (or return the existing one with the same code).

        Idempotent - calling again with the same fields.code from the same app returns the existing bot.

        REST method: ``imbot.v2.Bot.register``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-register.html

        Args:
            fields: Bot settings.

        Returns:
            ImbotV2BotRegisterResult

        Example:
            result = client.imbot.v2.bot.register(fields={"code": "example_code", "properties": {"name": "Anna"}})
            result = await client.imbot.v2.bot.register(fields={"code": "example_code", "properties": {"name": "Anna"}})  # AsyncBitrix24
        """
        return cast(
            "ImbotV2BotRegisterResult",
            self._backend._invoke(_IMBOT_V2_BOT_REGISTER, {"fields": fields}),
        )

    def unregister(
        self, *, bot_id: int, bot_token: str | NotGiven = NOT_GIVEN
    ) -> ImbotV2BotUnregisterResult:
        """Remove a chat bot owned by the calling application.

        REST method: ``imbot.v2.Bot.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-unregister.html

        Args:
            bot_id: ID of the bot to remove. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.

        Returns:
            ImbotV2BotUnregisterResult

        Example:
            result = client.imbot.v2.bot.unregister(bot_id=1)
            result = await client.imbot.v2.bot.unregister(bot_id=1)  # AsyncBitrix24
        """
        return cast(
            "ImbotV2BotUnregisterResult",
            self._backend._invoke(
                _IMBOT_V2_BOT_UNREGISTER, {"botId": bot_id, "botToken": bot_token}
            ),
        )

    def update(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        fields: ImbotV2BotUpdateFields,
    ) -> ImbotV2BotUpdateResult:
        """Change a bot's profile, event delivery or behaviour settings.

        REST method: ``imbot.v2.Bot.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-update.html

        Args:
            bot_id: ID of the bot to change. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            fields: Settings to change.

        Returns:
            ImbotV2BotUpdateResult

        Example:
            result = client.imbot.v2.bot.update(bot_id=1, fields={"backgroundId": "1", "eventMode": "example"})
            result = await client.imbot.v2.bot.update(bot_id=1, fields={"backgroundId": "1", "eventMode": "example"})  # AsyncBitrix24
        """
        return cast(
            "ImbotV2BotUpdateResult",
            self._backend._invoke(
                _IMBOT_V2_BOT_UPDATE,
                {"botId": bot_id, "botToken": bot_token, "fields": fields},
            ),
        )


class AsyncImbotV2Bot(Namespace):
    """Methods under ``imbot.v2.Bot`` (async)."""

    __slots__ = ()

    async def get(
        self,
        *,
        bot_id: int | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        bot_token: str | NotGiven = NOT_GIVEN,
    ) -> _ImbotV2Bot:
        """Return a bot's settings and counters by ID or code.

        REST method: ``imbot.v2.Bot.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-get.html

        Args:
            bot_id: ID of the bot; required unless code is given. Wire name: ``botId``.
            code: Bot code; required unless botId is given.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.

        Returns:
            ImbotV2Bot

        Example:
            result = client.imbot.v2.bot.get(bot_id=1)
            result = await client.imbot.v2.bot.get(bot_id=1)  # AsyncBitrix24
        """
        require_one_of(_IMBOT_V2_BOT_GET, {"bot_id": bot_id}, {"code": code})
        return cast(
            "_ImbotV2Bot",
            await self._backend._invoke(
                _IMBOT_V2_BOT_GET,
                {"botId": bot_id, "code": code, "botToken": bot_token},
            ),
        )

    async def list(
        self,
        *,
        bot_token: str | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
    ) -> _ImbotV2Bot:
        """List the bots registered by the calling application, page by page.

        REST method: ``imbot.v2.Bot.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-list.html

        Args:
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            filter: Filter, such as {"type": "bot"}.
            limit: Bots per page (default 50).
            offset: Number of bots to skip.

        Returns:
            ImbotV2Bot

        Example:
            result = client.imbot.v2.bot.list()
            result = await client.imbot.v2.bot.list()  # AsyncBitrix24
        """
        return cast(
            "_ImbotV2Bot",
            await self._backend._invoke(
                _IMBOT_V2_BOT_LIST,
                {
                    "botToken": bot_token,
                    "filter": filter,
                    "limit": limit,
                    "offset": offset,
                },
            ),
        )

    async def register(
        self, *, fields: ImbotV2BotRegisterFields
    ) -> ImbotV2BotRegisterResult:
        """Create a chat bot (or return the existing one with the same code).

        Idempotent - calling again with the same fields.code from the same app returns the existing bot.

        REST method: ``imbot.v2.Bot.register``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-register.html

        Args:
            fields: Bot settings.

        Returns:
            ImbotV2BotRegisterResult

        Example:
            result = client.imbot.v2.bot.register(fields={"code": "example_code", "properties": {"name": "Anna"}})
            result = await client.imbot.v2.bot.register(fields={"code": "example_code", "properties": {"name": "Anna"}})  # AsyncBitrix24
        """
        return cast(
            "ImbotV2BotRegisterResult",
            await self._backend._invoke(_IMBOT_V2_BOT_REGISTER, {"fields": fields}),
        )

    async def unregister(
        self, *, bot_id: int, bot_token: str | NotGiven = NOT_GIVEN
    ) -> ImbotV2BotUnregisterResult:
        """Remove a chat bot owned by the calling application.

        REST method: ``imbot.v2.Bot.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-unregister.html

        Args:
            bot_id: ID of the bot to remove. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.

        Returns:
            ImbotV2BotUnregisterResult

        Example:
            result = client.imbot.v2.bot.unregister(bot_id=1)
            result = await client.imbot.v2.bot.unregister(bot_id=1)  # AsyncBitrix24
        """
        return cast(
            "ImbotV2BotUnregisterResult",
            await self._backend._invoke(
                _IMBOT_V2_BOT_UNREGISTER, {"botId": bot_id, "botToken": bot_token}
            ),
        )

    async def update(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        fields: ImbotV2BotUpdateFields,
    ) -> ImbotV2BotUpdateResult:
        """Change a bot's profile, event delivery or behaviour settings.

        REST method: ``imbot.v2.Bot.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-update.html

        Args:
            bot_id: ID of the bot to change. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            fields: Settings to change.

        Returns:
            ImbotV2BotUpdateResult

        Example:
            result = client.imbot.v2.bot.update(bot_id=1, fields={"backgroundId": "1", "eventMode": "example"})
            result = await client.imbot.v2.bot.update(bot_id=1, fields={"backgroundId": "1", "eventMode": "example"})  # AsyncBitrix24
        """
        return cast(
            "ImbotV2BotUpdateResult",
            await self._backend._invoke(
                _IMBOT_V2_BOT_UPDATE,
                {"botId": bot_id, "botToken": bot_token, "fields": fields},
            ),
        )


class BatchImbotV2Bot(Namespace):
    """Methods under ``imbot.v2.Bot`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self,
        *,
        bot_id: int | Ref | NotGiven = NOT_GIVEN,
        code: str | Ref | NotGiven = NOT_GIVEN,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[_ImbotV2Bot]:
        """Return a bot's settings and counters by ID or code.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Bot.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-get.html

        Args:
            bot_id: ID of the bot; required unless code is given. Wire name: ``botId``.
            code: Bot code; required unless botId is given.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.

        Returns:
            BatchCommand[ImbotV2Bot]

        Example:
            command = batch.imbot.v2.bot.get(bot_id=1)
        """
        require_one_of(_IMBOT_V2_BOT_GET, {"bot_id": bot_id}, {"code": code})
        return cast(
            "BatchCommand[_ImbotV2Bot]",
            self._backend._invoke(
                _IMBOT_V2_BOT_GET,
                {"botId": bot_id, "code": code, "botToken": bot_token},
            ),
        )

    def list(
        self,
        *,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        limit: int | Ref | NotGiven = NOT_GIVEN,
        offset: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[_ImbotV2Bot]:
        """List the bots registered by the calling application, page by page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Bot.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-list.html

        Args:
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            filter: Filter, such as {"type": "bot"}.
            limit: Bots per page (default 50).
            offset: Number of bots to skip.

        Returns:
            BatchCommand[ImbotV2Bot]

        Example:
            command = batch.imbot.v2.bot.list()
        """
        return cast(
            "BatchCommand[_ImbotV2Bot]",
            self._backend._invoke(
                _IMBOT_V2_BOT_LIST,
                {
                    "botToken": bot_token,
                    "filter": filter,
                    "limit": limit,
                    "offset": offset,
                },
            ),
        )

    def register(
        self, *, fields: ImbotV2BotRegisterFields | Ref
    ) -> BatchCommand[ImbotV2BotRegisterResult]:
        """Create a chat bot (or return the existing one with the same code).

        Idempotent - calling again with the same fields.code from the same app returns the existing bot.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Bot.register``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-register.html

        Args:
            fields: Bot settings.

        Returns:
            BatchCommand[ImbotV2BotRegisterResult]

        Example:
            command = batch.imbot.v2.bot.register(fields={"code": "example_code", "properties": {"name": "Anna"}})
        """
        return cast(
            "BatchCommand[ImbotV2BotRegisterResult]",
            self._backend._invoke(_IMBOT_V2_BOT_REGISTER, {"fields": fields}),
        )

    def unregister(
        self, *, bot_id: int | Ref, bot_token: str | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[ImbotV2BotUnregisterResult]:
        """Remove a chat bot owned by the calling application.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Bot.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-unregister.html

        Args:
            bot_id: ID of the bot to remove. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.

        Returns:
            BatchCommand[ImbotV2BotUnregisterResult]

        Example:
            command = batch.imbot.v2.bot.unregister(bot_id=1)
        """
        return cast(
            "BatchCommand[ImbotV2BotUnregisterResult]",
            self._backend._invoke(
                _IMBOT_V2_BOT_UNREGISTER, {"botId": bot_id, "botToken": bot_token}
            ),
        )

    def update(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        fields: ImbotV2BotUpdateFields | Ref,
    ) -> BatchCommand[ImbotV2BotUpdateResult]:
        """Change a bot's profile, event delivery or behaviour settings.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Bot.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-update.html

        Args:
            bot_id: ID of the bot to change. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            fields: Settings to change.

        Returns:
            BatchCommand[ImbotV2BotUpdateResult]

        Example:
            command = batch.imbot.v2.bot.update(bot_id=1, fields={"backgroundId": "1", "eventMode": "example"})
        """
        return cast(
            "BatchCommand[ImbotV2BotUpdateResult]",
            self._backend._invoke(
                _IMBOT_V2_BOT_UPDATE,
                {"botId": bot_id, "botToken": bot_token, "fields": fields},
            ),
        )


class ImbotV2Chat(Namespace):
    """Methods under ``imbot.v2.Chat``."""

    __slots__ = ()

    @property
    def input_action(self) -> ImbotV2ChatInputAction:
        """Methods under ``imbot.v2.Chat.InputAction``."""
        return ImbotV2ChatInputAction(self._backend)

    @property
    def manager(self) -> ImbotV2ChatManager:
        """Methods under ``imbot.v2.Chat.Manager``."""
        return ImbotV2ChatManager(self._backend)

    @property
    def message(self) -> ImbotV2ChatMessage:
        """Methods under ``imbot.v2.Chat.Message``."""
        return ImbotV2ChatMessage(self._backend)

    @property
    def text_field(self) -> ImbotV2ChatTextField:
        """Methods under ``imbot.v2.Chat.TextField``."""
        return ImbotV2ChatTextField(self._backend)

    @property
    def user(self) -> ImbotV2ChatUser:
        """Methods under ``imbot.v2.Chat.User``."""
        return ImbotV2ChatUser(self._backend)

    def add(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        fields: ImbotV2ChatAddFields | NotGiven = NOT_GIVEN,
    ) -> ImbotV2ChatAddResult:
        """Create a group chat on behalf of the bot and return it with its members.

        REST method: ``imbot.v2.Chat.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-add.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            fields: Properties of the new chat.

        Returns:
            ImbotV2ChatAddResult

        Example:
            result = client.imbot.v2.chat.add(bot_id=1, fields={"title": "Kick-off call", "description": "Please call back after 3 pm."})
            result = await client.imbot.v2.chat.add(bot_id=1, fields={"title": "Kick-off call", "description": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatAddResult",
            self._backend._invoke(
                _IMBOT_V2_CHAT_ADD,
                {"botId": bot_id, "botToken": bot_token, "fields": fields},
            ),
        )

    def get(
        self, *, bot_id: int, bot_token: str | NotGiven = NOT_GIVEN, dialog_id: str
    ) -> ImbotV2ChatGetResult:
        """Return details of a conversation the bot belongs to.

        The bot must be a member of the chat.

        REST method: ``imbot.v2.Chat.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-get.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.

        Returns:
            ImbotV2ChatGetResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.get(bot_id=1, dialog_id="1")
            result = await client.imbot.v2.chat.get(bot_id=1, dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatGetResult",
            self._backend._invoke(
                _IMBOT_V2_CHAT_GET,
                {"botId": bot_id, "botToken": bot_token, "dialogId": dialog_id},
            ),
        )

    def leave(
        self, *, bot_id: int, bot_token: str | NotGiven = NOT_GIVEN, dialog_id: str
    ) -> ImbotV2ChatLeaveResult:
        """Take the bot out of a group chat.

        REST method: ``imbot.v2.Chat.leave``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-leave.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.

        Returns:
            ImbotV2ChatLeaveResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.leave(bot_id=1, dialog_id="1")
            result = await client.imbot.v2.chat.leave(bot_id=1, dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatLeaveResult",
            self._backend._invoke(
                _IMBOT_V2_CHAT_LEAVE,
                {"botId": bot_id, "botToken": bot_token, "dialogId": dialog_id},
            ),
        )

    def set_owner(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        dialog_id: str,
        user_id: int,
    ) -> ImbotV2ChatSetOwnerResult:
        """Hand ownership of a bot-owned chat to another user.

        Only the current owner can hand the chat over.

        REST method: ``imbot.v2.Chat.setOwner``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-set-owner.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            user_id: ID of the new owner. Wire name: ``userId``.

        Returns:
            ImbotV2ChatSetOwnerResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.set_owner(bot_id=1, dialog_id="1", user_id=1)
            result = await client.imbot.v2.chat.set_owner(bot_id=1, dialog_id="1", user_id=1)  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatSetOwnerResult",
            self._backend._invoke(
                _IMBOT_V2_CHAT_SET_OWNER,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "userId": user_id,
                },
            ),
        )

    def update(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        dialog_id: str,
        fields: ImbotV2ChatUpdateFields,
    ) -> ImbotV2ChatUpdateResult:
        """Change the title, description, colour or avatar of a chat.

        REST method: ``imbot.v2.Chat.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-update.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            fields: Chat properties to change.

        Returns:
            ImbotV2ChatUpdateResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.update(bot_id=1, dialog_id="1", fields={"title": "Kick-off call", "description": "Please call back after 3 pm."})
            result = await client.imbot.v2.chat.update(bot_id=1, dialog_id="1", fields={"title": "Kick-off call", "description": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatUpdateResult",
            self._backend._invoke(
                _IMBOT_V2_CHAT_UPDATE,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "fields": fields,
                },
            ),
        )


class AsyncImbotV2Chat(Namespace):
    """Methods under ``imbot.v2.Chat`` (async)."""

    __slots__ = ()

    @property
    def input_action(self) -> AsyncImbotV2ChatInputAction:
        """Methods under ``imbot.v2.Chat.InputAction``."""
        return AsyncImbotV2ChatInputAction(self._backend)

    @property
    def manager(self) -> AsyncImbotV2ChatManager:
        """Methods under ``imbot.v2.Chat.Manager``."""
        return AsyncImbotV2ChatManager(self._backend)

    @property
    def message(self) -> AsyncImbotV2ChatMessage:
        """Methods under ``imbot.v2.Chat.Message``."""
        return AsyncImbotV2ChatMessage(self._backend)

    @property
    def text_field(self) -> AsyncImbotV2ChatTextField:
        """Methods under ``imbot.v2.Chat.TextField``."""
        return AsyncImbotV2ChatTextField(self._backend)

    @property
    def user(self) -> AsyncImbotV2ChatUser:
        """Methods under ``imbot.v2.Chat.User``."""
        return AsyncImbotV2ChatUser(self._backend)

    async def add(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        fields: ImbotV2ChatAddFields | NotGiven = NOT_GIVEN,
    ) -> ImbotV2ChatAddResult:
        """Create a group chat on behalf of the bot and return it with its members.

        REST method: ``imbot.v2.Chat.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-add.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            fields: Properties of the new chat.

        Returns:
            ImbotV2ChatAddResult

        Example:
            result = client.imbot.v2.chat.add(bot_id=1, fields={"title": "Kick-off call", "description": "Please call back after 3 pm."})
            result = await client.imbot.v2.chat.add(bot_id=1, fields={"title": "Kick-off call", "description": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatAddResult",
            await self._backend._invoke(
                _IMBOT_V2_CHAT_ADD,
                {"botId": bot_id, "botToken": bot_token, "fields": fields},
            ),
        )

    async def get(
        self, *, bot_id: int, bot_token: str | NotGiven = NOT_GIVEN, dialog_id: str
    ) -> ImbotV2ChatGetResult:
        """Return details of a conversation the bot belongs to.

        The bot must be a member of the chat.

        REST method: ``imbot.v2.Chat.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-get.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.

        Returns:
            ImbotV2ChatGetResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.get(bot_id=1, dialog_id="1")
            result = await client.imbot.v2.chat.get(bot_id=1, dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatGetResult",
            await self._backend._invoke(
                _IMBOT_V2_CHAT_GET,
                {"botId": bot_id, "botToken": bot_token, "dialogId": dialog_id},
            ),
        )

    async def leave(
        self, *, bot_id: int, bot_token: str | NotGiven = NOT_GIVEN, dialog_id: str
    ) -> ImbotV2ChatLeaveResult:
        """Take the bot out of a group chat.

        REST method: ``imbot.v2.Chat.leave``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-leave.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.

        Returns:
            ImbotV2ChatLeaveResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.leave(bot_id=1, dialog_id="1")
            result = await client.imbot.v2.chat.leave(bot_id=1, dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatLeaveResult",
            await self._backend._invoke(
                _IMBOT_V2_CHAT_LEAVE,
                {"botId": bot_id, "botToken": bot_token, "dialogId": dialog_id},
            ),
        )

    async def set_owner(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        dialog_id: str,
        user_id: int,
    ) -> ImbotV2ChatSetOwnerResult:
        """Hand ownership of a bot-owned chat to another user.

        Only the current owner can hand the chat over.

        REST method: ``imbot.v2.Chat.setOwner``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-set-owner.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            user_id: ID of the new owner. Wire name: ``userId``.

        Returns:
            ImbotV2ChatSetOwnerResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.set_owner(bot_id=1, dialog_id="1", user_id=1)
            result = await client.imbot.v2.chat.set_owner(bot_id=1, dialog_id="1", user_id=1)  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatSetOwnerResult",
            await self._backend._invoke(
                _IMBOT_V2_CHAT_SET_OWNER,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "userId": user_id,
                },
            ),
        )

    async def update(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        dialog_id: str,
        fields: ImbotV2ChatUpdateFields,
    ) -> ImbotV2ChatUpdateResult:
        """Change the title, description, colour or avatar of a chat.

        REST method: ``imbot.v2.Chat.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-update.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            fields: Chat properties to change.

        Returns:
            ImbotV2ChatUpdateResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.update(bot_id=1, dialog_id="1", fields={"title": "Kick-off call", "description": "Please call back after 3 pm."})
            result = await client.imbot.v2.chat.update(bot_id=1, dialog_id="1", fields={"title": "Kick-off call", "description": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatUpdateResult",
            await self._backend._invoke(
                _IMBOT_V2_CHAT_UPDATE,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "fields": fields,
                },
            ),
        )


class BatchImbotV2Chat(Namespace):
    """Methods under ``imbot.v2.Chat`` (queued into a batch)."""

    __slots__ = ()

    @property
    def input_action(self) -> BatchImbotV2ChatInputAction:
        """Methods under ``imbot.v2.Chat.InputAction``."""
        return BatchImbotV2ChatInputAction(self._backend)

    @property
    def manager(self) -> BatchImbotV2ChatManager:
        """Methods under ``imbot.v2.Chat.Manager``."""
        return BatchImbotV2ChatManager(self._backend)

    @property
    def message(self) -> BatchImbotV2ChatMessage:
        """Methods under ``imbot.v2.Chat.Message``."""
        return BatchImbotV2ChatMessage(self._backend)

    @property
    def text_field(self) -> BatchImbotV2ChatTextField:
        """Methods under ``imbot.v2.Chat.TextField``."""
        return BatchImbotV2ChatTextField(self._backend)

    @property
    def user(self) -> BatchImbotV2ChatUser:
        """Methods under ``imbot.v2.Chat.User``."""
        return BatchImbotV2ChatUser(self._backend)

    def add(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        fields: ImbotV2ChatAddFields | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[ImbotV2ChatAddResult]:
        """Create a group chat on behalf of the bot and return it with its members.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Chat.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-add.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            fields: Properties of the new chat.

        Returns:
            BatchCommand[ImbotV2ChatAddResult]

        Example:
            command = batch.imbot.v2.chat.add(bot_id=1, fields={"title": "Kick-off call", "description": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[ImbotV2ChatAddResult]",
            self._backend._invoke(
                _IMBOT_V2_CHAT_ADD,
                {"botId": bot_id, "botToken": bot_token, "fields": fields},
            ),
        )

    def get(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        dialog_id: str | Ref,
    ) -> BatchCommand[ImbotV2ChatGetResult]:
        """Return details of a conversation the bot belongs to.

        The bot must be a member of the chat.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Chat.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-get.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.

        Returns:
            BatchCommand[ImbotV2ChatGetResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imbot.v2.chat.get(bot_id=1, dialog_id="1")
        """
        return cast(
            "BatchCommand[ImbotV2ChatGetResult]",
            self._backend._invoke(
                _IMBOT_V2_CHAT_GET,
                {"botId": bot_id, "botToken": bot_token, "dialogId": dialog_id},
            ),
        )

    def leave(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        dialog_id: str | Ref,
    ) -> BatchCommand[ImbotV2ChatLeaveResult]:
        """Take the bot out of a group chat.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Chat.leave``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-leave.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.

        Returns:
            BatchCommand[ImbotV2ChatLeaveResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imbot.v2.chat.leave(bot_id=1, dialog_id="1")
        """
        return cast(
            "BatchCommand[ImbotV2ChatLeaveResult]",
            self._backend._invoke(
                _IMBOT_V2_CHAT_LEAVE,
                {"botId": bot_id, "botToken": bot_token, "dialogId": dialog_id},
            ),
        )

    def set_owner(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        dialog_id: str | Ref,
        user_id: int | Ref,
    ) -> BatchCommand[ImbotV2ChatSetOwnerResult]:
        """Hand ownership of a bot-owned chat to another user.

        Only the current owner can hand the chat over.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Chat.setOwner``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-set-owner.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            user_id: ID of the new owner. Wire name: ``userId``.

        Returns:
            BatchCommand[ImbotV2ChatSetOwnerResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imbot.v2.chat.set_owner(bot_id=1, dialog_id="1", user_id=1)
        """
        return cast(
            "BatchCommand[ImbotV2ChatSetOwnerResult]",
            self._backend._invoke(
                _IMBOT_V2_CHAT_SET_OWNER,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "userId": user_id,
                },
            ),
        )

    def update(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        dialog_id: str | Ref,
        fields: ImbotV2ChatUpdateFields | Ref,
    ) -> BatchCommand[ImbotV2ChatUpdateResult]:
        """Change the title, description, colour or avatar of a chat.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Chat.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-update.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            fields: Chat properties to change.

        Returns:
            BatchCommand[ImbotV2ChatUpdateResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imbot.v2.chat.update(bot_id=1, dialog_id="1", fields={"title": "Kick-off call", "description": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[ImbotV2ChatUpdateResult]",
            self._backend._invoke(
                _IMBOT_V2_CHAT_UPDATE,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "fields": fields,
                },
            ),
        )


class ImbotV2ChatInputAction(Namespace):
    """Methods under ``imbot.v2.Chat.InputAction``."""

    __slots__ = ()

    def notify(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        dialog_id: str,
        status_message_code: str | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
    ) -> ImbotV2ChatInputActionNotifyResult:
        """Show an activity indicator such as "bot is typing" in a conversation.

        REST method: ``imbot.v2.Chat.InputAction.notify``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/ui/chat-input-action-notify.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            status_message_code: Code of the activity to show; the standard "typing" indicator when omitted. Wire name: ``statusMessageCode``.
            duration: How long to show the indicator, 1 to 600 seconds.

        Returns:
            ImbotV2ChatInputActionNotifyResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.input_action.notify(bot_id=1, dialog_id="1")
            result = await client.imbot.v2.chat.input_action.notify(bot_id=1, dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatInputActionNotifyResult",
            self._backend._invoke(
                _IMBOT_V2_CHAT_INPUT_ACTION_NOTIFY,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "statusMessageCode": status_message_code,
                    "duration": duration,
                },
            ),
        )


class AsyncImbotV2ChatInputAction(Namespace):
    """Methods under ``imbot.v2.Chat.InputAction`` (async)."""

    __slots__ = ()

    async def notify(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        dialog_id: str,
        status_message_code: str | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
    ) -> ImbotV2ChatInputActionNotifyResult:
        """Show an activity indicator such as "bot is typing" in a conversation.

        REST method: ``imbot.v2.Chat.InputAction.notify``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/ui/chat-input-action-notify.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            status_message_code: Code of the activity to show; the standard "typing" indicator when omitted. Wire name: ``statusMessageCode``.
            duration: How long to show the indicator, 1 to 600 seconds.

        Returns:
            ImbotV2ChatInputActionNotifyResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.input_action.notify(bot_id=1, dialog_id="1")
            result = await client.imbot.v2.chat.input_action.notify(bot_id=1, dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatInputActionNotifyResult",
            await self._backend._invoke(
                _IMBOT_V2_CHAT_INPUT_ACTION_NOTIFY,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "statusMessageCode": status_message_code,
                    "duration": duration,
                },
            ),
        )


class BatchImbotV2ChatInputAction(Namespace):
    """Methods under ``imbot.v2.Chat.InputAction`` (queued into a batch)."""

    __slots__ = ()

    def notify(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        dialog_id: str | Ref,
        status_message_code: str | Ref | NotGiven = NOT_GIVEN,
        duration: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[ImbotV2ChatInputActionNotifyResult]:
        """Show an activity indicator such as "bot is typing" in a conversation.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Chat.InputAction.notify``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/ui/chat-input-action-notify.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            status_message_code: Code of the activity to show; the standard "typing" indicator when omitted. Wire name: ``statusMessageCode``.
            duration: How long to show the indicator, 1 to 600 seconds.

        Returns:
            BatchCommand[ImbotV2ChatInputActionNotifyResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imbot.v2.chat.input_action.notify(bot_id=1, dialog_id="1")
        """
        return cast(
            "BatchCommand[ImbotV2ChatInputActionNotifyResult]",
            self._backend._invoke(
                _IMBOT_V2_CHAT_INPUT_ACTION_NOTIFY,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "statusMessageCode": status_message_code,
                    "duration": duration,
                },
            ),
        )


class ImbotV2ChatManager(Namespace):
    """Methods under ``imbot.v2.Chat.Manager``."""

    __slots__ = ()

    def add(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        dialog_id: str,
        user_ids: Sequence[int],
    ) -> ImbotV2ChatManagerAddResult:
        """Make chat members managers, acting as the chat's owner bot.

        The bot must own the chat.

        REST method: ``imbot.v2.Chat.Manager.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-manager-add.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            user_ids: IDs of the users to make managers. Wire name: ``userIds``.

        Returns:
            ImbotV2ChatManagerAddResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.manager.add(bot_id=1, dialog_id="1", user_ids=[1])
            result = await client.imbot.v2.chat.manager.add(bot_id=1, dialog_id="1", user_ids=[1])  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatManagerAddResult",
            self._backend._invoke(
                _IMBOT_V2_CHAT_MANAGER_ADD,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "userIds": user_ids,
                },
            ),
        )

    def delete(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        dialog_id: str,
        user_ids: Sequence[int],
    ) -> ImbotV2ChatManagerDeleteResult:
        """Take the manager role away from chat members, acting as the owner bot.

        The bot must own the chat.

        REST method: ``imbot.v2.Chat.Manager.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-manager-delete.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            user_ids: IDs of the users to stop being managers. Wire name: ``userIds``.

        Returns:
            ImbotV2ChatManagerDeleteResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.manager.delete(bot_id=1, dialog_id="1", user_ids=[1])
            result = await client.imbot.v2.chat.manager.delete(bot_id=1, dialog_id="1", user_ids=[1])  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatManagerDeleteResult",
            self._backend._invoke(
                _IMBOT_V2_CHAT_MANAGER_DELETE,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "userIds": user_ids,
                },
            ),
        )


class AsyncImbotV2ChatManager(Namespace):
    """Methods under ``imbot.v2.Chat.Manager`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        dialog_id: str,
        user_ids: Sequence[int],
    ) -> ImbotV2ChatManagerAddResult:
        """Make chat members managers, acting as the chat's owner bot.

        The bot must own the chat.

        REST method: ``imbot.v2.Chat.Manager.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-manager-add.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            user_ids: IDs of the users to make managers. Wire name: ``userIds``.

        Returns:
            ImbotV2ChatManagerAddResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.manager.add(bot_id=1, dialog_id="1", user_ids=[1])
            result = await client.imbot.v2.chat.manager.add(bot_id=1, dialog_id="1", user_ids=[1])  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatManagerAddResult",
            await self._backend._invoke(
                _IMBOT_V2_CHAT_MANAGER_ADD,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "userIds": user_ids,
                },
            ),
        )

    async def delete(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        dialog_id: str,
        user_ids: Sequence[int],
    ) -> ImbotV2ChatManagerDeleteResult:
        """Take the manager role away from chat members, acting as the owner bot.

        The bot must own the chat.

        REST method: ``imbot.v2.Chat.Manager.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-manager-delete.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            user_ids: IDs of the users to stop being managers. Wire name: ``userIds``.

        Returns:
            ImbotV2ChatManagerDeleteResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.manager.delete(bot_id=1, dialog_id="1", user_ids=[1])
            result = await client.imbot.v2.chat.manager.delete(bot_id=1, dialog_id="1", user_ids=[1])  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatManagerDeleteResult",
            await self._backend._invoke(
                _IMBOT_V2_CHAT_MANAGER_DELETE,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "userIds": user_ids,
                },
            ),
        )


class BatchImbotV2ChatManager(Namespace):
    """Methods under ``imbot.v2.Chat.Manager`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        dialog_id: str | Ref,
        user_ids: Sequence[int] | Ref,
    ) -> BatchCommand[ImbotV2ChatManagerAddResult]:
        """Make chat members managers, acting as the chat's owner bot.

        The bot must own the chat.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Chat.Manager.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-manager-add.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            user_ids: IDs of the users to make managers. Wire name: ``userIds``.

        Returns:
            BatchCommand[ImbotV2ChatManagerAddResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imbot.v2.chat.manager.add(bot_id=1, dialog_id="1", user_ids=[1])
        """
        return cast(
            "BatchCommand[ImbotV2ChatManagerAddResult]",
            self._backend._invoke(
                _IMBOT_V2_CHAT_MANAGER_ADD,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "userIds": user_ids,
                },
            ),
        )

    def delete(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        dialog_id: str | Ref,
        user_ids: Sequence[int] | Ref,
    ) -> BatchCommand[ImbotV2ChatManagerDeleteResult]:
        """Take the manager role away from chat members, acting as the owner bot.

        The bot must own the chat.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Chat.Manager.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-manager-delete.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            user_ids: IDs of the users to stop being managers. Wire name: ``userIds``.

        Returns:
            BatchCommand[ImbotV2ChatManagerDeleteResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imbot.v2.chat.manager.delete(bot_id=1, dialog_id="1", user_ids=[1])
        """
        return cast(
            "BatchCommand[ImbotV2ChatManagerDeleteResult]",
            self._backend._invoke(
                _IMBOT_V2_CHAT_MANAGER_DELETE,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "userIds": user_ids,
                },
            ),
        )


class ImbotV2ChatMessage(Namespace):
    """Methods under ``imbot.v2.Chat.Message``."""

    __slots__ = ()

    @property
    def reaction(self) -> ImbotV2ChatMessageReaction:
        """Methods under ``imbot.v2.Chat.Message.Reaction``."""
        return ImbotV2ChatMessageReaction(self._backend)

    def delete(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        message_id: int,
        complete: bool | NotGiven = NOT_GIVEN,
    ) -> ImbotV2ChatMessageDeleteResult:
        """Remove a message, softly or completely, as the bot.

        REST method: ``imbot.v2.Chat.Message.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-delete.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            message_id: ID of the message. Wire name: ``messageId``.
            complete: true removes the message from the database; false (default) leaves a "deleted" mark.

        Returns:
            ImbotV2ChatMessageDeleteResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.message.delete(bot_id=1, message_id=1)
            result = await client.imbot.v2.chat.message.delete(bot_id=1, message_id=1)  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatMessageDeleteResult",
            self._backend._invoke(
                _IMBOT_V2_CHAT_MESSAGE_DELETE,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "messageId": message_id,
                    "complete": complete,
                },
            ),
        )

    def get(
        self, *, bot_id: int, bot_token: str | NotGiven = NOT_GIVEN, message_id: int
    ) -> _ImbotV2ChatMessage:
        """Return one message with its author, as the bot sees it.

        REST method: ``imbot.v2.Chat.Message.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-get.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            message_id: ID of the message. Wire name: ``messageId``.

        Returns:
            ImbotV2ChatMessage

        Example:
            result = client.imbot.v2.chat.message.get(bot_id=1, message_id=1)
            result = await client.imbot.v2.chat.message.get(bot_id=1, message_id=1)  # AsyncBitrix24
        """
        return cast(
            "_ImbotV2ChatMessage",
            self._backend._invoke(
                _IMBOT_V2_CHAT_MESSAGE_GET,
                {"botId": bot_id, "botToken": bot_token, "messageId": message_id},
            ),
        )

    def get_context(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        message_id: int,
        range: int | NotGiven = NOT_GIVEN,
    ) -> ImbotV2ChatMessageGetContextResult:
        """Return the messages around a given message, for context analysis.

        REST method: ``imbot.v2.Chat.Message.getContext``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-get-context.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            message_id: ID of the message in the middle of the window. Wire name: ``messageId``.
            range: Messages to take on each side, 1 to 50 (default 50).

        Returns:
            ImbotV2ChatMessageGetContextResult

        Example:
            result = client.imbot.v2.chat.message.get_context(bot_id=1, message_id=1)
            result = await client.imbot.v2.chat.message.get_context(bot_id=1, message_id=1)  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatMessageGetContextResult",
            self._backend._invoke(
                _IMBOT_V2_CHAT_MESSAGE_GET_CONTEXT,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "messageId": message_id,
                    "range": range,
                },
            ),
        )

    def read(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        dialog_id: str,
        message_id: int | NotGiven = NOT_GIVEN,
    ) -> ImbotV2ChatMessageReadResult:
        """Mark conversation messages as read on behalf of the bot.

        REST method: ``imbot.v2.Chat.Message.read``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-read.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            message_id: Read everything up to and including this message; all messages when omitted. Wire name: ``messageId``.

        Returns:
            ImbotV2ChatMessageReadResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.message.read(bot_id=1, dialog_id="1")
            result = await client.imbot.v2.chat.message.read(bot_id=1, dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatMessageReadResult",
            self._backend._invoke(
                _IMBOT_V2_CHAT_MESSAGE_READ,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "messageId": message_id,
                },
            ),
        )

    def send(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        dialog_id: str,
        fields: ImbotV2ChatMessageSendFields | NotGiven = NOT_GIVEN,
    ) -> ImbotV2ChatMessageSendResult:
        """Post a message from the bot, with attachments, keyboard or forwards.

        Text over 20,000 characters is cut and ends with " (...)".

        REST method: ``imbot.v2.Chat.Message.send``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-send.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            fields: Message content.

        Returns:
            ImbotV2ChatMessageSendResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.message.send(bot_id=1, dialog_id="1", fields={"message": "Please call back after 3 pm.", "replyId": 1})
            result = await client.imbot.v2.chat.message.send(bot_id=1, dialog_id="1", fields={"message": "Please call back after 3 pm.", "replyId": 1})  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatMessageSendResult",
            self._backend._invoke(
                _IMBOT_V2_CHAT_MESSAGE_SEND,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "fields": fields,
                },
            ),
        )

    def update(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        message_id: int,
        fields: ImbotV2ChatMessageUpdateFields,
    ) -> ImbotV2ChatMessageUpdateResult:
        """Change the text, attachments or keyboard of the bot's own message.

        A bot can only change its own messages.

        REST method: ``imbot.v2.Chat.Message.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-update.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            message_id: ID of the message to change. Wire name: ``messageId``.
            fields: Message fields to change.

        Returns:
            ImbotV2ChatMessageUpdateResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.message.update(bot_id=1, message_id=1, fields={"message": "Please call back after 3 pm.", "urlPreview": "https://example.com/hook"})
            result = await client.imbot.v2.chat.message.update(bot_id=1, message_id=1, fields={"message": "Please call back after 3 pm.", "urlPreview": "https://example.com/hook"})  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatMessageUpdateResult",
            self._backend._invoke(
                _IMBOT_V2_CHAT_MESSAGE_UPDATE,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "messageId": message_id,
                    "fields": fields,
                },
            ),
        )


class AsyncImbotV2ChatMessage(Namespace):
    """Methods under ``imbot.v2.Chat.Message`` (async)."""

    __slots__ = ()

    @property
    def reaction(self) -> AsyncImbotV2ChatMessageReaction:
        """Methods under ``imbot.v2.Chat.Message.Reaction``."""
        return AsyncImbotV2ChatMessageReaction(self._backend)

    async def delete(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        message_id: int,
        complete: bool | NotGiven = NOT_GIVEN,
    ) -> ImbotV2ChatMessageDeleteResult:
        """Remove a message, softly or completely, as the bot.

        REST method: ``imbot.v2.Chat.Message.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-delete.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            message_id: ID of the message. Wire name: ``messageId``.
            complete: true removes the message from the database; false (default) leaves a "deleted" mark.

        Returns:
            ImbotV2ChatMessageDeleteResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.message.delete(bot_id=1, message_id=1)
            result = await client.imbot.v2.chat.message.delete(bot_id=1, message_id=1)  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatMessageDeleteResult",
            await self._backend._invoke(
                _IMBOT_V2_CHAT_MESSAGE_DELETE,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "messageId": message_id,
                    "complete": complete,
                },
            ),
        )

    async def get(
        self, *, bot_id: int, bot_token: str | NotGiven = NOT_GIVEN, message_id: int
    ) -> _ImbotV2ChatMessage:
        """Return one message with its author, as the bot sees it.

        REST method: ``imbot.v2.Chat.Message.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-get.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            message_id: ID of the message. Wire name: ``messageId``.

        Returns:
            ImbotV2ChatMessage

        Example:
            result = client.imbot.v2.chat.message.get(bot_id=1, message_id=1)
            result = await client.imbot.v2.chat.message.get(bot_id=1, message_id=1)  # AsyncBitrix24
        """
        return cast(
            "_ImbotV2ChatMessage",
            await self._backend._invoke(
                _IMBOT_V2_CHAT_MESSAGE_GET,
                {"botId": bot_id, "botToken": bot_token, "messageId": message_id},
            ),
        )

    async def get_context(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        message_id: int,
        range: int | NotGiven = NOT_GIVEN,
    ) -> ImbotV2ChatMessageGetContextResult:
        """Return the messages around a given message, for context analysis.

        REST method: ``imbot.v2.Chat.Message.getContext``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-get-context.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            message_id: ID of the message in the middle of the window. Wire name: ``messageId``.
            range: Messages to take on each side, 1 to 50 (default 50).

        Returns:
            ImbotV2ChatMessageGetContextResult

        Example:
            result = client.imbot.v2.chat.message.get_context(bot_id=1, message_id=1)
            result = await client.imbot.v2.chat.message.get_context(bot_id=1, message_id=1)  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatMessageGetContextResult",
            await self._backend._invoke(
                _IMBOT_V2_CHAT_MESSAGE_GET_CONTEXT,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "messageId": message_id,
                    "range": range,
                },
            ),
        )

    async def read(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        dialog_id: str,
        message_id: int | NotGiven = NOT_GIVEN,
    ) -> ImbotV2ChatMessageReadResult:
        """Mark conversation messages as read on behalf of the bot.

        REST method: ``imbot.v2.Chat.Message.read``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-read.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            message_id: Read everything up to and including this message; all messages when omitted. Wire name: ``messageId``.

        Returns:
            ImbotV2ChatMessageReadResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.message.read(bot_id=1, dialog_id="1")
            result = await client.imbot.v2.chat.message.read(bot_id=1, dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatMessageReadResult",
            await self._backend._invoke(
                _IMBOT_V2_CHAT_MESSAGE_READ,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "messageId": message_id,
                },
            ),
        )

    async def send(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        dialog_id: str,
        fields: ImbotV2ChatMessageSendFields | NotGiven = NOT_GIVEN,
    ) -> ImbotV2ChatMessageSendResult:
        """Post a message from the bot, with attachments, keyboard or forwards.

        Text over 20,000 characters is cut and ends with " (...)".

        REST method: ``imbot.v2.Chat.Message.send``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-send.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            fields: Message content.

        Returns:
            ImbotV2ChatMessageSendResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.message.send(bot_id=1, dialog_id="1", fields={"message": "Please call back after 3 pm.", "replyId": 1})
            result = await client.imbot.v2.chat.message.send(bot_id=1, dialog_id="1", fields={"message": "Please call back after 3 pm.", "replyId": 1})  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatMessageSendResult",
            await self._backend._invoke(
                _IMBOT_V2_CHAT_MESSAGE_SEND,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "fields": fields,
                },
            ),
        )

    async def update(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        message_id: int,
        fields: ImbotV2ChatMessageUpdateFields,
    ) -> ImbotV2ChatMessageUpdateResult:
        """Change the text, attachments or keyboard of the bot's own message.

        A bot can only change its own messages.

        REST method: ``imbot.v2.Chat.Message.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-update.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            message_id: ID of the message to change. Wire name: ``messageId``.
            fields: Message fields to change.

        Returns:
            ImbotV2ChatMessageUpdateResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.message.update(bot_id=1, message_id=1, fields={"message": "Please call back after 3 pm.", "urlPreview": "https://example.com/hook"})
            result = await client.imbot.v2.chat.message.update(bot_id=1, message_id=1, fields={"message": "Please call back after 3 pm.", "urlPreview": "https://example.com/hook"})  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatMessageUpdateResult",
            await self._backend._invoke(
                _IMBOT_V2_CHAT_MESSAGE_UPDATE,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "messageId": message_id,
                    "fields": fields,
                },
            ),
        )


class BatchImbotV2ChatMessage(Namespace):
    """Methods under ``imbot.v2.Chat.Message`` (queued into a batch)."""

    __slots__ = ()

    @property
    def reaction(self) -> BatchImbotV2ChatMessageReaction:
        """Methods under ``imbot.v2.Chat.Message.Reaction``."""
        return BatchImbotV2ChatMessageReaction(self._backend)

    def delete(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        message_id: int | Ref,
        complete: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[ImbotV2ChatMessageDeleteResult]:
        """Remove a message, softly or completely, as the bot.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Chat.Message.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-delete.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            message_id: ID of the message. Wire name: ``messageId``.
            complete: true removes the message from the database; false (default) leaves a "deleted" mark.

        Returns:
            BatchCommand[ImbotV2ChatMessageDeleteResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imbot.v2.chat.message.delete(bot_id=1, message_id=1)
        """
        return cast(
            "BatchCommand[ImbotV2ChatMessageDeleteResult]",
            self._backend._invoke(
                _IMBOT_V2_CHAT_MESSAGE_DELETE,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "messageId": message_id,
                    "complete": complete,
                },
            ),
        )

    def get(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        message_id: int | Ref,
    ) -> BatchCommand[_ImbotV2ChatMessage]:
        """Return one message with its author, as the bot sees it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Chat.Message.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-get.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            message_id: ID of the message. Wire name: ``messageId``.

        Returns:
            BatchCommand[ImbotV2ChatMessage]

        Example:
            command = batch.imbot.v2.chat.message.get(bot_id=1, message_id=1)
        """
        return cast(
            "BatchCommand[_ImbotV2ChatMessage]",
            self._backend._invoke(
                _IMBOT_V2_CHAT_MESSAGE_GET,
                {"botId": bot_id, "botToken": bot_token, "messageId": message_id},
            ),
        )

    def get_context(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        message_id: int | Ref,
        range: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[ImbotV2ChatMessageGetContextResult]:
        """Return the messages around a given message, for context analysis.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Chat.Message.getContext``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-get-context.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            message_id: ID of the message in the middle of the window. Wire name: ``messageId``.
            range: Messages to take on each side, 1 to 50 (default 50).

        Returns:
            BatchCommand[ImbotV2ChatMessageGetContextResult]

        Example:
            command = batch.imbot.v2.chat.message.get_context(bot_id=1, message_id=1)
        """
        return cast(
            "BatchCommand[ImbotV2ChatMessageGetContextResult]",
            self._backend._invoke(
                _IMBOT_V2_CHAT_MESSAGE_GET_CONTEXT,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "messageId": message_id,
                    "range": range,
                },
            ),
        )

    def read(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        dialog_id: str | Ref,
        message_id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[ImbotV2ChatMessageReadResult]:
        """Mark conversation messages as read on behalf of the bot.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Chat.Message.read``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-read.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            message_id: Read everything up to and including this message; all messages when omitted. Wire name: ``messageId``.

        Returns:
            BatchCommand[ImbotV2ChatMessageReadResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imbot.v2.chat.message.read(bot_id=1, dialog_id="1")
        """
        return cast(
            "BatchCommand[ImbotV2ChatMessageReadResult]",
            self._backend._invoke(
                _IMBOT_V2_CHAT_MESSAGE_READ,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "messageId": message_id,
                },
            ),
        )

    def send(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        dialog_id: str | Ref,
        fields: ImbotV2ChatMessageSendFields | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[ImbotV2ChatMessageSendResult]:
        """Post a message from the bot, with attachments, keyboard or forwards.

        Text over 20,000 characters is cut and ends with " (...)".

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Chat.Message.send``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-send.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            fields: Message content.

        Returns:
            BatchCommand[ImbotV2ChatMessageSendResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imbot.v2.chat.message.send(bot_id=1, dialog_id="1", fields={"message": "Please call back after 3 pm.", "replyId": 1})
        """
        return cast(
            "BatchCommand[ImbotV2ChatMessageSendResult]",
            self._backend._invoke(
                _IMBOT_V2_CHAT_MESSAGE_SEND,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "fields": fields,
                },
            ),
        )

    def update(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        message_id: int | Ref,
        fields: ImbotV2ChatMessageUpdateFields | Ref,
    ) -> BatchCommand[ImbotV2ChatMessageUpdateResult]:
        """Change the text, attachments or keyboard of the bot's own message.

        A bot can only change its own messages.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Chat.Message.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-update.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            message_id: ID of the message to change. Wire name: ``messageId``.
            fields: Message fields to change.

        Returns:
            BatchCommand[ImbotV2ChatMessageUpdateResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imbot.v2.chat.message.update(bot_id=1, message_id=1, fields={"message": "Please call back after 3 pm.", "urlPreview": "https://example.com/hook"})
        """
        return cast(
            "BatchCommand[ImbotV2ChatMessageUpdateResult]",
            self._backend._invoke(
                _IMBOT_V2_CHAT_MESSAGE_UPDATE,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "messageId": message_id,
                    "fields": fields,
                },
            ),
        )


class ImbotV2ChatMessageReaction(Namespace):
    """Methods under ``imbot.v2.Chat.Message.Reaction``."""

    __slots__ = ()

    def add(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        message_id: int,
        reaction: str,
    ) -> ImbotV2ChatMessageReactionAddResult:
        """Put the bot's reaction (emoji code) on a message.

        REST method: ``imbot.v2.Chat.Message.Reaction.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-reaction-add.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            message_id: ID of the message. Wire name: ``messageId``.
            reaction: Reaction code, such as "like", "fire" or "redHeart".

        Returns:
            ImbotV2ChatMessageReactionAddResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.message.reaction.add(bot_id=1, message_id=1, reaction="example")
            result = await client.imbot.v2.chat.message.reaction.add(bot_id=1, message_id=1, reaction="example")  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatMessageReactionAddResult",
            self._backend._invoke(
                _IMBOT_V2_CHAT_MESSAGE_REACTION_ADD,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "messageId": message_id,
                    "reaction": reaction,
                },
            ),
        )

    def delete(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        message_id: int,
        reaction: str,
    ) -> ImbotV2ChatMessageReactionDeleteResult:
        """Take the bot's reaction off a message.

        REST method: ``imbot.v2.Chat.Message.Reaction.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-reaction-delete.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            message_id: ID of the message. Wire name: ``messageId``.
            reaction: Code of the reaction to remove.

        Returns:
            ImbotV2ChatMessageReactionDeleteResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.message.reaction.delete(bot_id=1, message_id=1, reaction="example")
            result = await client.imbot.v2.chat.message.reaction.delete(bot_id=1, message_id=1, reaction="example")  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatMessageReactionDeleteResult",
            self._backend._invoke(
                _IMBOT_V2_CHAT_MESSAGE_REACTION_DELETE,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "messageId": message_id,
                    "reaction": reaction,
                },
            ),
        )


class AsyncImbotV2ChatMessageReaction(Namespace):
    """Methods under ``imbot.v2.Chat.Message.Reaction`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        message_id: int,
        reaction: str,
    ) -> ImbotV2ChatMessageReactionAddResult:
        """Put the bot's reaction (emoji code) on a message.

        REST method: ``imbot.v2.Chat.Message.Reaction.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-reaction-add.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            message_id: ID of the message. Wire name: ``messageId``.
            reaction: Reaction code, such as "like", "fire" or "redHeart".

        Returns:
            ImbotV2ChatMessageReactionAddResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.message.reaction.add(bot_id=1, message_id=1, reaction="example")
            result = await client.imbot.v2.chat.message.reaction.add(bot_id=1, message_id=1, reaction="example")  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatMessageReactionAddResult",
            await self._backend._invoke(
                _IMBOT_V2_CHAT_MESSAGE_REACTION_ADD,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "messageId": message_id,
                    "reaction": reaction,
                },
            ),
        )

    async def delete(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        message_id: int,
        reaction: str,
    ) -> ImbotV2ChatMessageReactionDeleteResult:
        """Take the bot's reaction off a message.

        REST method: ``imbot.v2.Chat.Message.Reaction.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-reaction-delete.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            message_id: ID of the message. Wire name: ``messageId``.
            reaction: Code of the reaction to remove.

        Returns:
            ImbotV2ChatMessageReactionDeleteResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.message.reaction.delete(bot_id=1, message_id=1, reaction="example")
            result = await client.imbot.v2.chat.message.reaction.delete(bot_id=1, message_id=1, reaction="example")  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatMessageReactionDeleteResult",
            await self._backend._invoke(
                _IMBOT_V2_CHAT_MESSAGE_REACTION_DELETE,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "messageId": message_id,
                    "reaction": reaction,
                },
            ),
        )


class BatchImbotV2ChatMessageReaction(Namespace):
    """Methods under ``imbot.v2.Chat.Message.Reaction`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        message_id: int | Ref,
        reaction: str | Ref,
    ) -> BatchCommand[ImbotV2ChatMessageReactionAddResult]:
        """Put the bot's reaction (emoji code) on a message.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Chat.Message.Reaction.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-reaction-add.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            message_id: ID of the message. Wire name: ``messageId``.
            reaction: Reaction code, such as "like", "fire" or "redHeart".

        Returns:
            BatchCommand[ImbotV2ChatMessageReactionAddResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imbot.v2.chat.message.reaction.add(bot_id=1, message_id=1, reaction="example")
        """
        return cast(
            "BatchCommand[ImbotV2ChatMessageReactionAddResult]",
            self._backend._invoke(
                _IMBOT_V2_CHAT_MESSAGE_REACTION_ADD,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "messageId": message_id,
                    "reaction": reaction,
                },
            ),
        )

    def delete(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        message_id: int | Ref,
        reaction: str | Ref,
    ) -> BatchCommand[ImbotV2ChatMessageReactionDeleteResult]:
        """Take the bot's reaction off a message.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Chat.Message.Reaction.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-reaction-delete.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            message_id: ID of the message. Wire name: ``messageId``.
            reaction: Code of the reaction to remove.

        Returns:
            BatchCommand[ImbotV2ChatMessageReactionDeleteResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imbot.v2.chat.message.reaction.delete(bot_id=1, message_id=1, reaction="example")
        """
        return cast(
            "BatchCommand[ImbotV2ChatMessageReactionDeleteResult]",
            self._backend._invoke(
                _IMBOT_V2_CHAT_MESSAGE_REACTION_DELETE,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "messageId": message_id,
                    "reaction": reaction,
                },
            ),
        )


class ImbotV2ChatTextField(Namespace):
    """Methods under ``imbot.v2.Chat.TextField``."""

    __slots__ = ()

    def enabled(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        dialog_id: str,
        enabled: bool | NotGiven = NOT_GIVEN,
    ) -> ImbotV2ChatTextFieldEnabledResult:
        """Turn the message input field of a conversation on or off.

        REST method: ``imbot.v2.Chat.TextField.enabled``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/ui/chat-text-field-enabled.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            enabled: true turns the input field on (default), false turns it off.

        Returns:
            ImbotV2ChatTextFieldEnabledResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.text_field.enabled(bot_id=1, dialog_id="1")
            result = await client.imbot.v2.chat.text_field.enabled(bot_id=1, dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatTextFieldEnabledResult",
            self._backend._invoke(
                _IMBOT_V2_CHAT_TEXT_FIELD_ENABLED,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "enabled": enabled,
                },
            ),
        )


class AsyncImbotV2ChatTextField(Namespace):
    """Methods under ``imbot.v2.Chat.TextField`` (async)."""

    __slots__ = ()

    async def enabled(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        dialog_id: str,
        enabled: bool | NotGiven = NOT_GIVEN,
    ) -> ImbotV2ChatTextFieldEnabledResult:
        """Turn the message input field of a conversation on or off.

        REST method: ``imbot.v2.Chat.TextField.enabled``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/ui/chat-text-field-enabled.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            enabled: true turns the input field on (default), false turns it off.

        Returns:
            ImbotV2ChatTextFieldEnabledResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.text_field.enabled(bot_id=1, dialog_id="1")
            result = await client.imbot.v2.chat.text_field.enabled(bot_id=1, dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatTextFieldEnabledResult",
            await self._backend._invoke(
                _IMBOT_V2_CHAT_TEXT_FIELD_ENABLED,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "enabled": enabled,
                },
            ),
        )


class BatchImbotV2ChatTextField(Namespace):
    """Methods under ``imbot.v2.Chat.TextField`` (queued into a batch)."""

    __slots__ = ()

    def enabled(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        dialog_id: str | Ref,
        enabled: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[ImbotV2ChatTextFieldEnabledResult]:
        """Turn the message input field of a conversation on or off.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Chat.TextField.enabled``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/ui/chat-text-field-enabled.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            enabled: true turns the input field on (default), false turns it off.

        Returns:
            BatchCommand[ImbotV2ChatTextFieldEnabledResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imbot.v2.chat.text_field.enabled(bot_id=1, dialog_id="1")
        """
        return cast(
            "BatchCommand[ImbotV2ChatTextFieldEnabledResult]",
            self._backend._invoke(
                _IMBOT_V2_CHAT_TEXT_FIELD_ENABLED,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "enabled": enabled,
                },
            ),
        )


class ImbotV2ChatUser(Namespace):
    """Methods under ``imbot.v2.Chat.User``."""

    __slots__ = ()

    def add(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        dialog_id: str,
        user_ids: Sequence[int],
    ) -> ImbotV2ChatUserAddResult:
        """Invite users into a group chat where the bot is an administrator.

        The bot must be a chat administrator.

        REST method: ``imbot.v2.Chat.User.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-user-add.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            user_ids: IDs of the users to add. Wire name: ``userIds``.

        Returns:
            ImbotV2ChatUserAddResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.user.add(bot_id=1, dialog_id="1", user_ids=[1])
            result = await client.imbot.v2.chat.user.add(bot_id=1, dialog_id="1", user_ids=[1])  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatUserAddResult",
            self._backend._invoke(
                _IMBOT_V2_CHAT_USER_ADD,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "userIds": user_ids,
                },
            ),
        )

    def delete(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        dialog_id: str,
        user_id: int,
    ) -> ImbotV2ChatUserDeleteResult:
        """Remove a member from a group chat where the bot is an administrator.

        The bot must be a chat administrator.

        REST method: ``imbot.v2.Chat.User.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-user-delete.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            user_id: ID of the member to remove. Wire name: ``userId``.

        Returns:
            ImbotV2ChatUserDeleteResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.user.delete(bot_id=1, dialog_id="1", user_id=1)
            result = await client.imbot.v2.chat.user.delete(bot_id=1, dialog_id="1", user_id=1)  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatUserDeleteResult",
            self._backend._invoke(
                _IMBOT_V2_CHAT_USER_DELETE,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "userId": user_id,
                },
            ),
        )

    def list(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        dialog_id: str,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_ImbotV2ChatUser]:
        """List the members of a conversation the bot is in.

        REST method: ``imbot.v2.Chat.User.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-user-list.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            order: Sort by "id", "lastSendMessageId" or "userId", "ASC" or "DESC", such as {"id": "ASC"}.
            limit: Members to return, 1 to 200 (default 50).

        Returns:
            list[ImbotV2ChatUser]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.user.list(bot_id=1, dialog_id="1")
            result = await client.imbot.v2.chat.user.list(bot_id=1, dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_ImbotV2ChatUser]",
            self._backend._invoke(
                _IMBOT_V2_CHAT_USER_LIST,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "order": order,
                    "limit": limit,
                },
            ),
        )


class AsyncImbotV2ChatUser(Namespace):
    """Methods under ``imbot.v2.Chat.User`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        dialog_id: str,
        user_ids: Sequence[int],
    ) -> ImbotV2ChatUserAddResult:
        """Invite users into a group chat where the bot is an administrator.

        The bot must be a chat administrator.

        REST method: ``imbot.v2.Chat.User.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-user-add.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            user_ids: IDs of the users to add. Wire name: ``userIds``.

        Returns:
            ImbotV2ChatUserAddResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.user.add(bot_id=1, dialog_id="1", user_ids=[1])
            result = await client.imbot.v2.chat.user.add(bot_id=1, dialog_id="1", user_ids=[1])  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatUserAddResult",
            await self._backend._invoke(
                _IMBOT_V2_CHAT_USER_ADD,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "userIds": user_ids,
                },
            ),
        )

    async def delete(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        dialog_id: str,
        user_id: int,
    ) -> ImbotV2ChatUserDeleteResult:
        """Remove a member from a group chat where the bot is an administrator.

        The bot must be a chat administrator.

        REST method: ``imbot.v2.Chat.User.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-user-delete.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            user_id: ID of the member to remove. Wire name: ``userId``.

        Returns:
            ImbotV2ChatUserDeleteResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.user.delete(bot_id=1, dialog_id="1", user_id=1)
            result = await client.imbot.v2.chat.user.delete(bot_id=1, dialog_id="1", user_id=1)  # AsyncBitrix24
        """
        return cast(
            "ImbotV2ChatUserDeleteResult",
            await self._backend._invoke(
                _IMBOT_V2_CHAT_USER_DELETE,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "userId": user_id,
                },
            ),
        )

    async def list(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        dialog_id: str,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_ImbotV2ChatUser]:
        """List the members of a conversation the bot is in.

        REST method: ``imbot.v2.Chat.User.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-user-list.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            order: Sort by "id", "lastSendMessageId" or "userId", "ASC" or "DESC", such as {"id": "ASC"}.
            limit: Members to return, 1 to 200 (default 50).

        Returns:
            list[ImbotV2ChatUser]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.imbot.v2.chat.user.list(bot_id=1, dialog_id="1")
            result = await client.imbot.v2.chat.user.list(bot_id=1, dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_ImbotV2ChatUser]",
            await self._backend._invoke(
                _IMBOT_V2_CHAT_USER_LIST,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "order": order,
                    "limit": limit,
                },
            ),
        )


class BatchImbotV2ChatUser(Namespace):
    """Methods under ``imbot.v2.Chat.User`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        dialog_id: str | Ref,
        user_ids: Sequence[int] | Ref,
    ) -> BatchCommand[ImbotV2ChatUserAddResult]:
        """Invite users into a group chat where the bot is an administrator.

        The bot must be a chat administrator.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Chat.User.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-user-add.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            user_ids: IDs of the users to add. Wire name: ``userIds``.

        Returns:
            BatchCommand[ImbotV2ChatUserAddResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imbot.v2.chat.user.add(bot_id=1, dialog_id="1", user_ids=[1])
        """
        return cast(
            "BatchCommand[ImbotV2ChatUserAddResult]",
            self._backend._invoke(
                _IMBOT_V2_CHAT_USER_ADD,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "userIds": user_ids,
                },
            ),
        )

    def delete(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        dialog_id: str | Ref,
        user_id: int | Ref,
    ) -> BatchCommand[ImbotV2ChatUserDeleteResult]:
        """Remove a member from a group chat where the bot is an administrator.

        The bot must be a chat administrator.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Chat.User.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-user-delete.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            user_id: ID of the member to remove. Wire name: ``userId``.

        Returns:
            BatchCommand[ImbotV2ChatUserDeleteResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imbot.v2.chat.user.delete(bot_id=1, dialog_id="1", user_id=1)
        """
        return cast(
            "BatchCommand[ImbotV2ChatUserDeleteResult]",
            self._backend._invoke(
                _IMBOT_V2_CHAT_USER_DELETE,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "userId": user_id,
                },
            ),
        )

    def list(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        dialog_id: str | Ref,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        limit: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_ImbotV2ChatUser]]:
        """List the members of a conversation the bot is in.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Chat.User.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-user-list.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            order: Sort by "id", "lastSendMessageId" or "userId", "ASC" or "DESC", such as {"id": "ASC"}.
            limit: Members to return, 1 to 200 (default 50).

        Returns:
            BatchCommand[list[ImbotV2ChatUser]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.imbot.v2.chat.user.list(bot_id=1, dialog_id="1")
        """
        return cast(
            "BatchCommand[builtins.list[_ImbotV2ChatUser]]",
            self._backend._invoke(
                _IMBOT_V2_CHAT_USER_LIST,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "order": order,
                    "limit": limit,
                },
            ),
        )


class ImbotV2Command(Namespace):
    """Methods under ``imbot.v2.Command``."""

    __slots__ = ()

    def answer(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        command_id: int,
        message_id: int,
        dialog_id: str,
        fields: ImbotV2CommandAnswerFields | NotGiven = NOT_GIVEN,
    ) -> ImbotV2CommandAnswerResult:
        """Reply to a slash command a user sent to the bot.

        REST method: ``imbot.v2.Command.answer``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-answer.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            command_id: ID of the command being answered. Wire name: ``commandId``.
            message_id: ID of the message with the command. Wire name: ``messageId``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            fields: Reply content.

        Returns:
            ImbotV2CommandAnswerResult

        Example:
            result = client.imbot.v2.command.answer(bot_id=1, command_id=1, message_id=1, dialog_id="1", fields={"message": "Please call back after 3 pm."})
            result = await client.imbot.v2.command.answer(bot_id=1, command_id=1, message_id=1, dialog_id="1", fields={"message": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            "ImbotV2CommandAnswerResult",
            self._backend._invoke(
                _IMBOT_V2_COMMAND_ANSWER,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "commandId": command_id,
                    "messageId": message_id,
                    "dialogId": dialog_id,
                    "fields": fields,
                },
            ),
        )

    def list(
        self, *, bot_id: int, bot_token: str | NotGiven = NOT_GIVEN
    ) -> ImbotV2CommandListResult:
        """Return all slash commands registered for a bot.

        REST method: ``imbot.v2.Command.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-list.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.

        Returns:
            ImbotV2CommandListResult

        Example:
            result = client.imbot.v2.command.list(bot_id=1)
            result = await client.imbot.v2.command.list(bot_id=1)  # AsyncBitrix24
        """
        return cast(
            "ImbotV2CommandListResult",
            self._backend._invoke(
                _IMBOT_V2_COMMAND_LIST, {"botId": bot_id, "botToken": bot_token}
            ),
        )

    def register(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        fields: ImbotV2CommandRegisterFields,
    ) -> ImbotV2CommandRegisterResult:
        """Add a slash command to a bot.

        REST method: ``imbot.v2.Command.register``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-register.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            fields: Command settings.

        Returns:
            ImbotV2CommandRegisterResult

        Example:
            result = client.imbot.v2.command.register(bot_id=1, fields={"command": "example"})
            result = await client.imbot.v2.command.register(bot_id=1, fields={"command": "example"})  # AsyncBitrix24
        """
        return cast(
            "ImbotV2CommandRegisterResult",
            self._backend._invoke(
                _IMBOT_V2_COMMAND_REGISTER,
                {"botId": bot_id, "botToken": bot_token, "fields": fields},
            ),
        )

    def unregister(
        self, *, bot_id: int, bot_token: str | NotGiven = NOT_GIVEN, command_id: int
    ) -> ImbotV2CommandUnregisterResult:
        """Remove a slash command from a bot.

        REST method: ``imbot.v2.Command.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-unregister.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            command_id: ID of the command to remove. Wire name: ``commandId``.

        Returns:
            ImbotV2CommandUnregisterResult

        Example:
            result = client.imbot.v2.command.unregister(bot_id=1, command_id=1)
            result = await client.imbot.v2.command.unregister(bot_id=1, command_id=1)  # AsyncBitrix24
        """
        return cast(
            "ImbotV2CommandUnregisterResult",
            self._backend._invoke(
                _IMBOT_V2_COMMAND_UNREGISTER,
                {"botId": bot_id, "botToken": bot_token, "commandId": command_id},
            ),
        )

    def update(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        command_id: int,
        fields: ImbotV2CommandUpdateFields,
    ) -> ImbotV2CommandUpdateResult:
        """Change a bot command's text, titles, hints or visibility.

        REST method: ``imbot.v2.Command.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-update.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            command_id: ID of the command to change. Wire name: ``commandId``.
            fields: Command settings to change.

        Returns:
            ImbotV2CommandUpdateResult

        Example:
            result = client.imbot.v2.command.update(bot_id=1, command_id=1, fields={"command": "example"})
            result = await client.imbot.v2.command.update(bot_id=1, command_id=1, fields={"command": "example"})  # AsyncBitrix24
        """
        return cast(
            "ImbotV2CommandUpdateResult",
            self._backend._invoke(
                _IMBOT_V2_COMMAND_UPDATE,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "commandId": command_id,
                    "fields": fields,
                },
            ),
        )


class AsyncImbotV2Command(Namespace):
    """Methods under ``imbot.v2.Command`` (async)."""

    __slots__ = ()

    async def answer(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        command_id: int,
        message_id: int,
        dialog_id: str,
        fields: ImbotV2CommandAnswerFields | NotGiven = NOT_GIVEN,
    ) -> ImbotV2CommandAnswerResult:
        """Reply to a slash command a user sent to the bot.

        REST method: ``imbot.v2.Command.answer``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-answer.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            command_id: ID of the command being answered. Wire name: ``commandId``.
            message_id: ID of the message with the command. Wire name: ``messageId``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            fields: Reply content.

        Returns:
            ImbotV2CommandAnswerResult

        Example:
            result = client.imbot.v2.command.answer(bot_id=1, command_id=1, message_id=1, dialog_id="1", fields={"message": "Please call back after 3 pm."})
            result = await client.imbot.v2.command.answer(bot_id=1, command_id=1, message_id=1, dialog_id="1", fields={"message": "Please call back after 3 pm."})  # AsyncBitrix24
        """
        return cast(
            "ImbotV2CommandAnswerResult",
            await self._backend._invoke(
                _IMBOT_V2_COMMAND_ANSWER,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "commandId": command_id,
                    "messageId": message_id,
                    "dialogId": dialog_id,
                    "fields": fields,
                },
            ),
        )

    async def list(
        self, *, bot_id: int, bot_token: str | NotGiven = NOT_GIVEN
    ) -> ImbotV2CommandListResult:
        """Return all slash commands registered for a bot.

        REST method: ``imbot.v2.Command.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-list.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.

        Returns:
            ImbotV2CommandListResult

        Example:
            result = client.imbot.v2.command.list(bot_id=1)
            result = await client.imbot.v2.command.list(bot_id=1)  # AsyncBitrix24
        """
        return cast(
            "ImbotV2CommandListResult",
            await self._backend._invoke(
                _IMBOT_V2_COMMAND_LIST, {"botId": bot_id, "botToken": bot_token}
            ),
        )

    async def register(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        fields: ImbotV2CommandRegisterFields,
    ) -> ImbotV2CommandRegisterResult:
        """Add a slash command to a bot.

        REST method: ``imbot.v2.Command.register``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-register.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            fields: Command settings.

        Returns:
            ImbotV2CommandRegisterResult

        Example:
            result = client.imbot.v2.command.register(bot_id=1, fields={"command": "example"})
            result = await client.imbot.v2.command.register(bot_id=1, fields={"command": "example"})  # AsyncBitrix24
        """
        return cast(
            "ImbotV2CommandRegisterResult",
            await self._backend._invoke(
                _IMBOT_V2_COMMAND_REGISTER,
                {"botId": bot_id, "botToken": bot_token, "fields": fields},
            ),
        )

    async def unregister(
        self, *, bot_id: int, bot_token: str | NotGiven = NOT_GIVEN, command_id: int
    ) -> ImbotV2CommandUnregisterResult:
        """Remove a slash command from a bot.

        REST method: ``imbot.v2.Command.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-unregister.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            command_id: ID of the command to remove. Wire name: ``commandId``.

        Returns:
            ImbotV2CommandUnregisterResult

        Example:
            result = client.imbot.v2.command.unregister(bot_id=1, command_id=1)
            result = await client.imbot.v2.command.unregister(bot_id=1, command_id=1)  # AsyncBitrix24
        """
        return cast(
            "ImbotV2CommandUnregisterResult",
            await self._backend._invoke(
                _IMBOT_V2_COMMAND_UNREGISTER,
                {"botId": bot_id, "botToken": bot_token, "commandId": command_id},
            ),
        )

    async def update(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        command_id: int,
        fields: ImbotV2CommandUpdateFields,
    ) -> ImbotV2CommandUpdateResult:
        """Change a bot command's text, titles, hints or visibility.

        REST method: ``imbot.v2.Command.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-update.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            command_id: ID of the command to change. Wire name: ``commandId``.
            fields: Command settings to change.

        Returns:
            ImbotV2CommandUpdateResult

        Example:
            result = client.imbot.v2.command.update(bot_id=1, command_id=1, fields={"command": "example"})
            result = await client.imbot.v2.command.update(bot_id=1, command_id=1, fields={"command": "example"})  # AsyncBitrix24
        """
        return cast(
            "ImbotV2CommandUpdateResult",
            await self._backend._invoke(
                _IMBOT_V2_COMMAND_UPDATE,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "commandId": command_id,
                    "fields": fields,
                },
            ),
        )


class BatchImbotV2Command(Namespace):
    """Methods under ``imbot.v2.Command`` (queued into a batch)."""

    __slots__ = ()

    def answer(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        command_id: int | Ref,
        message_id: int | Ref,
        dialog_id: str | Ref,
        fields: ImbotV2CommandAnswerFields | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[ImbotV2CommandAnswerResult]:
        """Reply to a slash command a user sent to the bot.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Command.answer``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-answer.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            command_id: ID of the command being answered. Wire name: ``commandId``.
            message_id: ID of the message with the command. Wire name: ``messageId``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            fields: Reply content.

        Returns:
            BatchCommand[ImbotV2CommandAnswerResult]

        Example:
            command = batch.imbot.v2.command.answer(bot_id=1, command_id=1, message_id=1, dialog_id="1", fields={"message": "Please call back after 3 pm."})
        """
        return cast(
            "BatchCommand[ImbotV2CommandAnswerResult]",
            self._backend._invoke(
                _IMBOT_V2_COMMAND_ANSWER,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "commandId": command_id,
                    "messageId": message_id,
                    "dialogId": dialog_id,
                    "fields": fields,
                },
            ),
        )

    def list(
        self, *, bot_id: int | Ref, bot_token: str | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[ImbotV2CommandListResult]:
        """Return all slash commands registered for a bot.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Command.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-list.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.

        Returns:
            BatchCommand[ImbotV2CommandListResult]

        Example:
            command = batch.imbot.v2.command.list(bot_id=1)
        """
        return cast(
            "BatchCommand[ImbotV2CommandListResult]",
            self._backend._invoke(
                _IMBOT_V2_COMMAND_LIST, {"botId": bot_id, "botToken": bot_token}
            ),
        )

    def register(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        fields: ImbotV2CommandRegisterFields | Ref,
    ) -> BatchCommand[ImbotV2CommandRegisterResult]:
        """Add a slash command to a bot.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Command.register``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-register.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            fields: Command settings.

        Returns:
            BatchCommand[ImbotV2CommandRegisterResult]

        Example:
            command = batch.imbot.v2.command.register(bot_id=1, fields={"command": "example"})
        """
        return cast(
            "BatchCommand[ImbotV2CommandRegisterResult]",
            self._backend._invoke(
                _IMBOT_V2_COMMAND_REGISTER,
                {"botId": bot_id, "botToken": bot_token, "fields": fields},
            ),
        )

    def unregister(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        command_id: int | Ref,
    ) -> BatchCommand[ImbotV2CommandUnregisterResult]:
        """Remove a slash command from a bot.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Command.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-unregister.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            command_id: ID of the command to remove. Wire name: ``commandId``.

        Returns:
            BatchCommand[ImbotV2CommandUnregisterResult]

        Example:
            command = batch.imbot.v2.command.unregister(bot_id=1, command_id=1)
        """
        return cast(
            "BatchCommand[ImbotV2CommandUnregisterResult]",
            self._backend._invoke(
                _IMBOT_V2_COMMAND_UNREGISTER,
                {"botId": bot_id, "botToken": bot_token, "commandId": command_id},
            ),
        )

    def update(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        command_id: int | Ref,
        fields: ImbotV2CommandUpdateFields | Ref,
    ) -> BatchCommand[ImbotV2CommandUpdateResult]:
        """Change a bot command's text, titles, hints or visibility.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Command.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-update.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            command_id: ID of the command to change. Wire name: ``commandId``.
            fields: Command settings to change.

        Returns:
            BatchCommand[ImbotV2CommandUpdateResult]

        Example:
            command = batch.imbot.v2.command.update(bot_id=1, command_id=1, fields={"command": "example"})
        """
        return cast(
            "BatchCommand[ImbotV2CommandUpdateResult]",
            self._backend._invoke(
                _IMBOT_V2_COMMAND_UPDATE,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "commandId": command_id,
                    "fields": fields,
                },
            ),
        )


class ImbotV2Event(Namespace):
    """Methods under ``imbot.v2.Event``."""

    __slots__ = ()

    def get(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        with_user_events: bool | NotGiven = NOT_GIVEN,
    ) -> _ImbotV2Event:
        """Poll the events queued for a bot that uses fetch delivery.

        Pass nextOffset back to confirm the events you processed; otherwise they are returned again.

        REST method: ``imbot.v2.Event.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/event-get.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            offset: Confirms processed events and returns those from this offset; pass nextOffset of the previous reply.
            limit: Maximum number of events, 1 to 1000 (default 100).
            with_user_events: true also returns user events (ONIMV2*) along with the bot events (default false). Wire name: ``withUserEvents``.

        Returns:
            ImbotV2Event

        Example:
            result = client.imbot.v2.event.get(bot_id=1)
            result = await client.imbot.v2.event.get(bot_id=1)  # AsyncBitrix24
        """
        return cast(
            "_ImbotV2Event",
            self._backend._invoke(
                _IMBOT_V2_EVENT_GET,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "offset": offset,
                    "limit": limit,
                    "withUserEvents": with_user_events,
                },
            ),
        )


class AsyncImbotV2Event(Namespace):
    """Methods under ``imbot.v2.Event`` (async)."""

    __slots__ = ()

    async def get(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        with_user_events: bool | NotGiven = NOT_GIVEN,
    ) -> _ImbotV2Event:
        """Poll the events queued for a bot that uses fetch delivery.

        Pass nextOffset back to confirm the events you processed; otherwise they are returned again.

        REST method: ``imbot.v2.Event.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/event-get.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            offset: Confirms processed events and returns those from this offset; pass nextOffset of the previous reply.
            limit: Maximum number of events, 1 to 1000 (default 100).
            with_user_events: true also returns user events (ONIMV2*) along with the bot events (default false). Wire name: ``withUserEvents``.

        Returns:
            ImbotV2Event

        Example:
            result = client.imbot.v2.event.get(bot_id=1)
            result = await client.imbot.v2.event.get(bot_id=1)  # AsyncBitrix24
        """
        return cast(
            "_ImbotV2Event",
            await self._backend._invoke(
                _IMBOT_V2_EVENT_GET,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "offset": offset,
                    "limit": limit,
                    "withUserEvents": with_user_events,
                },
            ),
        )


class BatchImbotV2Event(Namespace):
    """Methods under ``imbot.v2.Event`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        offset: int | Ref | NotGiven = NOT_GIVEN,
        limit: int | Ref | NotGiven = NOT_GIVEN,
        with_user_events: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[_ImbotV2Event]:
        """Poll the events queued for a bot that uses fetch delivery.

        Pass nextOffset back to confirm the events you processed; otherwise they are returned again.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Event.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/event-get.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            offset: Confirms processed events and returns those from this offset; pass nextOffset of the previous reply.
            limit: Maximum number of events, 1 to 1000 (default 100).
            with_user_events: true also returns user events (ONIMV2*) along with the bot events (default false). Wire name: ``withUserEvents``.

        Returns:
            BatchCommand[ImbotV2Event]

        Example:
            command = batch.imbot.v2.event.get(bot_id=1)
        """
        return cast(
            "BatchCommand[_ImbotV2Event]",
            self._backend._invoke(
                _IMBOT_V2_EVENT_GET,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "offset": offset,
                    "limit": limit,
                    "withUserEvents": with_user_events,
                },
            ),
        )


class ImbotV2File(Namespace):
    """Methods under ``imbot.v2.File``."""

    __slots__ = ()

    def download(
        self, *, bot_id: int, bot_token: str | NotGiven = NOT_GIVEN, file_id: int
    ) -> ImbotV2FileDownloadResult:
        """Get a download link for a file the bot can access.

        REST method: ``imbot.v2.File.download``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/files/file-download.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            file_id: ID of the file on Drive. Wire name: ``fileId``.

        Returns:
            ImbotV2FileDownloadResult

        Example:
            result = client.imbot.v2.file.download(bot_id=1, file_id=1)
            result = await client.imbot.v2.file.download(bot_id=1, file_id=1)  # AsyncBitrix24
        """
        return cast(
            "ImbotV2FileDownloadResult",
            self._backend._invoke(
                _IMBOT_V2_FILE_DOWNLOAD,
                {"botId": bot_id, "botToken": bot_token, "fileId": file_id},
            ),
        )

    def upload(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        dialog_id: str,
        fields: ImbotV2FileUploadFields,
    ) -> ImbotV2FileUploadResult:
        """Upload a base64 file into a chat as the bot and post it.

        REST method: ``imbot.v2.File.upload``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/files/file-upload.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            fields: File and message data.

        Returns:
            ImbotV2FileUploadResult

        Example:
            result = client.imbot.v2.file.upload(bot_id=1, dialog_id="1", fields={"name": "Anna", "content": "example"})
            result = await client.imbot.v2.file.upload(bot_id=1, dialog_id="1", fields={"name": "Anna", "content": "example"})  # AsyncBitrix24
        """
        return cast(
            "ImbotV2FileUploadResult",
            self._backend._invoke(
                _IMBOT_V2_FILE_UPLOAD,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "fields": fields,
                },
            ),
        )


class AsyncImbotV2File(Namespace):
    """Methods under ``imbot.v2.File`` (async)."""

    __slots__ = ()

    async def download(
        self, *, bot_id: int, bot_token: str | NotGiven = NOT_GIVEN, file_id: int
    ) -> ImbotV2FileDownloadResult:
        """Get a download link for a file the bot can access.

        REST method: ``imbot.v2.File.download``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/files/file-download.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            file_id: ID of the file on Drive. Wire name: ``fileId``.

        Returns:
            ImbotV2FileDownloadResult

        Example:
            result = client.imbot.v2.file.download(bot_id=1, file_id=1)
            result = await client.imbot.v2.file.download(bot_id=1, file_id=1)  # AsyncBitrix24
        """
        return cast(
            "ImbotV2FileDownloadResult",
            await self._backend._invoke(
                _IMBOT_V2_FILE_DOWNLOAD,
                {"botId": bot_id, "botToken": bot_token, "fileId": file_id},
            ),
        )

    async def upload(
        self,
        *,
        bot_id: int,
        bot_token: str | NotGiven = NOT_GIVEN,
        dialog_id: str,
        fields: ImbotV2FileUploadFields,
    ) -> ImbotV2FileUploadResult:
        """Upload a base64 file into a chat as the bot and post it.

        REST method: ``imbot.v2.File.upload``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/files/file-upload.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            fields: File and message data.

        Returns:
            ImbotV2FileUploadResult

        Example:
            result = client.imbot.v2.file.upload(bot_id=1, dialog_id="1", fields={"name": "Anna", "content": "example"})
            result = await client.imbot.v2.file.upload(bot_id=1, dialog_id="1", fields={"name": "Anna", "content": "example"})  # AsyncBitrix24
        """
        return cast(
            "ImbotV2FileUploadResult",
            await self._backend._invoke(
                _IMBOT_V2_FILE_UPLOAD,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "fields": fields,
                },
            ),
        )


class BatchImbotV2File(Namespace):
    """Methods under ``imbot.v2.File`` (queued into a batch)."""

    __slots__ = ()

    def download(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        file_id: int | Ref,
    ) -> BatchCommand[ImbotV2FileDownloadResult]:
        """Get a download link for a file the bot can access.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.File.download``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/files/file-download.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            file_id: ID of the file on Drive. Wire name: ``fileId``.

        Returns:
            BatchCommand[ImbotV2FileDownloadResult]

        Example:
            command = batch.imbot.v2.file.download(bot_id=1, file_id=1)
        """
        return cast(
            "BatchCommand[ImbotV2FileDownloadResult]",
            self._backend._invoke(
                _IMBOT_V2_FILE_DOWNLOAD,
                {"botId": bot_id, "botToken": bot_token, "fileId": file_id},
            ),
        )

    def upload(
        self,
        *,
        bot_id: int | Ref,
        bot_token: str | Ref | NotGiven = NOT_GIVEN,
        dialog_id: str | Ref,
        fields: ImbotV2FileUploadFields | Ref,
    ) -> BatchCommand[ImbotV2FileUploadResult]:
        """Upload a base64 file into a chat as the bot and post it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.File.upload``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/files/file-upload.html

        Args:
            bot_id: ID of the bot acting in the call. Wire name: ``botId``.
            bot_token: Bot token; required only when the bot was registered with one and the call comes from a webhook. Wire name: ``botToken``.
            dialog_id: Dialog ID: "chatXXX" for a group chat, or a user ID for a private chat. Wire name: ``dialogId``.
            fields: File and message data.

        Returns:
            BatchCommand[ImbotV2FileUploadResult]

        Example:
            command = batch.imbot.v2.file.upload(bot_id=1, dialog_id="1", fields={"name": "Anna", "content": "example"})
        """
        return cast(
            "BatchCommand[ImbotV2FileUploadResult]",
            self._backend._invoke(
                _IMBOT_V2_FILE_UPLOAD,
                {
                    "botId": bot_id,
                    "botToken": bot_token,
                    "dialogId": dialog_id,
                    "fields": fields,
                },
            ),
        )


class ImbotV2Revision(Namespace):
    """Methods under ``imbot.v2.Revision``."""

    __slots__ = ()

    def get(self) -> _ImbotV2Revision:
        """Return the bot API revision numbers of this portal.

        REST method: ``imbot.v2.Revision.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/revision-get.html

        Returns:
            ImbotV2Revision

        Example:
            result = client.imbot.v2.revision.get()
            result = await client.imbot.v2.revision.get()  # AsyncBitrix24
        """
        return cast(
            "_ImbotV2Revision", self._backend._invoke(_IMBOT_V2_REVISION_GET, {})
        )


class AsyncImbotV2Revision(Namespace):
    """Methods under ``imbot.v2.Revision`` (async)."""

    __slots__ = ()

    async def get(self) -> _ImbotV2Revision:
        """Return the bot API revision numbers of this portal.

        REST method: ``imbot.v2.Revision.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/revision-get.html

        Returns:
            ImbotV2Revision

        Example:
            result = client.imbot.v2.revision.get()
            result = await client.imbot.v2.revision.get()  # AsyncBitrix24
        """
        return cast(
            "_ImbotV2Revision", await self._backend._invoke(_IMBOT_V2_REVISION_GET, {})
        )


class BatchImbotV2Revision(Namespace):
    """Methods under ``imbot.v2.Revision`` (queued into a batch)."""

    __slots__ = ()

    def get(self) -> BatchCommand[_ImbotV2Revision]:
        """Return the bot API revision numbers of this portal.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.v2.Revision.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/revision-get.html

        Returns:
            BatchCommand[ImbotV2Revision]

        Example:
            command = batch.imbot.v2.revision.get()
        """
        return cast(
            "BatchCommand[_ImbotV2Revision]",
            self._backend._invoke(_IMBOT_V2_REVISION_GET, {}),
        )
