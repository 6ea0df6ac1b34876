"""Methods under ``disk``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.disk.attached_object import (
        AsyncDiskAttachedObject,
        BatchDiskAttachedObject,
        DiskAttachedObject,
    )
    from b24client._api.disk.file import AsyncDiskFile, BatchDiskFile, DiskFile
    from b24client._api.disk.folder import AsyncDiskFolder, BatchDiskFolder, DiskFolder
    from b24client._api.disk.rights import AsyncDiskRights, BatchDiskRights, DiskRights
    from b24client._api.disk.storage import (
        AsyncDiskStorage,
        BatchDiskStorage,
        DiskStorage,
    )
    from b24client._api.disk.version import (
        AsyncDiskVersion,
        BatchDiskVersion,
        DiskVersion,
    )


class Disk(Namespace):
    """Methods under ``disk``."""

    __slots__ = ()

    @property
    def attached_object(self) -> DiskAttachedObject:
        """Methods under ``disk.attachedObject``."""
        from b24client._api.disk.attached_object import DiskAttachedObject

        return DiskAttachedObject(self._backend)

    @property
    def file(self) -> DiskFile:
        """Methods under ``disk.file``."""
        from b24client._api.disk.file import DiskFile

        return DiskFile(self._backend)

    @property
    def folder(self) -> DiskFolder:
        """Methods under ``disk.folder``."""
        from b24client._api.disk.folder import DiskFolder

        return DiskFolder(self._backend)

    @property
    def rights(self) -> DiskRights:
        """Methods under ``disk.rights``."""
        from b24client._api.disk.rights import DiskRights

        return DiskRights(self._backend)

    @property
    def storage(self) -> DiskStorage:
        """Methods under ``disk.storage``."""
        from b24client._api.disk.storage import DiskStorage

        return DiskStorage(self._backend)

    @property
    def version(self) -> DiskVersion:
        """Methods under ``disk.version``."""
        from b24client._api.disk.version import DiskVersion

        return DiskVersion(self._backend)


class AsyncDisk(Namespace):
    """Methods under ``disk`` (async)."""

    __slots__ = ()

    @property
    def attached_object(self) -> AsyncDiskAttachedObject:
        """Methods under ``disk.attachedObject``."""
        from b24client._api.disk.attached_object import AsyncDiskAttachedObject

        return AsyncDiskAttachedObject(self._backend)

    @property
    def file(self) -> AsyncDiskFile:
        """Methods under ``disk.file``."""
        from b24client._api.disk.file import AsyncDiskFile

        return AsyncDiskFile(self._backend)

    @property
    def folder(self) -> AsyncDiskFolder:
        """Methods under ``disk.folder``."""
        from b24client._api.disk.folder import AsyncDiskFolder

        return AsyncDiskFolder(self._backend)

    @property
    def rights(self) -> AsyncDiskRights:
        """Methods under ``disk.rights``."""
        from b24client._api.disk.rights import AsyncDiskRights

        return AsyncDiskRights(self._backend)

    @property
    def storage(self) -> AsyncDiskStorage:
        """Methods under ``disk.storage``."""
        from b24client._api.disk.storage import AsyncDiskStorage

        return AsyncDiskStorage(self._backend)

    @property
    def version(self) -> AsyncDiskVersion:
        """Methods under ``disk.version``."""
        from b24client._api.disk.version import AsyncDiskVersion

        return AsyncDiskVersion(self._backend)


class BatchDisk(Namespace):
    """Methods under ``disk`` (queued into a batch)."""

    __slots__ = ()

    @property
    def attached_object(self) -> BatchDiskAttachedObject:
        """Methods under ``disk.attachedObject``."""
        from b24client._api.disk.attached_object import BatchDiskAttachedObject

        return BatchDiskAttachedObject(self._backend)

    @property
    def file(self) -> BatchDiskFile:
        """Methods under ``disk.file``."""
        from b24client._api.disk.file import BatchDiskFile

        return BatchDiskFile(self._backend)

    @property
    def folder(self) -> BatchDiskFolder:
        """Methods under ``disk.folder``."""
        from b24client._api.disk.folder import BatchDiskFolder

        return BatchDiskFolder(self._backend)

    @property
    def rights(self) -> BatchDiskRights:
        """Methods under ``disk.rights``."""
        from b24client._api.disk.rights import BatchDiskRights

        return BatchDiskRights(self._backend)

    @property
    def storage(self) -> BatchDiskStorage:
        """Methods under ``disk.storage``."""
        from b24client._api.disk.storage import BatchDiskStorage

        return BatchDiskStorage(self._backend)

    @property
    def version(self) -> BatchDiskVersion:
        """Methods under ``disk.version``."""
        from b24client._api.disk.version import BatchDiskVersion

        return BatchDiskVersion(self._backend)
