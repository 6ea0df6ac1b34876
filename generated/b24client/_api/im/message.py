"""Methods under ``im.message``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import Any, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.callsite import require_one_of
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

_IM_MESSAGE_ADD = MethodInfo(
    name="im.message.add", idempotent=False, returns="integer", api=1
)
_IM_MESSAGE_COMMAND = MethodInfo(
    name="im.message.command", idempotent=False, returns="boolean", api=1
)
_IM_MESSAGE_DELETE = MethodInfo(
    name="im.message.delete", idempotent=False, returns="boolean", api=1
)
_IM_MESSAGE_LIKE = MethodInfo(
    name="im.message.like", idempotent=False, returns="boolean", api=1
)
_IM_MESSAGE_SHARE = MethodInfo(
    name="im.message.share", idempotent=False, returns="boolean", api=1
)
_IM_MESSAGE_UPDATE = MethodInfo(
    name="im.message.update", idempotent=False, returns="boolean", api=1
)


class ImMessage(Namespace):
    """Methods under ``im.message``."""

    __slots__ = ()

    def add(
        self,
        *,
        dialog_id: str,
        message: str | NotGiven = NOT_GIVEN,
        attach: dict[str, Any] | NotGiven = NOT_GIVEN,
        keyboard: dict[str, Any] | NotGiven = NOT_GIVEN,
        menu: dict[str, Any] | NotGiven = NOT_GIVEN,
        system: bool | NotGiven = NOT_GIVEN,
        url_preview: bool | NotGiven = NOT_GIVEN,
        reply_id: int | NotGiven = NOT_GIVEN,
    ) -> int:
        """Post a message to a chat or private conversation and return its ID.

        REST method: ``im.message.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-add.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.
            message: Message text, with BB-code formatting; required unless ATTACH is given. Wire name: ``MESSAGE``.
            attach: Rich attachment block (images, links, files); required unless MESSAGE is given. Wire name: ``ATTACH``.
            keyboard: Buttons shown under the message for the user to press. Wire name: ``KEYBOARD``.
            menu: Extra items for the message's context menu. Wire name: ``MENU``.
            system: \"Y" sends the message as a system message; "N" as a regular one. Wire name: ``SYSTEM``.
            url_preview: \"Y" turns links in the text into rich previews; "N" leaves them as plain links. Wire name: ``URL_PREVIEW``.
            reply_id: ID of the message being replied to; it must be in the same chat. Wire name: ``REPLY_ID``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``PARAMS_ERROR``.
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.message.add(dialog_id="1", message="Please call back after 3 pm.")
            result = await client.im.message.add(dialog_id="1", message="Please call back after 3 pm.")  # AsyncBitrix24
        """
        require_one_of(_IM_MESSAGE_ADD, {"message": message}, {"attach": attach})
        return cast(
            int,
            self._backend._invoke(
                _IM_MESSAGE_ADD,
                {
                    "DIALOG_ID": dialog_id,
                    "MESSAGE": message,
                    "ATTACH": attach,
                    "KEYBOARD": keyboard,
                    "MENU": menu,
                    "SYSTEM": yes_no(system),
                    "URL_PREVIEW": yes_no(url_preview),
                    "REPLY_ID": reply_id,
                },
            ),
        )

    def command(
        self,
        *,
        message_id: int,
        bot_id: int,
        command: str,
        command_params: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Run a chat bot command in the context of a message.

        REST method: ``im.message.command``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-command.html

        Args:
            message_id: ID of the message the command runs for. Wire name: ``MESSAGE_ID``.
            bot_id: ID of the bot that owns the command. Wire name: ``BOT_ID``.
            command: Command text as the bot registered it. Wire name: ``COMMAND``.
            command_params: Parameters passed to the command. Wire name: ``COMMAND_PARAMS``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``PARAMS_ERROR``.

        Example:
            result = client.im.message.command(message_id=1, bot_id=1, command="example")
            result = await client.im.message.command(message_id=1, bot_id=1, command="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IM_MESSAGE_COMMAND,
                {
                    "MESSAGE_ID": message_id,
                    "BOT_ID": bot_id,
                    "COMMAND": command,
                    "COMMAND_PARAMS": command_params,
                },
            ),
        )

    def delete(self, *, message_id: int) -> bool:
        """Remove a message from its conversation.

        REST method: ``im.message.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-delete.html

        Args:
            message_id: ID of the message. Wire name: ``MESSAGE_ID``.

        Returns:
            bool

        Example:
            result = client.im.message.delete(message_id=1)
            result = await client.im.message.delete(message_id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_IM_MESSAGE_DELETE, {"MESSAGE_ID": message_id})
        )

    def like(
        self,
        *,
        message_id: int,
        action: Literal["auto", "plus", "minus"] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Put, remove or toggle the "like" reaction on a message.

        REST method: ``im.message.like``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-like.html

        Args:
            message_id: ID of the message. Wire name: ``MESSAGE_ID``.
            action: \"plus" adds the like, "minus" removes it, "auto" toggles it (default). Wire name: ``ACTION``.

        Returns:
            bool

        Example:
            result = client.im.message.like(message_id=1)
            result = await client.im.message.like(message_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IM_MESSAGE_LIKE, {"MESSAGE_ID": message_id, "ACTION": action}
            ),
        )

    def share(
        self,
        *,
        message_id: int,
        dialog_id: str,
        type: Literal["CHAT", "TASK", "POST", "CALEND"],
    ) -> bool:
        """Turn a message into a new chat, task, feed post or calendar event.

        REST method: ``im.message.share``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-share.html

        Args:
            message_id: ID of the message to build the new object from. Wire name: ``MESSAGE_ID``.
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.
            type: \"CHAT", "TASK", "POST" (feed post) or "CALEND" (calendar event). Wire name: ``TYPE``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``PARAMS_ERROR``.
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.message.share(message_id=1, dialog_id="1", type="CHAT")
            result = await client.im.message.share(message_id=1, dialog_id="1", type="CHAT")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IM_MESSAGE_SHARE,
                {"MESSAGE_ID": message_id, "DIALOG_ID": dialog_id, "TYPE": type},
            ),
        )

    def update(
        self,
        *,
        message_id: int,
        message: str | NotGiven = NOT_GIVEN,
        attach: dict[str, Any] | NotGiven = NOT_GIVEN,
        keyboard: str | NotGiven = NOT_GIVEN,
        menu: dict[str, Any] | NotGiven = NOT_GIVEN,
        url_preview: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        is_edited: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change the text, attachment, keyboard or menu of a posted message.

        An empty MESSAGE deletes the message. Passing "N" or an empty value for ATTACH, KEYBOARD or MENU removes it.

        REST method: ``im.message.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-update.html

        Args:
            message_id: ID of the message. Wire name: ``MESSAGE_ID``.
            message: New message text; an empty value deletes the message, omitting it keeps the text. Wire name: ``MESSAGE``.
            attach: New attachment block; "N" or an empty value removes it. Wire name: ``ATTACH``.
            keyboard: New buttons; "N" or an empty value removes them. Wire name: ``KEYBOARD``.
            menu: New context menu items; "N" or an empty value removes them. Wire name: ``MENU``.
            url_preview: \"Y" turns links in the text into rich previews; "N" leaves them as plain links. Wire name: ``URL_PREVIEW``.
            is_edited: \"Y" shows the "edited" mark (default); applies when ATTACH changes. Wire name: ``IS_EDITED``.

        Returns:
            bool

        Example:
            result = client.im.message.update(message_id=1)
            result = await client.im.message.update(message_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _IM_MESSAGE_UPDATE,
                {
                    "MESSAGE_ID": message_id,
                    "MESSAGE": message,
                    "ATTACH": attach,
                    "KEYBOARD": keyboard,
                    "MENU": menu,
                    "URL_PREVIEW": url_preview,
                    "IS_EDITED": is_edited,
                },
            ),
        )


class AsyncImMessage(Namespace):
    """Methods under ``im.message`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        dialog_id: str,
        message: str | NotGiven = NOT_GIVEN,
        attach: dict[str, Any] | NotGiven = NOT_GIVEN,
        keyboard: dict[str, Any] | NotGiven = NOT_GIVEN,
        menu: dict[str, Any] | NotGiven = NOT_GIVEN,
        system: bool | NotGiven = NOT_GIVEN,
        url_preview: bool | NotGiven = NOT_GIVEN,
        reply_id: int | NotGiven = NOT_GIVEN,
    ) -> int:
        """Post a message to a chat or private conversation and return its ID.

        REST method: ``im.message.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-add.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.
            message: Message text, with BB-code formatting; required unless ATTACH is given. Wire name: ``MESSAGE``.
            attach: Rich attachment block (images, links, files); required unless MESSAGE is given. Wire name: ``ATTACH``.
            keyboard: Buttons shown under the message for the user to press. Wire name: ``KEYBOARD``.
            menu: Extra items for the message's context menu. Wire name: ``MENU``.
            system: \"Y" sends the message as a system message; "N" as a regular one. Wire name: ``SYSTEM``.
            url_preview: \"Y" turns links in the text into rich previews; "N" leaves them as plain links. Wire name: ``URL_PREVIEW``.
            reply_id: ID of the message being replied to; it must be in the same chat. Wire name: ``REPLY_ID``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``PARAMS_ERROR``.
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.message.add(dialog_id="1", message="Please call back after 3 pm.")
            result = await client.im.message.add(dialog_id="1", message="Please call back after 3 pm.")  # AsyncBitrix24
        """
        require_one_of(_IM_MESSAGE_ADD, {"message": message}, {"attach": attach})
        return cast(
            int,
            await self._backend._invoke(
                _IM_MESSAGE_ADD,
                {
                    "DIALOG_ID": dialog_id,
                    "MESSAGE": message,
                    "ATTACH": attach,
                    "KEYBOARD": keyboard,
                    "MENU": menu,
                    "SYSTEM": yes_no(system),
                    "URL_PREVIEW": yes_no(url_preview),
                    "REPLY_ID": reply_id,
                },
            ),
        )

    async def command(
        self,
        *,
        message_id: int,
        bot_id: int,
        command: str,
        command_params: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Run a chat bot command in the context of a message.

        REST method: ``im.message.command``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-command.html

        Args:
            message_id: ID of the message the command runs for. Wire name: ``MESSAGE_ID``.
            bot_id: ID of the bot that owns the command. Wire name: ``BOT_ID``.
            command: Command text as the bot registered it. Wire name: ``COMMAND``.
            command_params: Parameters passed to the command. Wire name: ``COMMAND_PARAMS``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``PARAMS_ERROR``.

        Example:
            result = client.im.message.command(message_id=1, bot_id=1, command="example")
            result = await client.im.message.command(message_id=1, bot_id=1, command="example")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IM_MESSAGE_COMMAND,
                {
                    "MESSAGE_ID": message_id,
                    "BOT_ID": bot_id,
                    "COMMAND": command,
                    "COMMAND_PARAMS": command_params,
                },
            ),
        )

    async def delete(self, *, message_id: int) -> bool:
        """Remove a message from its conversation.

        REST method: ``im.message.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-delete.html

        Args:
            message_id: ID of the message. Wire name: ``MESSAGE_ID``.

        Returns:
            bool

        Example:
            result = client.im.message.delete(message_id=1)
            result = await client.im.message.delete(message_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_IM_MESSAGE_DELETE, {"MESSAGE_ID": message_id}),
        )

    async def like(
        self,
        *,
        message_id: int,
        action: Literal["auto", "plus", "minus"] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Put, remove or toggle the "like" reaction on a message.

        REST method: ``im.message.like``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-like.html

        Args:
            message_id: ID of the message. Wire name: ``MESSAGE_ID``.
            action: \"plus" adds the like, "minus" removes it, "auto" toggles it (default). Wire name: ``ACTION``.

        Returns:
            bool

        Example:
            result = client.im.message.like(message_id=1)
            result = await client.im.message.like(message_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IM_MESSAGE_LIKE, {"MESSAGE_ID": message_id, "ACTION": action}
            ),
        )

    async def share(
        self,
        *,
        message_id: int,
        dialog_id: str,
        type: Literal["CHAT", "TASK", "POST", "CALEND"],
    ) -> bool:
        """Turn a message into a new chat, task, feed post or calendar event.

        REST method: ``im.message.share``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-share.html

        Args:
            message_id: ID of the message to build the new object from. Wire name: ``MESSAGE_ID``.
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.
            type: \"CHAT", "TASK", "POST" (feed post) or "CALEND" (calendar event). Wire name: ``TYPE``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``PARAMS_ERROR``.
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.im.message.share(message_id=1, dialog_id="1", type="CHAT")
            result = await client.im.message.share(message_id=1, dialog_id="1", type="CHAT")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IM_MESSAGE_SHARE,
                {"MESSAGE_ID": message_id, "DIALOG_ID": dialog_id, "TYPE": type},
            ),
        )

    async def update(
        self,
        *,
        message_id: int,
        message: str | NotGiven = NOT_GIVEN,
        attach: dict[str, Any] | NotGiven = NOT_GIVEN,
        keyboard: str | NotGiven = NOT_GIVEN,
        menu: dict[str, Any] | NotGiven = NOT_GIVEN,
        url_preview: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
        is_edited: Literal["Y", "N"] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change the text, attachment, keyboard or menu of a posted message.

        An empty MESSAGE deletes the message. Passing "N" or an empty value for ATTACH, KEYBOARD or MENU removes it.

        REST method: ``im.message.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-update.html

        Args:
            message_id: ID of the message. Wire name: ``MESSAGE_ID``.
            message: New message text; an empty value deletes the message, omitting it keeps the text. Wire name: ``MESSAGE``.
            attach: New attachment block; "N" or an empty value removes it. Wire name: ``ATTACH``.
            keyboard: New buttons; "N" or an empty value removes them. Wire name: ``KEYBOARD``.
            menu: New context menu items; "N" or an empty value removes them. Wire name: ``MENU``.
            url_preview: \"Y" turns links in the text into rich previews; "N" leaves them as plain links. Wire name: ``URL_PREVIEW``.
            is_edited: \"Y" shows the "edited" mark (default); applies when ATTACH changes. Wire name: ``IS_EDITED``.

        Returns:
            bool

        Example:
            result = client.im.message.update(message_id=1)
            result = await client.im.message.update(message_id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _IM_MESSAGE_UPDATE,
                {
                    "MESSAGE_ID": message_id,
                    "MESSAGE": message,
                    "ATTACH": attach,
                    "KEYBOARD": keyboard,
                    "MENU": menu,
                    "URL_PREVIEW": url_preview,
                    "IS_EDITED": is_edited,
                },
            ),
        )


class BatchImMessage(Namespace):
    """Methods under ``im.message`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        dialog_id: str | Ref,
        message: str | Ref | NotGiven = NOT_GIVEN,
        attach: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        keyboard: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        menu: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        system: bool | Ref | NotGiven = NOT_GIVEN,
        url_preview: bool | Ref | NotGiven = NOT_GIVEN,
        reply_id: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Post a message to a chat or private conversation and return its ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.message.add``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-add.html

        Args:
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.
            message: Message text, with BB-code formatting; required unless ATTACH is given. Wire name: ``MESSAGE``.
            attach: Rich attachment block (images, links, files); required unless MESSAGE is given. Wire name: ``ATTACH``.
            keyboard: Buttons shown under the message for the user to press. Wire name: ``KEYBOARD``.
            menu: Extra items for the message's context menu. Wire name: ``MENU``.
            system: \"Y" sends the message as a system message; "N" as a regular one. Wire name: ``SYSTEM``.
            url_preview: \"Y" turns links in the text into rich previews; "N" leaves them as plain links. Wire name: ``URL_PREVIEW``.
            reply_id: ID of the message being replied to; it must be in the same chat. Wire name: ``REPLY_ID``.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``PARAMS_ERROR``.
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.im.message.add(dialog_id="1", message="Please call back after 3 pm.")
        """
        require_one_of(_IM_MESSAGE_ADD, {"message": message}, {"attach": attach})
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _IM_MESSAGE_ADD,
                {
                    "DIALOG_ID": dialog_id,
                    "MESSAGE": message,
                    "ATTACH": attach,
                    "KEYBOARD": keyboard,
                    "MENU": menu,
                    "SYSTEM": yes_no(system),
                    "URL_PREVIEW": yes_no(url_preview),
                    "REPLY_ID": reply_id,
                },
            ),
        )

    def command(
        self,
        *,
        message_id: int | Ref,
        bot_id: int | Ref,
        command: str | Ref,
        command_params: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Run a chat bot command in the context of a message.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.message.command``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-command.html

        Args:
            message_id: ID of the message the command runs for. Wire name: ``MESSAGE_ID``.
            bot_id: ID of the bot that owns the command. Wire name: ``BOT_ID``.
            command: Command text as the bot registered it. Wire name: ``COMMAND``.
            command_params: Parameters passed to the command. Wire name: ``COMMAND_PARAMS``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``PARAMS_ERROR``.

        Example:
            command = batch.im.message.command(message_id=1, bot_id=1, command="example")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IM_MESSAGE_COMMAND,
                {
                    "MESSAGE_ID": message_id,
                    "BOT_ID": bot_id,
                    "COMMAND": command,
                    "COMMAND_PARAMS": command_params,
                },
            ),
        )

    def delete(self, *, message_id: int | Ref) -> BatchCommand[bool]:
        """Remove a message from its conversation.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.message.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-delete.html

        Args:
            message_id: ID of the message. Wire name: ``MESSAGE_ID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.im.message.delete(message_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_IM_MESSAGE_DELETE, {"MESSAGE_ID": message_id}),
        )

    def like(
        self,
        *,
        message_id: int | Ref,
        action: Literal["auto", "plus", "minus"] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Put, remove or toggle the "like" reaction on a message.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.message.like``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-like.html

        Args:
            message_id: ID of the message. Wire name: ``MESSAGE_ID``.
            action: \"plus" adds the like, "minus" removes it, "auto" toggles it (default). Wire name: ``ACTION``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.im.message.like(message_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IM_MESSAGE_LIKE, {"MESSAGE_ID": message_id, "ACTION": action}
            ),
        )

    def share(
        self,
        *,
        message_id: int | Ref,
        dialog_id: str | Ref,
        type: Literal["CHAT", "TASK", "POST", "CALEND"] | Ref,
    ) -> BatchCommand[bool]:
        """Turn a message into a new chat, task, feed post or calendar event.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.message.share``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-share.html

        Args:
            message_id: ID of the message to build the new object from. Wire name: ``MESSAGE_ID``.
            dialog_id: Dialog to act on: "chatXXX" for a group chat, "sgXXX" for a workgroup chat, or a user ID for a private chat. Wire name: ``DIALOG_ID``.
            type: \"CHAT", "TASK", "POST" (feed post) or "CALEND" (calendar event). Wire name: ``TYPE``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``PARAMS_ERROR``.
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.im.message.share(message_id=1, dialog_id="1", type="CHAT")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IM_MESSAGE_SHARE,
                {"MESSAGE_ID": message_id, "DIALOG_ID": dialog_id, "TYPE": type},
            ),
        )

    def update(
        self,
        *,
        message_id: int | Ref,
        message: str | Ref | NotGiven = NOT_GIVEN,
        attach: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        keyboard: str | Ref | NotGiven = NOT_GIVEN,
        menu: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        url_preview: Literal["Y", "N"] | Ref | NotGiven = NOT_GIVEN,
        is_edited: Literal["Y", "N"] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change the text, attachment, keyboard or menu of a posted message.

        An empty MESSAGE deletes the message. Passing "N" or an empty value for ATTACH, KEYBOARD or MENU removes it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.message.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-update.html

        Args:
            message_id: ID of the message. Wire name: ``MESSAGE_ID``.
            message: New message text; an empty value deletes the message, omitting it keeps the text. Wire name: ``MESSAGE``.
            attach: New attachment block; "N" or an empty value removes it. Wire name: ``ATTACH``.
            keyboard: New buttons; "N" or an empty value removes them. Wire name: ``KEYBOARD``.
            menu: New context menu items; "N" or an empty value removes them. Wire name: ``MENU``.
            url_preview: \"Y" turns links in the text into rich previews; "N" leaves them as plain links. Wire name: ``URL_PREVIEW``.
            is_edited: \"Y" shows the "edited" mark (default); applies when ATTACH changes. Wire name: ``IS_EDITED``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.im.message.update(message_id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _IM_MESSAGE_UPDATE,
                {
                    "MESSAGE_ID": message_id,
                    "MESSAGE": message,
                    "ATTACH": attach,
                    "KEYBOARD": keyboard,
                    "MENU": menu,
                    "URL_PREVIEW": url_preview,
                    "IS_EDITED": is_edited,
                },
            ),
        )
