"""Methods under ``method``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.method import Method as _Method

_METHOD_GET = MethodInfo(name="method.get", idempotent=True, returns="any", api=1)


class Method(Namespace):
    """Methods under ``method``."""

    __slots__ = ()

    def get(self, *, name: str | NotGiven = NOT_GIVEN) -> _Method:
        """Check whether a REST method exists on the portal and may be called by the app.

        Returns isExisting and isAvailable; both are false when name is missing or empty.

        REST method: ``method.get``
        Docs: https://apidocs.bitrix24.com/api-reference/common/system/method-get.html

        Args:
            name: Method name in lower case, such as "user.get".

        Returns:
            Method

        Example:
            result = client.method.get()
            result = await client.method.get()  # AsyncBitrix24
        """
        return cast("_Method", self._backend._invoke(_METHOD_GET, {"name": name}))


class AsyncMethod(Namespace):
    """Methods under ``method`` (async)."""

    __slots__ = ()

    async def get(self, *, name: str | NotGiven = NOT_GIVEN) -> _Method:
        """Check whether a REST method exists on the portal and may be called by the app.

        Returns isExisting and isAvailable; both are false when name is missing or empty.

        REST method: ``method.get``
        Docs: https://apidocs.bitrix24.com/api-reference/common/system/method-get.html

        Args:
            name: Method name in lower case, such as "user.get".

        Returns:
            Method

        Example:
            result = client.method.get()
            result = await client.method.get()  # AsyncBitrix24
        """
        return cast("_Method", await self._backend._invoke(_METHOD_GET, {"name": name}))


class BatchMethod(Namespace):
    """Methods under ``method`` (queued into a batch)."""

    __slots__ = ()

    def get(self, *, name: str | Ref | NotGiven = NOT_GIVEN) -> BatchCommand[_Method]:
        """Check whether a REST method exists on the portal and may be called by the app.

        Returns isExisting and isAvailable; both are false when name is missing or empty.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``method.get``
        Docs: https://apidocs.bitrix24.com/api-reference/common/system/method-get.html

        Args:
            name: Method name in lower case, such as "user.get".

        Returns:
            BatchCommand[Method]

        Example:
            command = batch.method.get()
        """
        return cast(
            "BatchCommand[_Method]", self._backend._invoke(_METHOD_GET, {"name": name})
        )
