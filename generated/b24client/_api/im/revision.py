"""Methods under ``im.revision``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from b24client.types.im import ImRevision as _ImRevision

_IM_REVISION_GET = MethodInfo(
    name="im.revision.get", idempotent=True, returns="any", api=1
)


class ImRevision(Namespace):
    """Methods under ``im.revision``."""

    __slots__ = ()

    def get(self) -> _ImRevision:
        """Return the API revision numbers of the chat module on this portal.

        REST method: ``im.revision.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-revision-get.html

        Returns:
            ImRevision

        Example:
            result = client.im.revision.get()
            result = await client.im.revision.get()  # AsyncBitrix24
        """
        return cast("_ImRevision", self._backend._invoke(_IM_REVISION_GET, {}))


class AsyncImRevision(Namespace):
    """Methods under ``im.revision`` (async)."""

    __slots__ = ()

    async def get(self) -> _ImRevision:
        """Return the API revision numbers of the chat module on this portal.

        REST method: ``im.revision.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-revision-get.html

        Returns:
            ImRevision

        Example:
            result = client.im.revision.get()
            result = await client.im.revision.get()  # AsyncBitrix24
        """
        return cast("_ImRevision", await self._backend._invoke(_IM_REVISION_GET, {}))


class BatchImRevision(Namespace):
    """Methods under ``im.revision`` (queued into a batch)."""

    __slots__ = ()

    def get(self) -> BatchCommand[_ImRevision]:
        """Return the API revision numbers of the chat module on this portal.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``im.revision.get``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/im-revision-get.html

        Returns:
            BatchCommand[ImRevision]

        Example:
            command = batch.im.revision.get()
        """
        return cast(
            "BatchCommand[_ImRevision]", self._backend._invoke(_IM_REVISION_GET, {})
        )
