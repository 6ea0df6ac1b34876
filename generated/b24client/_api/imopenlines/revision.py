"""Methods under ``imopenlines.revision``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from b24client.types.imopenlines import ImopenlinesRevision as _ImopenlinesRevision

_IMOPENLINES_REVISION_GET = MethodInfo(
    name="imopenlines.revision.get", idempotent=True, returns="any", api=1
)


class ImopenlinesRevision(Namespace):
    """Methods under ``imopenlines.revision``."""

    __slots__ = ()

    def get(self) -> _ImopenlinesRevision:
        """Return the API revision numbers of the open channels module.

        REST method: ``imopenlines.revision.get``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-revision-get.html

        Returns:
            ImopenlinesRevision

        Example:
            result = client.imopenlines.revision.get()
            result = await client.imopenlines.revision.get()  # AsyncBitrix24
        """
        return cast(
            "_ImopenlinesRevision", self._backend._invoke(_IMOPENLINES_REVISION_GET, {})
        )


class AsyncImopenlinesRevision(Namespace):
    """Methods under ``imopenlines.revision`` (async)."""

    __slots__ = ()

    async def get(self) -> _ImopenlinesRevision:
        """Return the API revision numbers of the open channels module.

        REST method: ``imopenlines.revision.get``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-revision-get.html

        Returns:
            ImopenlinesRevision

        Example:
            result = client.imopenlines.revision.get()
            result = await client.imopenlines.revision.get()  # AsyncBitrix24
        """
        return cast(
            "_ImopenlinesRevision",
            await self._backend._invoke(_IMOPENLINES_REVISION_GET, {}),
        )


class BatchImopenlinesRevision(Namespace):
    """Methods under ``imopenlines.revision`` (queued into a batch)."""

    __slots__ = ()

    def get(self) -> BatchCommand[_ImopenlinesRevision]:
        """Return the API revision numbers of the open channels module.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imopenlines.revision.get``
        Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-revision-get.html

        Returns:
            BatchCommand[ImopenlinesRevision]

        Example:
            command = batch.imopenlines.revision.get()
        """
        return cast(
            "BatchCommand[_ImopenlinesRevision]",
            self._backend._invoke(_IMOPENLINES_REVISION_GET, {}),
        )
