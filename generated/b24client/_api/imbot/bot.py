"""Methods under ``imbot.bot``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from typing_extensions import deprecated
else:
    from b24client._core.callsite import deprecated

_IMBOT_BOT_LIST = MethodInfo(
    name="imbot.bot.list", idempotent=True, returns="any", api=1
)


class ImbotBot(Namespace):
    """Methods under ``imbot.bot``."""

    __slots__ = ()

    @deprecated(
        "The REST method imbot.bot.list is deprecated; use imbot.v2.Bot.list instead."
    )
    def list(self) -> dict[str, Any]:
        """Return the chat bots installed on the portal with their codes and names.

        Deprecated: use ``imbot.v2.Bot.list`` instead.

        REST method: ``imbot.bot.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/bots/imbot-bot-list.html

        Returns:
            dict[str, Any]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imbot.bot.list()
            result = await client.imbot.bot.list()  # AsyncBitrix24
        """
        return cast("dict[str, Any]", self._backend._invoke(_IMBOT_BOT_LIST, {}))


class AsyncImbotBot(Namespace):
    """Methods under ``imbot.bot`` (async)."""

    __slots__ = ()

    @deprecated(
        "The REST method imbot.bot.list is deprecated; use imbot.v2.Bot.list instead."
    )
    async def list(self) -> dict[str, Any]:
        """Return the chat bots installed on the portal with their codes and names.

        Deprecated: use ``imbot.v2.Bot.list`` instead.

        REST method: ``imbot.bot.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/bots/imbot-bot-list.html

        Returns:
            dict[str, Any]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.imbot.bot.list()
            result = await client.imbot.bot.list()  # AsyncBitrix24
        """
        return cast("dict[str, Any]", await self._backend._invoke(_IMBOT_BOT_LIST, {}))


class BatchImbotBot(Namespace):
    """Methods under ``imbot.bot`` (queued into a batch)."""

    __slots__ = ()

    @deprecated(
        "The REST method imbot.bot.list is deprecated; use imbot.v2.Bot.list instead."
    )
    def list(self) -> BatchCommand[dict[str, Any]]:
        """Return the chat bots installed on the portal with their codes and names.

        Deprecated: use ``imbot.v2.Bot.list`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.bot.list``
        Docs: https://apidocs.bitrix24.com/api-reference/chat-bots/outdated/bots/imbot-bot-list.html

        Returns:
            BatchCommand[dict[str, Any]]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.imbot.bot.list()
        """
        return cast(
            "BatchCommand[dict[str, Any]]", self._backend._invoke(_IMBOT_BOT_LIST, {})
        )
