"""Methods under ``im.counters``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from b24client.types.im import ImCounters as _ImCounters

_IM_COUNTERS_GET = MethodInfo(
    name="im.counters.get", idempotent=True, returns="any", api=1
)


class ImCounters(Namespace):
    """Methods under ``im.counters``."""

    __slots__ = ()

    def get(self) -> _ImCounters:
        """Return the current user's unread message and notification numbers by chat kind.

        REST method: ``im.counters.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-counters-get.html

        Returns:
            ImCounters

        Example:
            result = client.im.counters.get()
            result = await client.im.counters.get()  # AsyncBitrix24
        """
        return cast("_ImCounters", self._backend._invoke(_IM_COUNTERS_GET, {}))


class AsyncImCounters(Namespace):
    """Methods under ``im.counters`` (async)."""

    __slots__ = ()

    async def get(self) -> _ImCounters:
        """Return the current user's unread message and notification numbers by chat kind.

        REST method: ``im.counters.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-counters-get.html

        Returns:
            ImCounters

        Example:
            result = client.im.counters.get()
            result = await client.im.counters.get()  # AsyncBitrix24
        """
        return cast("_ImCounters", await self._backend._invoke(_IM_COUNTERS_GET, {}))


class BatchImCounters(Namespace):
    """Methods under ``im.counters`` (queued into a batch)."""

    __slots__ = ()

    def get(self) -> BatchCommand[_ImCounters]:
        """Return the current user's unread message and notification numbers by chat kind.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.counters.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-counters-get.html

        Returns:
            BatchCommand[ImCounters]

        Example:
            command = batch.im.counters.get()
        """
        return cast(
            "BatchCommand[_ImCounters]", self._backend._invoke(_IM_COUNTERS_GET, {})
        )
