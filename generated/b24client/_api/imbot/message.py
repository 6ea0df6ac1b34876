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
        """Add imbot message.

        Deprecated: use ``imbot.v2.Chat.Message.send`` instead.

        REST method: ``imbot.message.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/messages/imbot-message-add.html

        Args:
            bot_id: Wire name: ``BOT_ID``.
            dialog_id: Wire name: ``DIALOG_ID``.
            from_user_id: Wire name: ``FROM_USER_ID``.
            to_user_id: Wire name: ``TO_USER_ID``.
            message: Wire name: ``MESSAGE``.
            attach: Wire name: ``ATTACH``.
            keyboard: Wire name: ``KEYBOARD``.
            menu: Wire name: ``MENU``.
            system: Wire name: ``SYSTEM``.
            url_preview: Wire name: ``URL_PREVIEW``.
            skip_connector: Wire name: ``SKIP_CONNECTOR``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Delete imbot message.

        Deprecated: use ``imbot.v2.Chat.Message.delete`` instead.

        REST method: ``imbot.message.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/messages/imbot-message-delete.html

        Args:
            bot_id: Wire name: ``BOT_ID``.
            message_id: Wire name: ``MESSAGE_ID``.
            complete: Wire name: ``COMPLETE``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Like imbot message.

        Deprecated: use ``imbot.v2.Chat.Message.Reaction.add`` instead.

        REST method: ``imbot.message.like``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/messages/imbot-message-like.html

        Args:
            bot_id: Wire name: ``BOT_ID``.
            message_id: Wire name: ``MESSAGE_ID``.
            action: Wire name: ``ACTION``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Update imbot message.

        Deprecated: use ``imbot.v2.Chat.Message.update`` instead.

        REST method: ``imbot.message.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/messages/imbot-message-update.html

        Args:
            bot_id: Wire name: ``BOT_ID``.
            message_id: Wire name: ``MESSAGE_ID``.
            message: Wire name: ``MESSAGE``.
            attach: Wire name: ``ATTACH``.
            keyboard: Wire name: ``KEYBOARD``.
            menu: Wire name: ``MENU``.
            url_preview: Wire name: ``URL_PREVIEW``.
            skip_connector: Wire name: ``SKIP_CONNECTOR``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Add imbot message.

        Deprecated: use ``imbot.v2.Chat.Message.send`` instead.

        REST method: ``imbot.message.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/messages/imbot-message-add.html

        Args:
            bot_id: Wire name: ``BOT_ID``.
            dialog_id: Wire name: ``DIALOG_ID``.
            from_user_id: Wire name: ``FROM_USER_ID``.
            to_user_id: Wire name: ``TO_USER_ID``.
            message: Wire name: ``MESSAGE``.
            attach: Wire name: ``ATTACH``.
            keyboard: Wire name: ``KEYBOARD``.
            menu: Wire name: ``MENU``.
            system: Wire name: ``SYSTEM``.
            url_preview: Wire name: ``URL_PREVIEW``.
            skip_connector: Wire name: ``SKIP_CONNECTOR``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Delete imbot message.

        Deprecated: use ``imbot.v2.Chat.Message.delete`` instead.

        REST method: ``imbot.message.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/messages/imbot-message-delete.html

        Args:
            bot_id: Wire name: ``BOT_ID``.
            message_id: Wire name: ``MESSAGE_ID``.
            complete: Wire name: ``COMPLETE``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Like imbot message.

        Deprecated: use ``imbot.v2.Chat.Message.Reaction.add`` instead.

        REST method: ``imbot.message.like``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/messages/imbot-message-like.html

        Args:
            bot_id: Wire name: ``BOT_ID``.
            message_id: Wire name: ``MESSAGE_ID``.
            action: Wire name: ``ACTION``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Update imbot message.

        Deprecated: use ``imbot.v2.Chat.Message.update`` instead.

        REST method: ``imbot.message.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/messages/imbot-message-update.html

        Args:
            bot_id: Wire name: ``BOT_ID``.
            message_id: Wire name: ``MESSAGE_ID``.
            message: Wire name: ``MESSAGE``.
            attach: Wire name: ``ATTACH``.
            keyboard: Wire name: ``KEYBOARD``.
            menu: Wire name: ``MENU``.
            url_preview: Wire name: ``URL_PREVIEW``.
            skip_connector: Wire name: ``SKIP_CONNECTOR``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Add imbot message.

        Deprecated: use ``imbot.v2.Chat.Message.send`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.message.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/messages/imbot-message-add.html

        Args:
            bot_id: Wire name: ``BOT_ID``.
            dialog_id: Wire name: ``DIALOG_ID``.
            from_user_id: Wire name: ``FROM_USER_ID``.
            to_user_id: Wire name: ``TO_USER_ID``.
            message: Wire name: ``MESSAGE``.
            attach: Wire name: ``ATTACH``.
            keyboard: Wire name: ``KEYBOARD``.
            menu: Wire name: ``MENU``.
            system: Wire name: ``SYSTEM``.
            url_preview: Wire name: ``URL_PREVIEW``.
            skip_connector: Wire name: ``SKIP_CONNECTOR``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Delete imbot message.

        Deprecated: use ``imbot.v2.Chat.Message.delete`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.message.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/messages/imbot-message-delete.html

        Args:
            bot_id: Wire name: ``BOT_ID``.
            message_id: Wire name: ``MESSAGE_ID``.
            complete: Wire name: ``COMPLETE``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Like imbot message.

        Deprecated: use ``imbot.v2.Chat.Message.Reaction.add`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.message.like``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/messages/imbot-message-like.html

        Args:
            bot_id: Wire name: ``BOT_ID``.
            message_id: Wire name: ``MESSAGE_ID``.
            action: Wire name: ``ACTION``.
            client_id: Wire name: ``CLIENT_ID``.

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
        """Update imbot message.

        Deprecated: use ``imbot.v2.Chat.Message.update`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.message.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/messages/imbot-message-update.html

        Args:
            bot_id: Wire name: ``BOT_ID``.
            message_id: Wire name: ``MESSAGE_ID``.
            message: Wire name: ``MESSAGE``.
            attach: Wire name: ``ATTACH``.
            keyboard: Wire name: ``KEYBOARD``.
            menu: Wire name: ``MENU``.
            url_preview: Wire name: ``URL_PREVIEW``.
            skip_connector: Wire name: ``SKIP_CONNECTOR``.
            client_id: Wire name: ``CLIENT_ID``.

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
