"""Methods under ``disk.file``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.disk import (
        DiskFile as _DiskFile,
        DiskFileCopyToResult,
        DiskFileGetFieldsResult,
        DiskFileGetVersionsResult,
        DiskFileMarkDeletedResult,
        DiskFileMoveToResult,
        DiskFileRenameResult,
        DiskFileRestoreFromVersionResult,
        DiskFileRestoreResult,
        DiskFileSearchResult,
        DiskFileUploadVersionResult,
    )

_DISK_FILE_COPY_TO = MethodInfo(
    name="disk.file.copyTo", idempotent=False, returns="any", api=1
)
_DISK_FILE_DELETE = MethodInfo(
    name="disk.file.delete", idempotent=False, returns="boolean", api=1
)
_DISK_FILE_GET = MethodInfo(name="disk.file.get", idempotent=True, returns="any", api=1)
_DISK_FILE_GET_EXTERNAL_LINK = MethodInfo(
    name="disk.file.getExternalLink", idempotent=True, returns="string", api=1
)
_DISK_FILE_GET_FIELDS = MethodInfo(
    name="disk.file.getFields", idempotent=True, returns="any", api=1
)
_DISK_FILE_GET_VERSIONS = MethodInfo(
    name="disk.file.getVersions", idempotent=True, returns="any", api=1
)
_DISK_FILE_MARK_DELETED = MethodInfo(
    name="disk.file.markDeleted", idempotent=False, returns="any", api=1
)
_DISK_FILE_MOVE_TO = MethodInfo(
    name="disk.file.moveTo", idempotent=False, returns="any", api=1
)
_DISK_FILE_RENAME = MethodInfo(
    name="disk.file.rename", idempotent=False, returns="any", api=1
)
_DISK_FILE_RESTORE = MethodInfo(
    name="disk.file.restore", idempotent=False, returns="any", api=1
)
_DISK_FILE_RESTORE_FROM_VERSION = MethodInfo(
    name="disk.file.restoreFromVersion", idempotent=False, returns="any", api=1
)
_DISK_FILE_SEARCH = MethodInfo(
    name="disk.file.search", idempotent=True, returns="any", api=1
)
_DISK_FILE_UPLOAD_VERSION = MethodInfo(
    name="disk.file.uploadVersion", idempotent=False, returns="any", api=1
)


class DiskFile(Namespace):
    """Methods under ``disk.file``."""

    __slots__ = ()

    def copy_to(self, *, id: int, target_folder_id: int) -> DiskFileCopyToResult:
        """Copy a disk file into another folder and return the new copy.

        REST method: ``disk.file.copyTo``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-copy-to.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.
            target_folder_id: ID of the folder that receives the copy. Wire name: ``targetFolderId``.

        Returns:
            DiskFileCopyToResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.file.copy_to(id=1, target_folder_id=1)
            result = await client.disk.file.copy_to(id=1, target_folder_id=1)  # AsyncBitrix24
        """
        return cast(
            "DiskFileCopyToResult",
            self._backend._invoke(
                _DISK_FILE_COPY_TO, {"id": id, "targetFolderId": target_folder_id}
            ),
        )

    def delete(self, *, id: int) -> bool:
        """Erase a file permanently, bypassing the recycle bin.

        The file cannot be restored afterwards; use disk.file.markDeleted to move it to the recycle bin instead. Returns true on success.

        REST method: ``disk.file.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-delete.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.file.delete(id=1)
            result = await client.disk.file.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_DISK_FILE_DELETE, {"id": id}))

    def get(self, *, id: int) -> _DiskFile:
        """Read the properties of a single file stored on Drive.

        REST method: ``disk.file.get``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-get.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            DiskFile

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.file.get(id=1)
            result = await client.disk.file.get(id=1)  # AsyncBitrix24
        """
        return cast("_DiskFile", self._backend._invoke(_DISK_FILE_GET, {"id": id}))

    def get_external_link(self, *, id: int) -> str:
        """Create a public link that lets anyone download the file without signing in.

        REST method: ``disk.file.getExternalLink``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-get-external-link.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            str

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.file.get_external_link(id=1)
            result = await client.disk.file.get_external_link(id=1)  # AsyncBitrix24
        """
        return cast(
            str, self._backend._invoke(_DISK_FILE_GET_EXTERNAL_LINK, {"id": id})
        )

    def get_fields(self) -> DiskFileGetFieldsResult:
        """List the properties a Drive file has, with their data types and whether they can be filtered on.

        REST method: ``disk.file.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-get-fields.html

        Returns:
            DiskFileGetFieldsResult

        Example:
            result = client.disk.file.get_fields()
            result = await client.disk.file.get_fields()  # AsyncBitrix24
        """
        return cast(
            "DiskFileGetFieldsResult", self._backend._invoke(_DISK_FILE_GET_FIELDS, {})
        )

    def get_versions(
        self,
        *,
        id: int,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[DiskFileGetVersionsResult]:
        """List the saved revisions of a file.

        Pages hold 50 entries; pass start to get the next page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``disk.file.getVersions``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-get-versions.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.
            filter: Conditions on the object fields, as {"FIELD": value}; a field name can be prefixed with an operator such as ">=", "<", "!" or "%".
            start: Offset of the first entry to return; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            Page[DiskFileGetVersionsResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.file.get_versions(id=1)
            result = await client.disk.file.get_versions(id=1)  # AsyncBitrix24
        """
        return cast(
            "Page[DiskFileGetVersionsResult]",
            self._backend._invoke_page(
                _DISK_FILE_GET_VERSIONS, {"id": id, "filter": filter, "start": start}
            ),
        )

    def mark_deleted(self, *, id: int) -> DiskFileMarkDeletedResult:
        """Move a file to the recycle bin, where it can still be restored.

        REST method: ``disk.file.markDeleted``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-mark-deleted.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            DiskFileMarkDeletedResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.file.mark_deleted(id=1)
            result = await client.disk.file.mark_deleted(id=1)  # AsyncBitrix24
        """
        return cast(
            "DiskFileMarkDeletedResult",
            self._backend._invoke(_DISK_FILE_MARK_DELETED, {"id": id}),
        )

    def move_to(self, *, id: int, target_folder_id: int) -> DiskFileMoveToResult:
        """Move a file into another folder, possibly in another storage.

        REST method: ``disk.file.moveTo``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-move-to.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.
            target_folder_id: ID of the destination folder. Wire name: ``targetFolderId``.

        Returns:
            DiskFileMoveToResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.file.move_to(id=1, target_folder_id=1)
            result = await client.disk.file.move_to(id=1, target_folder_id=1)  # AsyncBitrix24
        """
        return cast(
            "DiskFileMoveToResult",
            self._backend._invoke(
                _DISK_FILE_MOVE_TO, {"id": id, "targetFolderId": target_folder_id}
            ),
        )

    def rename(self, *, id: int, new_name: str) -> DiskFileRenameResult:
        """Give a file a new name.

        Keep the extension that matches the file format in the new name; otherwise the file may no longer open correctly.

        REST method: ``disk.file.rename``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-rename.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.
            new_name: New file name, including the extension that matches the file format. Wire name: ``newName``.

        Returns:
            DiskFileRenameResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.file.rename(id=1, new_name="example")
            result = await client.disk.file.rename(id=1, new_name="example")  # AsyncBitrix24
        """
        return cast(
            "DiskFileRenameResult",
            self._backend._invoke(_DISK_FILE_RENAME, {"id": id, "newName": new_name}),
        )

    def restore(self, *, id: int) -> DiskFileRestoreResult:
        """Bring a file back from the recycle bin to its former place.

        REST method: ``disk.file.restore``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-restore.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            DiskFileRestoreResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.file.restore(id=1)
            result = await client.disk.file.restore(id=1)  # AsyncBitrix24
        """
        return cast(
            "DiskFileRestoreResult",
            self._backend._invoke(_DISK_FILE_RESTORE, {"id": id}),
        )

    def restore_from_version(
        self, *, id: int, version_id: int
    ) -> DiskFileRestoreFromVersionResult:
        """Roll a file back to the content of one of its earlier revisions.

        REST method: ``disk.file.restoreFromVersion``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-restore-from-version.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.
            version_id: ID of the revision to restore, from disk.file.getVersions. Wire name: ``versionId``.

        Returns:
            DiskFileRestoreFromVersionResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.file.restore_from_version(id=1, version_id=1)
            result = await client.disk.file.restore_from_version(id=1, version_id=1)  # AsyncBitrix24
        """
        return cast(
            "DiskFileRestoreFromVersionResult",
            self._backend._invoke(
                _DISK_FILE_RESTORE_FROM_VERSION, {"id": id, "versionId": version_id}
            ),
        )

    def search(
        self,
        *,
        query: str,
        type: str | int | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[DiskFileSearchResult]:
        """Find files and folders by a text query across the storages the user can see.

        The query must be 3 to 255 characters after spaces are trimmed. At most 50 objects come back per call; start skips objects (not pages) and is capped at 1000.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``disk.file.search``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-search.html

        Args:
            query: Text to search for, 3 to 255 characters; repeated spaces are collapsed and outer spaces trimmed. Wire name: ``QUERY``.
            type: What to return: "file" (default), "folder" or "all". Wire name: ``TYPE``.
            filter: Where to search: STORAGE_ID (a storage) and/or FOLDER_ID (a folder with its subfolders). Without it all storages the user can reach are searched. Wire name: ``FILTER``.
            start: Number of objects to skip (not a page number); up to 50 come back per call, default 0, values above 1000 are treated as 1000.

        Returns:
            Page[DiskFileSearchResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            result = client.disk.file.search(query="example")
            result = await client.disk.file.search(query="example")  # AsyncBitrix24
        """
        return cast(
            "Page[DiskFileSearchResult]",
            self._backend._invoke_page(
                _DISK_FILE_SEARCH,
                {"QUERY": query, "TYPE": type, "FILTER": filter, "start": start},
            ),
        )

    def upload_version(
        self, *, id: int, file_content: Sequence[str]
    ) -> DiskFileUploadVersionResult:
        """Replace the content of an existing file by uploading a new revision of it.

        REST method: ``disk.file.uploadVersion``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-upload-version.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.
            file_content: Two-item array: the file name and the new content encoded in Base64. Wire name: ``fileContent``.

        Returns:
            DiskFileUploadVersionResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.file.upload_version(id=1, file_content=["example"])
            result = await client.disk.file.upload_version(id=1, file_content=["example"])  # AsyncBitrix24
        """
        return cast(
            "DiskFileUploadVersionResult",
            self._backend._invoke(
                _DISK_FILE_UPLOAD_VERSION, {"id": id, "fileContent": file_content}
            ),
        )


class AsyncDiskFile(Namespace):
    """Methods under ``disk.file`` (async)."""

    __slots__ = ()

    async def copy_to(self, *, id: int, target_folder_id: int) -> DiskFileCopyToResult:
        """Copy a disk file into another folder and return the new copy.

        REST method: ``disk.file.copyTo``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-copy-to.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.
            target_folder_id: ID of the folder that receives the copy. Wire name: ``targetFolderId``.

        Returns:
            DiskFileCopyToResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.file.copy_to(id=1, target_folder_id=1)
            result = await client.disk.file.copy_to(id=1, target_folder_id=1)  # AsyncBitrix24
        """
        return cast(
            "DiskFileCopyToResult",
            await self._backend._invoke(
                _DISK_FILE_COPY_TO, {"id": id, "targetFolderId": target_folder_id}
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Erase a file permanently, bypassing the recycle bin.

        The file cannot be restored afterwards; use disk.file.markDeleted to move it to the recycle bin instead. Returns true on success.

        REST method: ``disk.file.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-delete.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.file.delete(id=1)
            result = await client.disk.file.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, await self._backend._invoke(_DISK_FILE_DELETE, {"id": id}))

    async def get(self, *, id: int) -> _DiskFile:
        """Read the properties of a single file stored on Drive.

        REST method: ``disk.file.get``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-get.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            DiskFile

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.file.get(id=1)
            result = await client.disk.file.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_DiskFile", await self._backend._invoke(_DISK_FILE_GET, {"id": id})
        )

    async def get_external_link(self, *, id: int) -> str:
        """Create a public link that lets anyone download the file without signing in.

        REST method: ``disk.file.getExternalLink``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-get-external-link.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            str

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.file.get_external_link(id=1)
            result = await client.disk.file.get_external_link(id=1)  # AsyncBitrix24
        """
        return cast(
            str, await self._backend._invoke(_DISK_FILE_GET_EXTERNAL_LINK, {"id": id})
        )

    async def get_fields(self) -> DiskFileGetFieldsResult:
        """List the properties a Drive file has, with their data types and whether they can be filtered on.

        REST method: ``disk.file.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-get-fields.html

        Returns:
            DiskFileGetFieldsResult

        Example:
            result = client.disk.file.get_fields()
            result = await client.disk.file.get_fields()  # AsyncBitrix24
        """
        return cast(
            "DiskFileGetFieldsResult",
            await self._backend._invoke(_DISK_FILE_GET_FIELDS, {}),
        )

    async def get_versions(
        self,
        *,
        id: int,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[DiskFileGetVersionsResult]:
        """List the saved revisions of a file.

        Pages hold 50 entries; pass start to get the next page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``disk.file.getVersions``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-get-versions.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.
            filter: Conditions on the object fields, as {"FIELD": value}; a field name can be prefixed with an operator such as ">=", "<", "!" or "%".
            start: Offset of the first entry to return; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            AsyncPage[DiskFileGetVersionsResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.file.get_versions(id=1)
            result = await client.disk.file.get_versions(id=1)  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[DiskFileGetVersionsResult]",
            await self._backend._invoke_page(
                _DISK_FILE_GET_VERSIONS, {"id": id, "filter": filter, "start": start}
            ),
        )

    async def mark_deleted(self, *, id: int) -> DiskFileMarkDeletedResult:
        """Move a file to the recycle bin, where it can still be restored.

        REST method: ``disk.file.markDeleted``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-mark-deleted.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            DiskFileMarkDeletedResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.file.mark_deleted(id=1)
            result = await client.disk.file.mark_deleted(id=1)  # AsyncBitrix24
        """
        return cast(
            "DiskFileMarkDeletedResult",
            await self._backend._invoke(_DISK_FILE_MARK_DELETED, {"id": id}),
        )

    async def move_to(self, *, id: int, target_folder_id: int) -> DiskFileMoveToResult:
        """Move a file into another folder, possibly in another storage.

        REST method: ``disk.file.moveTo``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-move-to.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.
            target_folder_id: ID of the destination folder. Wire name: ``targetFolderId``.

        Returns:
            DiskFileMoveToResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.file.move_to(id=1, target_folder_id=1)
            result = await client.disk.file.move_to(id=1, target_folder_id=1)  # AsyncBitrix24
        """
        return cast(
            "DiskFileMoveToResult",
            await self._backend._invoke(
                _DISK_FILE_MOVE_TO, {"id": id, "targetFolderId": target_folder_id}
            ),
        )

    async def rename(self, *, id: int, new_name: str) -> DiskFileRenameResult:
        """Give a file a new name.

        Keep the extension that matches the file format in the new name; otherwise the file may no longer open correctly.

        REST method: ``disk.file.rename``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-rename.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.
            new_name: New file name, including the extension that matches the file format. Wire name: ``newName``.

        Returns:
            DiskFileRenameResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.file.rename(id=1, new_name="example")
            result = await client.disk.file.rename(id=1, new_name="example")  # AsyncBitrix24
        """
        return cast(
            "DiskFileRenameResult",
            await self._backend._invoke(
                _DISK_FILE_RENAME, {"id": id, "newName": new_name}
            ),
        )

    async def restore(self, *, id: int) -> DiskFileRestoreResult:
        """Bring a file back from the recycle bin to its former place.

        REST method: ``disk.file.restore``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-restore.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            DiskFileRestoreResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.file.restore(id=1)
            result = await client.disk.file.restore(id=1)  # AsyncBitrix24
        """
        return cast(
            "DiskFileRestoreResult",
            await self._backend._invoke(_DISK_FILE_RESTORE, {"id": id}),
        )

    async def restore_from_version(
        self, *, id: int, version_id: int
    ) -> DiskFileRestoreFromVersionResult:
        """Roll a file back to the content of one of its earlier revisions.

        REST method: ``disk.file.restoreFromVersion``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-restore-from-version.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.
            version_id: ID of the revision to restore, from disk.file.getVersions. Wire name: ``versionId``.

        Returns:
            DiskFileRestoreFromVersionResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.file.restore_from_version(id=1, version_id=1)
            result = await client.disk.file.restore_from_version(id=1, version_id=1)  # AsyncBitrix24
        """
        return cast(
            "DiskFileRestoreFromVersionResult",
            await self._backend._invoke(
                _DISK_FILE_RESTORE_FROM_VERSION, {"id": id, "versionId": version_id}
            ),
        )

    async def search(
        self,
        *,
        query: str,
        type: str | int | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[DiskFileSearchResult]:
        """Find files and folders by a text query across the storages the user can see.

        The query must be 3 to 255 characters after spaces are trimmed. At most 50 objects come back per call; start skips objects (not pages) and is capped at 1000.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``disk.file.search``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-search.html

        Args:
            query: Text to search for, 3 to 255 characters; repeated spaces are collapsed and outer spaces trimmed. Wire name: ``QUERY``.
            type: What to return: "file" (default), "folder" or "all". Wire name: ``TYPE``.
            filter: Where to search: STORAGE_ID (a storage) and/or FOLDER_ID (a folder with its subfolders). Without it all storages the user can reach are searched. Wire name: ``FILTER``.
            start: Number of objects to skip (not a page number); up to 50 come back per call, default 0, values above 1000 are treated as 1000.

        Returns:
            AsyncPage[DiskFileSearchResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            result = client.disk.file.search(query="example")
            result = await client.disk.file.search(query="example")  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[DiskFileSearchResult]",
            await self._backend._invoke_page(
                _DISK_FILE_SEARCH,
                {"QUERY": query, "TYPE": type, "FILTER": filter, "start": start},
            ),
        )

    async def upload_version(
        self, *, id: int, file_content: Sequence[str]
    ) -> DiskFileUploadVersionResult:
        """Replace the content of an existing file by uploading a new revision of it.

        REST method: ``disk.file.uploadVersion``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-upload-version.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.
            file_content: Two-item array: the file name and the new content encoded in Base64. Wire name: ``fileContent``.

        Returns:
            DiskFileUploadVersionResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.file.upload_version(id=1, file_content=["example"])
            result = await client.disk.file.upload_version(id=1, file_content=["example"])  # AsyncBitrix24
        """
        return cast(
            "DiskFileUploadVersionResult",
            await self._backend._invoke(
                _DISK_FILE_UPLOAD_VERSION, {"id": id, "fileContent": file_content}
            ),
        )


class BatchDiskFile(Namespace):
    """Methods under ``disk.file`` (queued into a batch)."""

    __slots__ = ()

    def copy_to(
        self, *, id: int | Ref, target_folder_id: int | Ref
    ) -> BatchCommand[DiskFileCopyToResult]:
        """Copy a disk file into another folder and return the new copy.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.file.copyTo``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-copy-to.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.
            target_folder_id: ID of the folder that receives the copy. Wire name: ``targetFolderId``.

        Returns:
            BatchCommand[DiskFileCopyToResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.file.copy_to(id=1, target_folder_id=1)
        """
        return cast(
            "BatchCommand[DiskFileCopyToResult]",
            self._backend._invoke(
                _DISK_FILE_COPY_TO, {"id": id, "targetFolderId": target_folder_id}
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Erase a file permanently, bypassing the recycle bin.

        The file cannot be restored afterwards; use disk.file.markDeleted to move it to the recycle bin instead. Returns true on success.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.file.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-delete.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.file.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]", self._backend._invoke(_DISK_FILE_DELETE, {"id": id})
        )

    def get(self, *, id: int | Ref) -> BatchCommand[_DiskFile]:
        """Read the properties of a single file stored on Drive.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.file.get``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-get.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            BatchCommand[DiskFile]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.file.get(id=1)
        """
        return cast(
            "BatchCommand[_DiskFile]", self._backend._invoke(_DISK_FILE_GET, {"id": id})
        )

    def get_external_link(self, *, id: int | Ref) -> BatchCommand[str]:
        """Create a public link that lets anyone download the file without signing in.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.file.getExternalLink``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-get-external-link.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            BatchCommand[str]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.file.get_external_link(id=1)
        """
        return cast(
            "BatchCommand[str]",
            self._backend._invoke(_DISK_FILE_GET_EXTERNAL_LINK, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[DiskFileGetFieldsResult]:
        """List the properties a Drive file has, with their data types and whether they can be filtered on.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.file.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-get-fields.html

        Returns:
            BatchCommand[DiskFileGetFieldsResult]

        Example:
            command = batch.disk.file.get_fields()
        """
        return cast(
            "BatchCommand[DiskFileGetFieldsResult]",
            self._backend._invoke(_DISK_FILE_GET_FIELDS, {}),
        )

    def get_versions(
        self,
        *,
        id: int | Ref,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[DiskFileGetVersionsResult]]:
        """List the saved revisions of a file.

        Pages hold 50 entries; pass start to get the next page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.file.getVersions``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-get-versions.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.
            filter: Conditions on the object fields, as {"FIELD": value}; a field name can be prefixed with an operator such as ">=", "<", "!" or "%".
            start: Offset of the first entry to return; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            BatchCommand[list[DiskFileGetVersionsResult]]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.file.get_versions(id=1)
        """
        return cast(
            "BatchCommand[list[DiskFileGetVersionsResult]]",
            self._backend._invoke_page(
                _DISK_FILE_GET_VERSIONS, {"id": id, "filter": filter, "start": start}
            ),
        )

    def mark_deleted(self, *, id: int | Ref) -> BatchCommand[DiskFileMarkDeletedResult]:
        """Move a file to the recycle bin, where it can still be restored.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.file.markDeleted``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-mark-deleted.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            BatchCommand[DiskFileMarkDeletedResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.file.mark_deleted(id=1)
        """
        return cast(
            "BatchCommand[DiskFileMarkDeletedResult]",
            self._backend._invoke(_DISK_FILE_MARK_DELETED, {"id": id}),
        )

    def move_to(
        self, *, id: int | Ref, target_folder_id: int | Ref
    ) -> BatchCommand[DiskFileMoveToResult]:
        """Move a file into another folder, possibly in another storage.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.file.moveTo``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-move-to.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.
            target_folder_id: ID of the destination folder. Wire name: ``targetFolderId``.

        Returns:
            BatchCommand[DiskFileMoveToResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.file.move_to(id=1, target_folder_id=1)
        """
        return cast(
            "BatchCommand[DiskFileMoveToResult]",
            self._backend._invoke(
                _DISK_FILE_MOVE_TO, {"id": id, "targetFolderId": target_folder_id}
            ),
        )

    def rename(
        self, *, id: int | Ref, new_name: str | Ref
    ) -> BatchCommand[DiskFileRenameResult]:
        """Give a file a new name.

        Keep the extension that matches the file format in the new name; otherwise the file may no longer open correctly.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.file.rename``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-rename.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.
            new_name: New file name, including the extension that matches the file format. Wire name: ``newName``.

        Returns:
            BatchCommand[DiskFileRenameResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.file.rename(id=1, new_name="example")
        """
        return cast(
            "BatchCommand[DiskFileRenameResult]",
            self._backend._invoke(_DISK_FILE_RENAME, {"id": id, "newName": new_name}),
        )

    def restore(self, *, id: int | Ref) -> BatchCommand[DiskFileRestoreResult]:
        """Bring a file back from the recycle bin to its former place.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.file.restore``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-restore.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            BatchCommand[DiskFileRestoreResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.file.restore(id=1)
        """
        return cast(
            "BatchCommand[DiskFileRestoreResult]",
            self._backend._invoke(_DISK_FILE_RESTORE, {"id": id}),
        )

    def restore_from_version(
        self, *, id: int | Ref, version_id: int | Ref
    ) -> BatchCommand[DiskFileRestoreFromVersionResult]:
        """Roll a file back to the content of one of its earlier revisions.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.file.restoreFromVersion``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-restore-from-version.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.
            version_id: ID of the revision to restore, from disk.file.getVersions. Wire name: ``versionId``.

        Returns:
            BatchCommand[DiskFileRestoreFromVersionResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.file.restore_from_version(id=1, version_id=1)
        """
        return cast(
            "BatchCommand[DiskFileRestoreFromVersionResult]",
            self._backend._invoke(
                _DISK_FILE_RESTORE_FROM_VERSION, {"id": id, "versionId": version_id}
            ),
        )

    def search(
        self,
        *,
        query: str | Ref,
        type: str | int | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[DiskFileSearchResult]]:
        """Find files and folders by a text query across the storages the user can see.

        The query must be 3 to 255 characters after spaces are trimmed. At most 50 objects come back per call; start skips objects (not pages) and is capped at 1000.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.file.search``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-search.html

        Args:
            query: Text to search for, 3 to 255 characters; repeated spaces are collapsed and outer spaces trimmed. Wire name: ``QUERY``.
            type: What to return: "file" (default), "folder" or "all". Wire name: ``TYPE``.
            filter: Where to search: STORAGE_ID (a storage) and/or FOLDER_ID (a folder with its subfolders). Without it all storages the user can reach are searched. Wire name: ``FILTER``.
            start: Number of objects to skip (not a page number); up to 50 come back per call, default 0, values above 1000 are treated as 1000.

        Returns:
            BatchCommand[list[DiskFileSearchResult]]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``NOT_FOUND``.

        Example:
            command = batch.disk.file.search(query="example")
        """
        return cast(
            "BatchCommand[list[DiskFileSearchResult]]",
            self._backend._invoke_page(
                _DISK_FILE_SEARCH,
                {"QUERY": query, "TYPE": type, "FILTER": filter, "start": start},
            ),
        )

    def upload_version(
        self, *, id: int | Ref, file_content: Sequence[str] | Ref
    ) -> BatchCommand[DiskFileUploadVersionResult]:
        """Replace the content of an existing file by uploading a new revision of it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.file.uploadVersion``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-upload-version.html

        Args:
            id: ID of the file, from disk.storage.getChildren or disk.folder.getChildren.
            file_content: Two-item array: the file name and the new content encoded in Base64. Wire name: ``fileContent``.

        Returns:
            BatchCommand[DiskFileUploadVersionResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.file.upload_version(id=1, file_content=["example"])
        """
        return cast(
            "BatchCommand[DiskFileUploadVersionResult]",
            self._backend._invoke(
                _DISK_FILE_UPLOAD_VERSION, {"id": id, "fileContent": file_content}
            ),
        )
