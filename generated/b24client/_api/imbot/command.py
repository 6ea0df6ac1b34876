"""Methods under ``imbot.command``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.callsite import require_one_of
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from b24client.types.imbot import ImbotCommandRegisterLang, ImbotCommandUpdateFields
else:
    from b24client._core.callsite import deprecated

_IMBOT_COMMAND_ANSWER = MethodInfo(
    name="imbot.command.answer", idempotent=False, returns="integer", api=1
)
_IMBOT_COMMAND_REGISTER = MethodInfo(
    name="imbot.command.register", idempotent=False, returns="integer", api=1
)
_IMBOT_COMMAND_UNREGISTER = MethodInfo(
    name="imbot.command.unregister", idempotent=False, returns="boolean", api=1
)
_IMBOT_COMMAND_UPDATE = MethodInfo(
    name="imbot.command.update", idempotent=False, returns="boolean", api=1
)


class ImbotCommand(Namespace):
    """Methods under ``imbot.command``."""

    __slots__ = ()

    @deprecated(
        "The REST method imbot.command.answer is deprecated; use imbot.v2.Command.answer instead."
    )
    def answer(
        self,
        *,
        command_id: int | NotGiven = NOT_GIVEN,
        command: str | NotGiven = NOT_GIVEN,
        message_id: int,
        message: str,
        attach: dict[str, Any] | NotGiven = NOT_GIVEN,
        keyboard: dict[str, Any] | NotGiven = NOT_GIVEN,
        menu: Sequence[dict[str, Any]] | NotGiven = NOT_GIVEN,
        system: bool | NotGiven = NOT_GIVEN,
        url_preview: bool | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> int:
        """Reply to a slash command a user sent to a bot.

        Deprecated: use ``imbot.v2.Command.answer`` instead.

        REST method: ``imbot.command.answer``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/commands/imbot-command-answer.html

        Args:
            command_id: ID of the command; required unless COMMAND is given. Wire name: ``COMMAND_ID``.
            command: Command text; required unless COMMAND_ID is given. Wire name: ``COMMAND``.
            message_id: ID of the message with the command, from the ONIMCOMMANDADD event. Wire name: ``MESSAGE_ID``.
            message: Reply text. Wire name: ``MESSAGE``.
            attach: Rich attachment block (images, links, files, grids), as an object or a JSON string. Wire name: ``ATTACH``.
            keyboard: Buttons shown under the message for the user to press. Wire name: ``KEYBOARD``.
            menu: Extra items for the message's context menu. Wire name: ``MENU``.
            system: \"Y" sends the message as a system message; "N" as a regular one. Wire name: ``SYSTEM``.
            url_preview: \"Y" turns links in the text into rich previews; "N" leaves them as plain links. Wire name: ``URL_PREVIEW``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            int

        Example:
            result = client.imbot.command.answer(command_id=1, message_id=1, message="Please call back after 3 pm.")
            result = await client.imbot.command.answer(command_id=1, message_id=1, message="Please call back after 3 pm.")  # AsyncBitrix24
        """
        require_one_of(
            _IMBOT_COMMAND_ANSWER, {"command_id": command_id}, {"command": command}
        )
        return cast(
            int,
            self._backend._invoke(
                _IMBOT_COMMAND_ANSWER,
                {
                    "COMMAND_ID": command_id,
                    "COMMAND": command,
                    "MESSAGE_ID": message_id,
                    "MESSAGE": message,
                    "ATTACH": attach,
                    "KEYBOARD": keyboard,
                    "MENU": menu,
                    "SYSTEM": yes_no(system),
                    "URL_PREVIEW": yes_no(url_preview),
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.command.register is deprecated; use imbot.v2.Command.register instead."
    )
    def register(
        self,
        *,
        bot_id: int,
        command: str,
        event_command_add: str,
        lang: Sequence[ImbotCommandRegisterLang],
        common: bool | NotGiven = NOT_GIVEN,
        hidden: bool | NotGiven = NOT_GIVEN,
        extranet_support: bool | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> int:
        """Add a slash command to a bot with its handler URL and translations.

        Deprecated: use ``imbot.v2.Command.register`` instead.

        REST method: ``imbot.command.register``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/commands/imbot-command-register.html

        Args:
            bot_id: ID of the bot that gets the command. Wire name: ``BOT_ID``.
            command: Command text users type; Latin letters and digits, no spaces. Wire name: ``COMMAND``.
            event_command_add: URL that receives ONIMCOMMANDADD when the command is used. Wire name: ``EVENT_COMMAND_ADD``.
            lang: Translations of the title and hints, one entry per language. Wire name: ``LANG``.
            common: \"Y" makes the command work in any chat; "N" only where the bot is (default). Wire name: ``COMMON``.
            hidden: \"Y" hides the command from the command list; default "N". Wire name: ``HIDDEN``.
            extranet_support: \"Y" makes it available to extranet users; default "N". Wire name: ``EXTRANET_SUPPORT``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            int

        Example:
            result = client.imbot.command.register(bot_id=1, command="example", event_command_add="example", lang=[{"LANGUAGE_ID": "en", "TITLE": "Kick-off call"}])
            result = await client.imbot.command.register(bot_id=1, command="example", event_command_add="example", lang=[{"LANGUAGE_ID": "en", "TITLE": "Kick-off call"}])  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _IMBOT_COMMAND_REGISTER,
                {
                    "BOT_ID": bot_id,
                    "COMMAND": command,
                    "EVENT_COMMAND_ADD": event_command_add,
                    "LANG": lang,
                    "COMMON": yes_no(common),
                    "HIDDEN": yes_no(hidden),
                    "EXTRANET_SUPPORT": yes_no(extranet_support),
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.command.unregister is deprecated; use imbot.v2.Command.unregister instead."
    )
    def unregister(
        self, *, command_id: int, client_id: str | NotGiven = NOT_GIVEN
    ) -> bool:
        """Remove a slash command from a bot.

        Deprecated: use ``imbot.v2.Command.unregister`` instead.

        REST method: ``imbot.command.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/commands/imbot-command-unregister.html

        Args:
            command_id: ID of the command. Wire name: ``COMMAND_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Example:
            result = client.imbot.command.unregister(command_id=1)
            result = await client.imbot.command.unregister(command_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMBOT_COMMAND_UNREGISTER,
                {"COMMAND_ID": command_id, "CLIENT_ID": client_id},
            ),
        )

    @deprecated(
        "The REST method imbot.command.update is deprecated; use imbot.v2.Command.update instead."
    )
    def update(
        self,
        *,
        command_id: int,
        fields: ImbotCommandUpdateFields,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change a bot command's text, handler, visibility or translations.

        Deprecated: use ``imbot.v2.Command.update`` instead.

        REST method: ``imbot.command.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/commands/imbot-command-update.html

        Args:
            command_id: ID of the command. Wire name: ``COMMAND_ID``.
            fields: Fields to change. Wire name: ``FIELDS``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Example:
            result = client.imbot.command.update(command_id=1, fields={"COMMAND": "example", "EVENT_COMMAND_ADD": "example"})
            result = await client.imbot.command.update(command_id=1, fields={"COMMAND": "example", "EVENT_COMMAND_ADD": "example"})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IMBOT_COMMAND_UPDATE,
                {"COMMAND_ID": command_id, "FIELDS": fields, "CLIENT_ID": client_id},
            ),
        )


class AsyncImbotCommand(Namespace):
    """Methods under ``imbot.command`` (async)."""

    __slots__ = ()

    @deprecated(
        "The REST method imbot.command.answer is deprecated; use imbot.v2.Command.answer instead."
    )
    async def answer(
        self,
        *,
        command_id: int | NotGiven = NOT_GIVEN,
        command: str | NotGiven = NOT_GIVEN,
        message_id: int,
        message: str,
        attach: dict[str, Any] | NotGiven = NOT_GIVEN,
        keyboard: dict[str, Any] | NotGiven = NOT_GIVEN,
        menu: Sequence[dict[str, Any]] | NotGiven = NOT_GIVEN,
        system: bool | NotGiven = NOT_GIVEN,
        url_preview: bool | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> int:
        """Reply to a slash command a user sent to a bot.

        Deprecated: use ``imbot.v2.Command.answer`` instead.

        REST method: ``imbot.command.answer``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/commands/imbot-command-answer.html

        Args:
            command_id: ID of the command; required unless COMMAND is given. Wire name: ``COMMAND_ID``.
            command: Command text; required unless COMMAND_ID is given. Wire name: ``COMMAND``.
            message_id: ID of the message with the command, from the ONIMCOMMANDADD event. Wire name: ``MESSAGE_ID``.
            message: Reply text. Wire name: ``MESSAGE``.
            attach: Rich attachment block (images, links, files, grids), as an object or a JSON string. Wire name: ``ATTACH``.
            keyboard: Buttons shown under the message for the user to press. Wire name: ``KEYBOARD``.
            menu: Extra items for the message's context menu. Wire name: ``MENU``.
            system: \"Y" sends the message as a system message; "N" as a regular one. Wire name: ``SYSTEM``.
            url_preview: \"Y" turns links in the text into rich previews; "N" leaves them as plain links. Wire name: ``URL_PREVIEW``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            int

        Example:
            result = client.imbot.command.answer(command_id=1, message_id=1, message="Please call back after 3 pm.")
            result = await client.imbot.command.answer(command_id=1, message_id=1, message="Please call back after 3 pm.")  # AsyncBitrix24
        """
        require_one_of(
            _IMBOT_COMMAND_ANSWER, {"command_id": command_id}, {"command": command}
        )
        return cast(
            int,
            await self._backend._invoke(
                _IMBOT_COMMAND_ANSWER,
                {
                    "COMMAND_ID": command_id,
                    "COMMAND": command,
                    "MESSAGE_ID": message_id,
                    "MESSAGE": message,
                    "ATTACH": attach,
                    "KEYBOARD": keyboard,
                    "MENU": menu,
                    "SYSTEM": yes_no(system),
                    "URL_PREVIEW": yes_no(url_preview),
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.command.register is deprecated; use imbot.v2.Command.register instead."
    )
    async def register(
        self,
        *,
        bot_id: int,
        command: str,
        event_command_add: str,
        lang: Sequence[ImbotCommandRegisterLang],
        common: bool | NotGiven = NOT_GIVEN,
        hidden: bool | NotGiven = NOT_GIVEN,
        extranet_support: bool | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> int:
        """Add a slash command to a bot with its handler URL and translations.

        Deprecated: use ``imbot.v2.Command.register`` instead.

        REST method: ``imbot.command.register``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/commands/imbot-command-register.html

        Args:
            bot_id: ID of the bot that gets the command. Wire name: ``BOT_ID``.
            command: Command text users type; Latin letters and digits, no spaces. Wire name: ``COMMAND``.
            event_command_add: URL that receives ONIMCOMMANDADD when the command is used. Wire name: ``EVENT_COMMAND_ADD``.
            lang: Translations of the title and hints, one entry per language. Wire name: ``LANG``.
            common: \"Y" makes the command work in any chat; "N" only where the bot is (default). Wire name: ``COMMON``.
            hidden: \"Y" hides the command from the command list; default "N". Wire name: ``HIDDEN``.
            extranet_support: \"Y" makes it available to extranet users; default "N". Wire name: ``EXTRANET_SUPPORT``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            int

        Example:
            result = client.imbot.command.register(bot_id=1, command="example", event_command_add="example", lang=[{"LANGUAGE_ID": "en", "TITLE": "Kick-off call"}])
            result = await client.imbot.command.register(bot_id=1, command="example", event_command_add="example", lang=[{"LANGUAGE_ID": "en", "TITLE": "Kick-off call"}])  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _IMBOT_COMMAND_REGISTER,
                {
                    "BOT_ID": bot_id,
                    "COMMAND": command,
                    "EVENT_COMMAND_ADD": event_command_add,
                    "LANG": lang,
                    "COMMON": yes_no(common),
                    "HIDDEN": yes_no(hidden),
                    "EXTRANET_SUPPORT": yes_no(extranet_support),
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.command.unregister is deprecated; use imbot.v2.Command.unregister instead."
    )
    async def unregister(
        self, *, command_id: int, client_id: str | NotGiven = NOT_GIVEN
    ) -> bool:
        """Remove a slash command from a bot.

        Deprecated: use ``imbot.v2.Command.unregister`` instead.

        REST method: ``imbot.command.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/commands/imbot-command-unregister.html

        Args:
            command_id: ID of the command. Wire name: ``COMMAND_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Example:
            result = client.imbot.command.unregister(command_id=1)
            result = await client.imbot.command.unregister(command_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMBOT_COMMAND_UNREGISTER,
                {"COMMAND_ID": command_id, "CLIENT_ID": client_id},
            ),
        )

    @deprecated(
        "The REST method imbot.command.update is deprecated; use imbot.v2.Command.update instead."
    )
    async def update(
        self,
        *,
        command_id: int,
        fields: ImbotCommandUpdateFields,
        client_id: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change a bot command's text, handler, visibility or translations.

        Deprecated: use ``imbot.v2.Command.update`` instead.

        REST method: ``imbot.command.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/commands/imbot-command-update.html

        Args:
            command_id: ID of the command. Wire name: ``COMMAND_ID``.
            fields: Fields to change. Wire name: ``FIELDS``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            bool

        Example:
            result = client.imbot.command.update(command_id=1, fields={"COMMAND": "example", "EVENT_COMMAND_ADD": "example"})
            result = await client.imbot.command.update(command_id=1, fields={"COMMAND": "example", "EVENT_COMMAND_ADD": "example"})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IMBOT_COMMAND_UPDATE,
                {"COMMAND_ID": command_id, "FIELDS": fields, "CLIENT_ID": client_id},
            ),
        )


class BatchImbotCommand(Namespace):
    """Methods under ``imbot.command`` (queued into a batch)."""

    __slots__ = ()

    @deprecated(
        "The REST method imbot.command.answer is deprecated; use imbot.v2.Command.answer instead."
    )
    def answer(
        self,
        *,
        command_id: int | Ref | NotGiven = NOT_GIVEN,
        command: str | Ref | NotGiven = NOT_GIVEN,
        message_id: int | Ref,
        message: str | Ref,
        attach: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        keyboard: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        menu: Sequence[dict[str, Any]] | Ref | NotGiven = NOT_GIVEN,
        system: bool | Ref | NotGiven = NOT_GIVEN,
        url_preview: bool | Ref | NotGiven = NOT_GIVEN,
        client_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Reply to a slash command a user sent to a bot.

        Deprecated: use ``imbot.v2.Command.answer`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.command.answer``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/commands/imbot-command-answer.html

        Args:
            command_id: ID of the command; required unless COMMAND is given. Wire name: ``COMMAND_ID``.
            command: Command text; required unless COMMAND_ID is given. Wire name: ``COMMAND``.
            message_id: ID of the message with the command, from the ONIMCOMMANDADD event. Wire name: ``MESSAGE_ID``.
            message: Reply text. Wire name: ``MESSAGE``.
            attach: Rich attachment block (images, links, files, grids), as an object or a JSON string. Wire name: ``ATTACH``.
            keyboard: Buttons shown under the message for the user to press. Wire name: ``KEYBOARD``.
            menu: Extra items for the message's context menu. Wire name: ``MENU``.
            system: \"Y" sends the message as a system message; "N" as a regular one. Wire name: ``SYSTEM``.
            url_preview: \"Y" turns links in the text into rich previews; "N" leaves them as plain links. Wire name: ``URL_PREVIEW``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.imbot.command.answer(command_id=1, message_id=1, message="Please call back after 3 pm.")
        """
        require_one_of(
            _IMBOT_COMMAND_ANSWER, {"command_id": command_id}, {"command": command}
        )
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _IMBOT_COMMAND_ANSWER,
                {
                    "COMMAND_ID": command_id,
                    "COMMAND": command,
                    "MESSAGE_ID": message_id,
                    "MESSAGE": message,
                    "ATTACH": attach,
                    "KEYBOARD": keyboard,
                    "MENU": menu,
                    "SYSTEM": yes_no(system),
                    "URL_PREVIEW": yes_no(url_preview),
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.command.register is deprecated; use imbot.v2.Command.register instead."
    )
    def register(
        self,
        *,
        bot_id: int | Ref,
        command: str | Ref,
        event_command_add: str | Ref,
        lang: Sequence[ImbotCommandRegisterLang] | Ref,
        common: bool | Ref | NotGiven = NOT_GIVEN,
        hidden: bool | Ref | NotGiven = NOT_GIVEN,
        extranet_support: bool | Ref | NotGiven = NOT_GIVEN,
        client_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Add a slash command to a bot with its handler URL and translations.

        Deprecated: use ``imbot.v2.Command.register`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.command.register``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/commands/imbot-command-register.html

        Args:
            bot_id: ID of the bot that gets the command. Wire name: ``BOT_ID``.
            command: Command text users type; Latin letters and digits, no spaces. Wire name: ``COMMAND``.
            event_command_add: URL that receives ONIMCOMMANDADD when the command is used. Wire name: ``EVENT_COMMAND_ADD``.
            lang: Translations of the title and hints, one entry per language. Wire name: ``LANG``.
            common: \"Y" makes the command work in any chat; "N" only where the bot is (default). Wire name: ``COMMON``.
            hidden: \"Y" hides the command from the command list; default "N". Wire name: ``HIDDEN``.
            extranet_support: \"Y" makes it available to extranet users; default "N". Wire name: ``EXTRANET_SUPPORT``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.imbot.command.register(bot_id=1, command="example", event_command_add="example", lang=[{"LANGUAGE_ID": "en", "TITLE": "Kick-off call"}])
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _IMBOT_COMMAND_REGISTER,
                {
                    "BOT_ID": bot_id,
                    "COMMAND": command,
                    "EVENT_COMMAND_ADD": event_command_add,
                    "LANG": lang,
                    "COMMON": yes_no(common),
                    "HIDDEN": yes_no(hidden),
                    "EXTRANET_SUPPORT": yes_no(extranet_support),
                    "CLIENT_ID": client_id,
                },
            ),
        )

    @deprecated(
        "The REST method imbot.command.unregister is deprecated; use imbot.v2.Command.unregister instead."
    )
    def unregister(
        self, *, command_id: int | Ref, client_id: str | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[bool]:
        """Remove a slash command from a bot.

        Deprecated: use ``imbot.v2.Command.unregister`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.command.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/commands/imbot-command-unregister.html

        Args:
            command_id: ID of the command. Wire name: ``COMMAND_ID``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.imbot.command.unregister(command_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMBOT_COMMAND_UNREGISTER,
                {"COMMAND_ID": command_id, "CLIENT_ID": client_id},
            ),
        )

    @deprecated(
        "The REST method imbot.command.update is deprecated; use imbot.v2.Command.update instead."
    )
    def update(
        self,
        *,
        command_id: int | Ref,
        fields: ImbotCommandUpdateFields | Ref,
        client_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change a bot command's text, handler, visibility or translations.

        Deprecated: use ``imbot.v2.Command.update`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.command.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/commands/imbot-command-update.html

        Args:
            command_id: ID of the command. Wire name: ``COMMAND_ID``.
            fields: Fields to change. Wire name: ``FIELDS``.
            client_id: Application code the bot was registered with; needed only when calling through a webhook. Wire name: ``CLIENT_ID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.imbot.command.update(command_id=1, fields={"COMMAND": "example", "EVENT_COMMAND_ADD": "example"})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IMBOT_COMMAND_UPDATE,
                {"COMMAND_ID": command_id, "FIELDS": fields, "CLIENT_ID": client_id},
            ),
        )
