"""Methods under ``disk.version``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from b24client.types.disk import DiskVersion as _DiskVersion

_DISK_VERSION_GET = MethodInfo(
    name="disk.version.get", idempotent=True, returns="any", api=1
)


class DiskVersion(Namespace):
    """Methods under ``disk.version``."""

    __slots__ = ()

    def get(self, *, id: int) -> _DiskVersion:
        """Read one saved revision of a file, with its size, author and download link.

        REST method: ``disk.version.get``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/version/disk-version-get.html

        Args:
            id: ID of the file revision, from disk.file.getVersions.

        Returns:
            DiskVersion

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.version.get(id=1)
            result = await client.disk.version.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_DiskVersion", self._backend._invoke(_DISK_VERSION_GET, {"id": id})
        )


class AsyncDiskVersion(Namespace):
    """Methods under ``disk.version`` (async)."""

    __slots__ = ()

    async def get(self, *, id: int) -> _DiskVersion:
        """Read one saved revision of a file, with its size, author and download link.

        REST method: ``disk.version.get``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/version/disk-version-get.html

        Args:
            id: ID of the file revision, from disk.file.getVersions.

        Returns:
            DiskVersion

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.version.get(id=1)
            result = await client.disk.version.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_DiskVersion", await self._backend._invoke(_DISK_VERSION_GET, {"id": id})
        )


class BatchDiskVersion(Namespace):
    """Methods under ``disk.version`` (queued into a batch)."""

    __slots__ = ()

    def get(self, *, id: int | Ref) -> BatchCommand[_DiskVersion]:
        """Read one saved revision of a file, with its size, author and download link.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.version.get``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/version/disk-version-get.html

        Args:
            id: ID of the file revision, from disk.file.getVersions.

        Returns:
            BatchCommand[DiskVersion]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.version.get(id=1)
        """
        return cast(
            "BatchCommand[_DiskVersion]",
            self._backend._invoke(_DISK_VERSION_GET, {"id": id}),
        )
