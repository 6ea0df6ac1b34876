"""Methods under ``disk.folder``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.disk import (
        DiskFolder as _DiskFolder,
        DiskFolderAddSubFolderResult,
        DiskFolderCopyToResult,
        DiskFolderGetChildrenResult,
        DiskFolderGetFieldsResult,
        DiskFolderMarkDeletedResult,
        DiskFolderMoveToResult,
        DiskFolderRenameResult,
        DiskFolderRestoreResult,
        DiskFolderUploadFileResult,
    )

_DISK_FOLDER_ADD_SUB_FOLDER = MethodInfo(
    name="disk.folder.addSubFolder", idempotent=False, returns="any", api=1
)
_DISK_FOLDER_COPY_TO = MethodInfo(
    name="disk.folder.copyTo", idempotent=False, returns="any", api=1
)
_DISK_FOLDER_DELETE_TREE = MethodInfo(
    name="disk.folder.deleteTree", idempotent=False, returns="boolean", api=1
)
_DISK_FOLDER_GET = MethodInfo(
    name="disk.folder.get", idempotent=True, returns="any", api=1
)
_DISK_FOLDER_GET_CHILDREN = MethodInfo(
    name="disk.folder.getChildren", idempotent=True, returns="any", api=1
)
_DISK_FOLDER_GET_EXTERNAL_LINK = MethodInfo(
    name="disk.folder.getExternalLink", idempotent=True, returns="string", api=1
)
_DISK_FOLDER_GET_FIELDS = MethodInfo(
    name="disk.folder.getFields", idempotent=True, returns="any", api=1
)
_DISK_FOLDER_MARK_DELETED = MethodInfo(
    name="disk.folder.markDeleted", idempotent=False, returns="any", api=1
)
_DISK_FOLDER_MOVE_TO = MethodInfo(
    name="disk.folder.moveTo", idempotent=False, returns="any", api=1
)
_DISK_FOLDER_RENAME = MethodInfo(
    name="disk.folder.rename", idempotent=False, returns="any", api=1
)
_DISK_FOLDER_RESTORE = MethodInfo(
    name="disk.folder.restore", idempotent=False, returns="any", api=1
)
_DISK_FOLDER_SHARE_TO_USER = MethodInfo(
    name="disk.folder.shareToUser", idempotent=False, returns="boolean", api=1
)
_DISK_FOLDER_UPLOAD_FILE = MethodInfo(
    name="disk.folder.uploadFile", idempotent=False, returns="any", api=1
)


class DiskFolder(Namespace):
    """Methods under ``disk.folder``."""

    __slots__ = ()

    def add_sub_folder(
        self, *, id: int, data: dict[str, Any]
    ) -> DiskFolderAddSubFolderResult:
        """Create a new folder inside an existing folder.

        REST method: ``disk.folder.addSubFolder``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-add-subfolder.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.
            data: Object with a single key NAME: the name of the new subfolder.

        Returns:
            DiskFolderAddSubFolderResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.folder.add_sub_folder(id=1, data={})
            result = await client.disk.folder.add_sub_folder(id=1, data={})  # AsyncBitrix24
        """
        return cast(
            "DiskFolderAddSubFolderResult",
            self._backend._invoke(
                _DISK_FOLDER_ADD_SUB_FOLDER, {"id": id, "data": data}
            ),
        )

    def copy_to(self, *, id: int, target_folder_id: int) -> DiskFolderCopyToResult:
        """Copy a folder with everything inside it into another folder.

        REST method: ``disk.folder.copyTo``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-copy-to.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.
            target_folder_id: ID of the folder that receives the copy. Wire name: ``targetFolderId``.

        Returns:
            DiskFolderCopyToResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.folder.copy_to(id=1, target_folder_id=1)
            result = await client.disk.folder.copy_to(id=1, target_folder_id=1)  # AsyncBitrix24
        """
        return cast(
            "DiskFolderCopyToResult",
            self._backend._invoke(
                _DISK_FOLDER_COPY_TO, {"id": id, "targetFolderId": target_folder_id}
            ),
        )

    def delete_tree(self, *, id: int) -> bool:
        """Erase a folder and all its contents permanently, bypassing the recycle bin.

        Nothing can be restored afterwards; use disk.folder.markDeleted to move the folder to the recycle bin instead. Returns true on success.

        REST method: ``disk.folder.deleteTree``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-delete-tree.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.folder.delete_tree(id=1)
            result = await client.disk.folder.delete_tree(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_DISK_FOLDER_DELETE_TREE, {"id": id}))

    def get(self, *, id: int) -> _DiskFolder:
        """Read the properties of a single Drive folder.

        REST method: ``disk.folder.get``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-get.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            DiskFolder

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.folder.get(id=1)
            result = await client.disk.folder.get(id=1)  # AsyncBitrix24
        """
        return cast("_DiskFolder", self._backend._invoke(_DISK_FOLDER_GET, {"id": id}))

    def get_children(
        self,
        *,
        id: int,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[DiskFolderGetChildrenResult]:
        """List the files and subfolders directly inside a folder.

        Pages hold 50 entries; pass start to get the next page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``disk.folder.getChildren``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-get-children.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.
            filter: Conditions on the object fields, as {"FIELD": value}; a field name can be prefixed with an operator such as ">=", "<", "!" or "%".
            order: Sort order as {"FIELD": "ASC"} or {"FIELD": "DESC"}.
            start: Offset of the first entry to return; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            Page[DiskFolderGetChildrenResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.disk.folder.get_children(id=1)
            result = await client.disk.folder.get_children(id=1)  # AsyncBitrix24
        """
        return cast(
            "Page[DiskFolderGetChildrenResult]",
            self._backend._invoke_page(
                _DISK_FOLDER_GET_CHILDREN,
                {"id": id, "filter": filter, "order": order, "start": start},
            ),
        )

    def get_external_link(self, *, id: int) -> str:
        """Create a public link that opens the folder for anyone without signing in.

        REST method: ``disk.folder.getExternalLink``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-get-external-link.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            str

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.folder.get_external_link(id=1)
            result = await client.disk.folder.get_external_link(id=1)  # AsyncBitrix24
        """
        return cast(
            str, self._backend._invoke(_DISK_FOLDER_GET_EXTERNAL_LINK, {"id": id})
        )

    def get_fields(self) -> DiskFolderGetFieldsResult:
        """List the properties a Drive folder has, with their data types and whether they can be filtered on.

        REST method: ``disk.folder.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-get-fields.html

        Returns:
            DiskFolderGetFieldsResult

        Example:
            result = client.disk.folder.get_fields()
            result = await client.disk.folder.get_fields()  # AsyncBitrix24
        """
        return cast(
            "DiskFolderGetFieldsResult",
            self._backend._invoke(_DISK_FOLDER_GET_FIELDS, {}),
        )

    def mark_deleted(self, *, id: int) -> DiskFolderMarkDeletedResult:
        """Move a folder with its contents to the recycle bin, where it can still be restored.

        REST method: ``disk.folder.markDeleted``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-mark-deleted.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            DiskFolderMarkDeletedResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.folder.mark_deleted(id=1)
            result = await client.disk.folder.mark_deleted(id=1)  # AsyncBitrix24
        """
        return cast(
            "DiskFolderMarkDeletedResult",
            self._backend._invoke(_DISK_FOLDER_MARK_DELETED, {"id": id}),
        )

    def move_to(self, *, id: int, target_folder_id: int) -> DiskFolderMoveToResult:
        """Move a folder with everything inside it into another folder.

        REST method: ``disk.folder.moveTo``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-move-to.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.
            target_folder_id: ID of the destination folder. Wire name: ``targetFolderId``.

        Returns:
            DiskFolderMoveToResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.folder.move_to(id=1, target_folder_id=1)
            result = await client.disk.folder.move_to(id=1, target_folder_id=1)  # AsyncBitrix24
        """
        return cast(
            "DiskFolderMoveToResult",
            self._backend._invoke(
                _DISK_FOLDER_MOVE_TO, {"id": id, "targetFolderId": target_folder_id}
            ),
        )

    def rename(self, *, id: int, new_name: str) -> DiskFolderRenameResult:
        """Give a folder a new name.

        REST method: ``disk.folder.rename``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-rename.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.
            new_name: New folder name. Wire name: ``newName``.

        Returns:
            DiskFolderRenameResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.folder.rename(id=1, new_name="example")
            result = await client.disk.folder.rename(id=1, new_name="example")  # AsyncBitrix24
        """
        return cast(
            "DiskFolderRenameResult",
            self._backend._invoke(_DISK_FOLDER_RENAME, {"id": id, "newName": new_name}),
        )

    def restore(self, *, id: int) -> DiskFolderRestoreResult:
        """Bring a folder back from the recycle bin to its former place.

        REST method: ``disk.folder.restore``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-restore.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            DiskFolderRestoreResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.folder.restore(id=1)
            result = await client.disk.folder.restore(id=1)  # AsyncBitrix24
        """
        return cast(
            "DiskFolderRestoreResult",
            self._backend._invoke(_DISK_FOLDER_RESTORE, {"id": id}),
        )

    def share_to_user(
        self,
        *,
        id: int,
        user_id: int,
        task_name: Literal[
            "disk_access_read",
            "disk_access_add",
            "disk_access_edit",
            "disk_access_full",
        ],
    ) -> bool:
        """Grant one user read, add, edit or full access to a folder.

        REST method: ``disk.folder.shareToUser``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-share-to-user.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.
            user_id: ID of the user who receives access. Wire name: ``userId``.
            task_name: Access level to grant: "disk_access_read", "disk_access_add", "disk_access_edit" or "disk_access_full". Wire name: ``taskName``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.folder.share_to_user(id=1, user_id=1, task_name="disk_access_read")
            result = await client.disk.folder.share_to_user(id=1, user_id=1, task_name="disk_access_read")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _DISK_FOLDER_SHARE_TO_USER,
                {"id": id, "userId": user_id, "taskName": task_name},
            ),
        )

    def upload_file(
        self,
        *,
        id: int,
        data: dict[str, Any] | NotGiven = NOT_GIVEN,
        file_content: Sequence[str] | NotGiven = NOT_GIVEN,
        rights: Sequence[dict[str, Any]] | NotGiven = NOT_GIVEN,
        generate_unique_name: bool | NotGiven = NOT_GIVEN,
    ) -> DiskFolderUploadFileResult:
        """Upload a new file into a folder, as Base64 content or through an upload URL.

        Without fileContent nothing is uploaded: the call returns an upload URL and the form field name to send the file to instead.

        REST method: ``disk.folder.uploadFile``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-upload-file.html

        Args:
            id: ID of the folder that receives the file.
            data: Object with the key NAME: the file name. Not needed when the file is sent to an upload URL.
            file_content: Two-item array: the file name and the file content encoded in Base64. Leave it out to get an upload URL instead. Wire name: ``fileContent``.
            rights: Access rights to set, as a list of objects like {"TASK_ID": 42, "ACCESS_CODE": "U35"}: TASK_ID is an access level from disk.rights.getTasks, ACCESS_CODE names a user ("U35"), a department ("D4"), a department with subdepartments ("DR4") or everyone ("*").
            generate_unique_name: If true and the name is taken, a free name such as "file (1).docx" is chosen; default false. Wire name: ``generateUniqueName``.

        Returns:
            DiskFolderUploadFileResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.folder.upload_file(id=1)
            result = await client.disk.folder.upload_file(id=1)  # AsyncBitrix24
        """
        return cast(
            "DiskFolderUploadFileResult",
            self._backend._invoke(
                _DISK_FOLDER_UPLOAD_FILE,
                {
                    "id": id,
                    "data": data,
                    "fileContent": file_content,
                    "rights": rights,
                    "generateUniqueName": generate_unique_name,
                },
            ),
        )


class AsyncDiskFolder(Namespace):
    """Methods under ``disk.folder`` (async)."""

    __slots__ = ()

    async def add_sub_folder(
        self, *, id: int, data: dict[str, Any]
    ) -> DiskFolderAddSubFolderResult:
        """Create a new folder inside an existing folder.

        REST method: ``disk.folder.addSubFolder``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-add-subfolder.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.
            data: Object with a single key NAME: the name of the new subfolder.

        Returns:
            DiskFolderAddSubFolderResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.folder.add_sub_folder(id=1, data={})
            result = await client.disk.folder.add_sub_folder(id=1, data={})  # AsyncBitrix24
        """
        return cast(
            "DiskFolderAddSubFolderResult",
            await self._backend._invoke(
                _DISK_FOLDER_ADD_SUB_FOLDER, {"id": id, "data": data}
            ),
        )

    async def copy_to(
        self, *, id: int, target_folder_id: int
    ) -> DiskFolderCopyToResult:
        """Copy a folder with everything inside it into another folder.

        REST method: ``disk.folder.copyTo``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-copy-to.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.
            target_folder_id: ID of the folder that receives the copy. Wire name: ``targetFolderId``.

        Returns:
            DiskFolderCopyToResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.folder.copy_to(id=1, target_folder_id=1)
            result = await client.disk.folder.copy_to(id=1, target_folder_id=1)  # AsyncBitrix24
        """
        return cast(
            "DiskFolderCopyToResult",
            await self._backend._invoke(
                _DISK_FOLDER_COPY_TO, {"id": id, "targetFolderId": target_folder_id}
            ),
        )

    async def delete_tree(self, *, id: int) -> bool:
        """Erase a folder and all its contents permanently, bypassing the recycle bin.

        Nothing can be restored afterwards; use disk.folder.markDeleted to move the folder to the recycle bin instead. Returns true on success.

        REST method: ``disk.folder.deleteTree``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-delete-tree.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.folder.delete_tree(id=1)
            result = await client.disk.folder.delete_tree(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_DISK_FOLDER_DELETE_TREE, {"id": id})
        )

    async def get(self, *, id: int) -> _DiskFolder:
        """Read the properties of a single Drive folder.

        REST method: ``disk.folder.get``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-get.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            DiskFolder

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.folder.get(id=1)
            result = await client.disk.folder.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_DiskFolder", await self._backend._invoke(_DISK_FOLDER_GET, {"id": id})
        )

    async def get_children(
        self,
        *,
        id: int,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[DiskFolderGetChildrenResult]:
        """List the files and subfolders directly inside a folder.

        Pages hold 50 entries; pass start to get the next page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``disk.folder.getChildren``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-get-children.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.
            filter: Conditions on the object fields, as {"FIELD": value}; a field name can be prefixed with an operator such as ">=", "<", "!" or "%".
            order: Sort order as {"FIELD": "ASC"} or {"FIELD": "DESC"}.
            start: Offset of the first entry to return; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            AsyncPage[DiskFolderGetChildrenResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.disk.folder.get_children(id=1)
            result = await client.disk.folder.get_children(id=1)  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[DiskFolderGetChildrenResult]",
            await self._backend._invoke_page(
                _DISK_FOLDER_GET_CHILDREN,
                {"id": id, "filter": filter, "order": order, "start": start},
            ),
        )

    async def get_external_link(self, *, id: int) -> str:
        """Create a public link that opens the folder for anyone without signing in.

        REST method: ``disk.folder.getExternalLink``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-get-external-link.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            str

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.folder.get_external_link(id=1)
            result = await client.disk.folder.get_external_link(id=1)  # AsyncBitrix24
        """
        return cast(
            str, await self._backend._invoke(_DISK_FOLDER_GET_EXTERNAL_LINK, {"id": id})
        )

    async def get_fields(self) -> DiskFolderGetFieldsResult:
        """List the properties a Drive folder has, with their data types and whether they can be filtered on.

        REST method: ``disk.folder.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-get-fields.html

        Returns:
            DiskFolderGetFieldsResult

        Example:
            result = client.disk.folder.get_fields()
            result = await client.disk.folder.get_fields()  # AsyncBitrix24
        """
        return cast(
            "DiskFolderGetFieldsResult",
            await self._backend._invoke(_DISK_FOLDER_GET_FIELDS, {}),
        )

    async def mark_deleted(self, *, id: int) -> DiskFolderMarkDeletedResult:
        """Move a folder with its contents to the recycle bin, where it can still be restored.

        REST method: ``disk.folder.markDeleted``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-mark-deleted.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            DiskFolderMarkDeletedResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.folder.mark_deleted(id=1)
            result = await client.disk.folder.mark_deleted(id=1)  # AsyncBitrix24
        """
        return cast(
            "DiskFolderMarkDeletedResult",
            await self._backend._invoke(_DISK_FOLDER_MARK_DELETED, {"id": id}),
        )

    async def move_to(
        self, *, id: int, target_folder_id: int
    ) -> DiskFolderMoveToResult:
        """Move a folder with everything inside it into another folder.

        REST method: ``disk.folder.moveTo``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-move-to.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.
            target_folder_id: ID of the destination folder. Wire name: ``targetFolderId``.

        Returns:
            DiskFolderMoveToResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.folder.move_to(id=1, target_folder_id=1)
            result = await client.disk.folder.move_to(id=1, target_folder_id=1)  # AsyncBitrix24
        """
        return cast(
            "DiskFolderMoveToResult",
            await self._backend._invoke(
                _DISK_FOLDER_MOVE_TO, {"id": id, "targetFolderId": target_folder_id}
            ),
        )

    async def rename(self, *, id: int, new_name: str) -> DiskFolderRenameResult:
        """Give a folder a new name.

        REST method: ``disk.folder.rename``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-rename.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.
            new_name: New folder name. Wire name: ``newName``.

        Returns:
            DiskFolderRenameResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.folder.rename(id=1, new_name="example")
            result = await client.disk.folder.rename(id=1, new_name="example")  # AsyncBitrix24
        """
        return cast(
            "DiskFolderRenameResult",
            await self._backend._invoke(
                _DISK_FOLDER_RENAME, {"id": id, "newName": new_name}
            ),
        )

    async def restore(self, *, id: int) -> DiskFolderRestoreResult:
        """Bring a folder back from the recycle bin to its former place.

        REST method: ``disk.folder.restore``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-restore.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            DiskFolderRestoreResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.folder.restore(id=1)
            result = await client.disk.folder.restore(id=1)  # AsyncBitrix24
        """
        return cast(
            "DiskFolderRestoreResult",
            await self._backend._invoke(_DISK_FOLDER_RESTORE, {"id": id}),
        )

    async def share_to_user(
        self,
        *,
        id: int,
        user_id: int,
        task_name: Literal[
            "disk_access_read",
            "disk_access_add",
            "disk_access_edit",
            "disk_access_full",
        ],
    ) -> bool:
        """Grant one user read, add, edit or full access to a folder.

        REST method: ``disk.folder.shareToUser``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-share-to-user.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.
            user_id: ID of the user who receives access. Wire name: ``userId``.
            task_name: Access level to grant: "disk_access_read", "disk_access_add", "disk_access_edit" or "disk_access_full". Wire name: ``taskName``.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.folder.share_to_user(id=1, user_id=1, task_name="disk_access_read")
            result = await client.disk.folder.share_to_user(id=1, user_id=1, task_name="disk_access_read")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _DISK_FOLDER_SHARE_TO_USER,
                {"id": id, "userId": user_id, "taskName": task_name},
            ),
        )

    async def upload_file(
        self,
        *,
        id: int,
        data: dict[str, Any] | NotGiven = NOT_GIVEN,
        file_content: Sequence[str] | NotGiven = NOT_GIVEN,
        rights: Sequence[dict[str, Any]] | NotGiven = NOT_GIVEN,
        generate_unique_name: bool | NotGiven = NOT_GIVEN,
    ) -> DiskFolderUploadFileResult:
        """Upload a new file into a folder, as Base64 content or through an upload URL.

        Without fileContent nothing is uploaded: the call returns an upload URL and the form field name to send the file to instead.

        REST method: ``disk.folder.uploadFile``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-upload-file.html

        Args:
            id: ID of the folder that receives the file.
            data: Object with the key NAME: the file name. Not needed when the file is sent to an upload URL.
            file_content: Two-item array: the file name and the file content encoded in Base64. Leave it out to get an upload URL instead. Wire name: ``fileContent``.
            rights: Access rights to set, as a list of objects like {"TASK_ID": 42, "ACCESS_CODE": "U35"}: TASK_ID is an access level from disk.rights.getTasks, ACCESS_CODE names a user ("U35"), a department ("D4"), a department with subdepartments ("DR4") or everyone ("*").
            generate_unique_name: If true and the name is taken, a free name such as "file (1).docx" is chosen; default false. Wire name: ``generateUniqueName``.

        Returns:
            DiskFolderUploadFileResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.folder.upload_file(id=1)
            result = await client.disk.folder.upload_file(id=1)  # AsyncBitrix24
        """
        return cast(
            "DiskFolderUploadFileResult",
            await self._backend._invoke(
                _DISK_FOLDER_UPLOAD_FILE,
                {
                    "id": id,
                    "data": data,
                    "fileContent": file_content,
                    "rights": rights,
                    "generateUniqueName": generate_unique_name,
                },
            ),
        )


class BatchDiskFolder(Namespace):
    """Methods under ``disk.folder`` (queued into a batch)."""

    __slots__ = ()

    def add_sub_folder(
        self, *, id: int | Ref, data: dict[str, Any] | Ref
    ) -> BatchCommand[DiskFolderAddSubFolderResult]:
        """Create a new folder inside an existing folder.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.folder.addSubFolder``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-add-subfolder.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.
            data: Object with a single key NAME: the name of the new subfolder.

        Returns:
            BatchCommand[DiskFolderAddSubFolderResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.folder.add_sub_folder(id=1, data={})
        """
        return cast(
            "BatchCommand[DiskFolderAddSubFolderResult]",
            self._backend._invoke(
                _DISK_FOLDER_ADD_SUB_FOLDER, {"id": id, "data": data}
            ),
        )

    def copy_to(
        self, *, id: int | Ref, target_folder_id: int | Ref
    ) -> BatchCommand[DiskFolderCopyToResult]:
        """Copy a folder with everything inside it into another folder.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.folder.copyTo``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-copy-to.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.
            target_folder_id: ID of the folder that receives the copy. Wire name: ``targetFolderId``.

        Returns:
            BatchCommand[DiskFolderCopyToResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.folder.copy_to(id=1, target_folder_id=1)
        """
        return cast(
            "BatchCommand[DiskFolderCopyToResult]",
            self._backend._invoke(
                _DISK_FOLDER_COPY_TO, {"id": id, "targetFolderId": target_folder_id}
            ),
        )

    def delete_tree(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Erase a folder and all its contents permanently, bypassing the recycle bin.

        Nothing can be restored afterwards; use disk.folder.markDeleted to move the folder to the recycle bin instead. Returns true on success.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.folder.deleteTree``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-delete-tree.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.folder.delete_tree(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_DISK_FOLDER_DELETE_TREE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[_DiskFolder]:
        """Read the properties of a single Drive folder.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.folder.get``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-get.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            BatchCommand[DiskFolder]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.folder.get(id=1)
        """
        return cast(
            "BatchCommand[_DiskFolder]",
            self._backend._invoke(_DISK_FOLDER_GET, {"id": id}),
        )

    def get_children(
        self,
        *,
        id: int | Ref,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[DiskFolderGetChildrenResult]]:
        """List the files and subfolders directly inside a folder.

        Pages hold 50 entries; pass start to get the next page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.folder.getChildren``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-get-children.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.
            filter: Conditions on the object fields, as {"FIELD": value}; a field name can be prefixed with an operator such as ">=", "<", "!" or "%".
            order: Sort order as {"FIELD": "ASC"} or {"FIELD": "DESC"}.
            start: Offset of the first entry to return; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            BatchCommand[list[DiskFolderGetChildrenResult]]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            command = batch.disk.folder.get_children(id=1)
        """
        return cast(
            "BatchCommand[list[DiskFolderGetChildrenResult]]",
            self._backend._invoke_page(
                _DISK_FOLDER_GET_CHILDREN,
                {"id": id, "filter": filter, "order": order, "start": start},
            ),
        )

    def get_external_link(self, *, id: int | Ref) -> BatchCommand[str]:
        """Create a public link that opens the folder for anyone without signing in.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.folder.getExternalLink``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-get-external-link.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            BatchCommand[str]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.folder.get_external_link(id=1)
        """
        return cast(
            "BatchCommand[str]",
            self._backend._invoke(_DISK_FOLDER_GET_EXTERNAL_LINK, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[DiskFolderGetFieldsResult]:
        """List the properties a Drive folder has, with their data types and whether they can be filtered on.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.folder.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-get-fields.html

        Returns:
            BatchCommand[DiskFolderGetFieldsResult]

        Example:
            command = batch.disk.folder.get_fields()
        """
        return cast(
            "BatchCommand[DiskFolderGetFieldsResult]",
            self._backend._invoke(_DISK_FOLDER_GET_FIELDS, {}),
        )

    def mark_deleted(
        self, *, id: int | Ref
    ) -> BatchCommand[DiskFolderMarkDeletedResult]:
        """Move a folder with its contents to the recycle bin, where it can still be restored.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.folder.markDeleted``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-mark-deleted.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            BatchCommand[DiskFolderMarkDeletedResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.folder.mark_deleted(id=1)
        """
        return cast(
            "BatchCommand[DiskFolderMarkDeletedResult]",
            self._backend._invoke(_DISK_FOLDER_MARK_DELETED, {"id": id}),
        )

    def move_to(
        self, *, id: int | Ref, target_folder_id: int | Ref
    ) -> BatchCommand[DiskFolderMoveToResult]:
        """Move a folder with everything inside it into another folder.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.folder.moveTo``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-move-to.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.
            target_folder_id: ID of the destination folder. Wire name: ``targetFolderId``.

        Returns:
            BatchCommand[DiskFolderMoveToResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.folder.move_to(id=1, target_folder_id=1)
        """
        return cast(
            "BatchCommand[DiskFolderMoveToResult]",
            self._backend._invoke(
                _DISK_FOLDER_MOVE_TO, {"id": id, "targetFolderId": target_folder_id}
            ),
        )

    def rename(
        self, *, id: int | Ref, new_name: str | Ref
    ) -> BatchCommand[DiskFolderRenameResult]:
        """Give a folder a new name.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.folder.rename``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-rename.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.
            new_name: New folder name. Wire name: ``newName``.

        Returns:
            BatchCommand[DiskFolderRenameResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.folder.rename(id=1, new_name="example")
        """
        return cast(
            "BatchCommand[DiskFolderRenameResult]",
            self._backend._invoke(_DISK_FOLDER_RENAME, {"id": id, "newName": new_name}),
        )

    def restore(self, *, id: int | Ref) -> BatchCommand[DiskFolderRestoreResult]:
        """Bring a folder back from the recycle bin to its former place.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.folder.restore``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-restore.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.

        Returns:
            BatchCommand[DiskFolderRestoreResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.folder.restore(id=1)
        """
        return cast(
            "BatchCommand[DiskFolderRestoreResult]",
            self._backend._invoke(_DISK_FOLDER_RESTORE, {"id": id}),
        )

    def share_to_user(
        self,
        *,
        id: int | Ref,
        user_id: int | Ref,
        task_name: (
            Literal[
                "disk_access_read",
                "disk_access_add",
                "disk_access_edit",
                "disk_access_full",
            ]
            | Ref
        ),
    ) -> BatchCommand[bool]:
        """Grant one user read, add, edit or full access to a folder.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.folder.shareToUser``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-share-to-user.html

        Args:
            id: ID of the folder, from disk.storage.getChildren or disk.folder.getChildren.
            user_id: ID of the user who receives access. Wire name: ``userId``.
            task_name: Access level to grant: "disk_access_read", "disk_access_add", "disk_access_edit" or "disk_access_full". Wire name: ``taskName``.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.folder.share_to_user(id=1, user_id=1, task_name="disk_access_read")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _DISK_FOLDER_SHARE_TO_USER,
                {"id": id, "userId": user_id, "taskName": task_name},
            ),
        )

    def upload_file(
        self,
        *,
        id: int | Ref,
        data: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        file_content: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        rights: Sequence[dict[str, Any]] | Ref | NotGiven = NOT_GIVEN,
        generate_unique_name: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[DiskFolderUploadFileResult]:
        """Upload a new file into a folder, as Base64 content or through an upload URL.

        Without fileContent nothing is uploaded: the call returns an upload URL and the form field name to send the file to instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.folder.uploadFile``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-upload-file.html

        Args:
            id: ID of the folder that receives the file.
            data: Object with the key NAME: the file name. Not needed when the file is sent to an upload URL.
            file_content: Two-item array: the file name and the file content encoded in Base64. Leave it out to get an upload URL instead. Wire name: ``fileContent``.
            rights: Access rights to set, as a list of objects like {"TASK_ID": 42, "ACCESS_CODE": "U35"}: TASK_ID is an access level from disk.rights.getTasks, ACCESS_CODE names a user ("U35"), a department ("D4"), a department with subdepartments ("DR4") or everyone ("*").
            generate_unique_name: If true and the name is taken, a free name such as "file (1).docx" is chosen; default false. Wire name: ``generateUniqueName``.

        Returns:
            BatchCommand[DiskFolderUploadFileResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.folder.upload_file(id=1)
        """
        return cast(
            "BatchCommand[DiskFolderUploadFileResult]",
            self._backend._invoke(
                _DISK_FOLDER_UPLOAD_FILE,
                {
                    "id": id,
                    "data": data,
                    "fileContent": file_content,
                    "rights": rights,
                    "generateUniqueName": generate_unique_name,
                },
            ),
        )
