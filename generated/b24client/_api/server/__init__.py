"""Methods under ``server``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import cast

from b24client._core.batch import BatchCommand
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

_SERVER_TIME = MethodInfo(name="server.time", idempotent=False, returns="string", api=1)


class Server(Namespace):
    """Methods under ``server``."""

    __slots__ = ()

    def time(self) -> str:
        """Return the portal server's current time as an ISO 8601 string with offset.

        REST method: ``server.time``
        Docs: https://apidocs.bitrix24.com/api-reference/common/system/server-time.html

        Returns:
            str

        Example:
            result = client.server.time()
            result = await client.server.time()  # AsyncBitrix24
        """
        return cast(str, self._backend._invoke(_SERVER_TIME, {}))


class AsyncServer(Namespace):
    """Methods under ``server`` (async)."""

    __slots__ = ()

    async def time(self) -> str:
        """Return the portal server's current time as an ISO 8601 string with offset.

        REST method: ``server.time``
        Docs: https://apidocs.bitrix24.com/api-reference/common/system/server-time.html

        Returns:
            str

        Example:
            result = client.server.time()
            result = await client.server.time()  # AsyncBitrix24
        """
        return cast(str, await self._backend._invoke(_SERVER_TIME, {}))


class BatchServer(Namespace):
    """Methods under ``server`` (queued into a batch)."""

    __slots__ = ()

    def time(self) -> BatchCommand[str]:
        """Return the portal server's current time as an ISO 8601 string with offset.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``server.time``
        Docs: https://apidocs.bitrix24.com/api-reference/common/system/server-time.html

        Returns:
            BatchCommand[str]

        Example:
            command = batch.server.time()
        """
        return cast("BatchCommand[str]", self._backend._invoke(_SERVER_TIME, {}))
