"""Methods under ``user``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import Any, cast

from b24client._core.batch import BatchCommand
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

_USER_CURRENT = MethodInfo(name="user.current", idempotent=True, returns="any", api=1)


class User(Namespace):
    """Methods under ``user``."""

    __slots__ = ()

    def current(self) -> dict[str, Any]:
        """Get the user the webhook acts as.

        REST method: ``user.current``
        Docs: https://apidocs.bitrix24.com/api-reference/user/user-current.html

        Returns:
            dict[str, Any]

        Example:
            result = client.user.current()
            result = await client.user.current()  # AsyncBitrix24
        """
        return cast("dict[str, Any]", self._backend._invoke(_USER_CURRENT, {}))


class AsyncUser(Namespace):
    """Methods under ``user`` (async)."""

    __slots__ = ()

    async def current(self) -> dict[str, Any]:
        """Get the user the webhook acts as.

        REST method: ``user.current``
        Docs: https://apidocs.bitrix24.com/api-reference/user/user-current.html

        Returns:
            dict[str, Any]

        Example:
            result = client.user.current()
            result = await client.user.current()  # AsyncBitrix24
        """
        return cast("dict[str, Any]", await self._backend._invoke(_USER_CURRENT, {}))


class BatchUser(Namespace):
    """Methods under ``user`` (queued into a batch)."""

    __slots__ = ()

    def current(self) -> BatchCommand[dict[str, Any]]:
        """Get the user the webhook acts as.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``user.current``
        Docs: https://apidocs.bitrix24.com/api-reference/user/user-current.html

        Returns:
            BatchCommand[dict[str, Any]]

        Example:
            command = batch.user.current()
        """
        return cast(
            "BatchCommand[dict[str, Any]]", self._backend._invoke(_USER_CURRENT, {})
        )
