"""Methods under ``disk.attachedObject``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from b24client.types.disk import DiskAttachedObject as _DiskAttachedObject

_DISK_ATTACHED_OBJECT_GET = MethodInfo(
    name="disk.attachedObject.get", idempotent=True, returns="any", api=1
)


class DiskAttachedObject(Namespace):
    """Methods under ``disk.attachedObject``."""

    __slots__ = ()

    def get(self, *, id: int) -> _DiskAttachedObject:
        """Read a file attachment: which disk file is linked to which task, comment or other record, with its download link.

        REST method: ``disk.attachedObject.get``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/attached-object/disk-attached-object-get.html

        Args:
            id: ID of the attachment record (the link between the file and the task, comment or other object), as returned by the method that lists the attachments of that object.

        Returns:
            DiskAttachedObject

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.attached_object.get(id=1)
            result = await client.disk.attached_object.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_DiskAttachedObject",
            self._backend._invoke(_DISK_ATTACHED_OBJECT_GET, {"id": id}),
        )


class AsyncDiskAttachedObject(Namespace):
    """Methods under ``disk.attachedObject`` (async)."""

    __slots__ = ()

    async def get(self, *, id: int) -> _DiskAttachedObject:
        """Read a file attachment: which disk file is linked to which task, comment or other record, with its download link.

        REST method: ``disk.attachedObject.get``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/attached-object/disk-attached-object-get.html

        Args:
            id: ID of the attachment record (the link between the file and the task, comment or other object), as returned by the method that lists the attachments of that object.

        Returns:
            DiskAttachedObject

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.attached_object.get(id=1)
            result = await client.disk.attached_object.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_DiskAttachedObject",
            await self._backend._invoke(_DISK_ATTACHED_OBJECT_GET, {"id": id}),
        )


class BatchDiskAttachedObject(Namespace):
    """Methods under ``disk.attachedObject`` (queued into a batch)."""

    __slots__ = ()

    def get(self, *, id: int | Ref) -> BatchCommand[_DiskAttachedObject]:
        """Read a file attachment: which disk file is linked to which task, comment or other record, with its download link.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.attachedObject.get``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/attached-object/disk-attached-object-get.html

        Args:
            id: ID of the attachment record (the link between the file and the task, comment or other object), as returned by the method that lists the attachments of that object.

        Returns:
            BatchCommand[DiskAttachedObject]

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.attached_object.get(id=1)
        """
        return cast(
            "BatchCommand[_DiskAttachedObject]",
            self._backend._invoke(_DISK_ATTACHED_OBJECT_GET, {"id": id}),
        )
