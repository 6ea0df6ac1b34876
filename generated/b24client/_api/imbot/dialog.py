"""Methods under ``imbot.dialog``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from b24client.types.imbot import ImbotDialog as _ImbotDialog
else:
    from b24client._core.callsite import deprecated

_IMBOT_DIALOG_GET = MethodInfo(
    name="imbot.dialog.get", idempotent=True, returns="any", api=1
)


class ImbotDialog(Namespace):
    """Methods under ``imbot.dialog``."""

    __slots__ = ()

    @deprecated(
        "The REST method imbot.dialog.get is deprecated; use imbot.v2.Chat.get instead."
    )
    def get(self, *, dialog_id: str) -> _ImbotDialog:
        """Return details of a chat or private conversation, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.get`` instead.

        REST method: ``imbot.dialog.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-dialog-get.html

        Args:
            dialog_id: Recipient dialog: a user ID for a private dialog or "chatXXX" for a group chat. Wire name: ``DIALOG_ID``.

        Returns:
            ImbotDialog

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.imbot.dialog.get(dialog_id="1")
            result = await client.imbot.dialog.get(dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            "_ImbotDialog",
            self._backend._invoke(_IMBOT_DIALOG_GET, {"DIALOG_ID": dialog_id}),
        )


class AsyncImbotDialog(Namespace):
    """Methods under ``imbot.dialog`` (async)."""

    __slots__ = ()

    @deprecated(
        "The REST method imbot.dialog.get is deprecated; use imbot.v2.Chat.get instead."
    )
    async def get(self, *, dialog_id: str) -> _ImbotDialog:
        """Return details of a chat or private conversation, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.get`` instead.

        REST method: ``imbot.dialog.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-dialog-get.html

        Args:
            dialog_id: Recipient dialog: a user ID for a private dialog or "chatXXX" for a group chat. Wire name: ``DIALOG_ID``.

        Returns:
            ImbotDialog

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            result = client.imbot.dialog.get(dialog_id="1")
            result = await client.imbot.dialog.get(dialog_id="1")  # AsyncBitrix24
        """
        return cast(
            "_ImbotDialog",
            await self._backend._invoke(_IMBOT_DIALOG_GET, {"DIALOG_ID": dialog_id}),
        )


class BatchImbotDialog(Namespace):
    """Methods under ``imbot.dialog`` (queued into a batch)."""

    __slots__ = ()

    @deprecated(
        "The REST method imbot.dialog.get is deprecated; use imbot.v2.Chat.get instead."
    )
    def get(self, *, dialog_id: str | Ref) -> BatchCommand[_ImbotDialog]:
        """Return details of a chat or private conversation, acting as a bot.

        Deprecated: use ``imbot.v2.Chat.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.dialog.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/chats/imbot-dialog-get.html

        Args:
            dialog_id: Recipient dialog: a user ID for a private dialog or "chatXXX" for a group chat. Wire name: ``DIALOG_ID``.

        Returns:
            BatchCommand[ImbotDialog]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_ERROR``.

        Example:
            command = batch.imbot.dialog.get(dialog_id="1")
        """
        return cast(
            "BatchCommand[_ImbotDialog]",
            self._backend._invoke(_IMBOT_DIALOG_GET, {"DIALOG_ID": dialog_id}),
        )
