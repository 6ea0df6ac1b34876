"""Methods under ``disk.storage``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.disk import (
        DiskStorage as _DiskStorage,
        DiskStorageAddFolderResult,
        DiskStorageGetChildrenResult,
        DiskStorageGetFieldsResult,
        DiskStorageGetForAppResult,
        DiskStorageRenameResult,
        DiskStorageUploadFileResult,
    )

_DISK_STORAGE_ADD_FOLDER = MethodInfo(
    name="disk.storage.addFolder", idempotent=False, returns="any", api=1
)
_DISK_STORAGE_GET = MethodInfo(
    name="disk.storage.get", idempotent=True, returns="any", api=1
)
_DISK_STORAGE_GET_CHILDREN = MethodInfo(
    name="disk.storage.getChildren", idempotent=True, returns="any", api=1
)
_DISK_STORAGE_GET_FIELDS = MethodInfo(
    name="disk.storage.getFields", idempotent=True, returns="any", api=1
)
_DISK_STORAGE_GET_FOR_APP = MethodInfo(
    name="disk.storage.getForApp", idempotent=True, returns="any", api=1
)
_DISK_STORAGE_GET_LIST = MethodInfo(
    name="disk.storage.getList", idempotent=True, returns="any", api=1
)
_DISK_STORAGE_GET_TYPES = MethodInfo(
    name="disk.storage.getTypes", idempotent=True, returns="any", api=1
)
_DISK_STORAGE_RENAME = MethodInfo(
    name="disk.storage.rename", idempotent=False, returns="any", api=1
)
_DISK_STORAGE_UPLOAD_FILE = MethodInfo(
    name="disk.storage.uploadFile", idempotent=False, returns="any", api=1
)


class DiskStorage(Namespace):
    """Methods under ``disk.storage``."""

    __slots__ = ()

    def add_folder(
        self,
        *,
        id: int,
        data: dict[str, Any],
        rights: Sequence[dict[str, Any]] | NotGiven = NOT_GIVEN,
    ) -> DiskStorageAddFolderResult:
        """Create a new folder at the top level of a storage.

        REST method: ``disk.storage.addFolder``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-add-folder.html

        Args:
            id: ID of the storage, from disk.storage.getList.
            data: Object with a single key NAME: the name of the new folder.
            rights: Access rights to set, as a list of objects like {"TASK_ID": 42, "ACCESS_CODE": "U35"}: TASK_ID is an access level from disk.rights.getTasks, ACCESS_CODE names a user ("U35"), a department ("D4"), a department with subdepartments ("DR4") or everyone ("*").

        Returns:
            DiskStorageAddFolderResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.storage.add_folder(id=1, data={})
            result = await client.disk.storage.add_folder(id=1, data={})  # AsyncBitrix24
        """
        return cast(
            "DiskStorageAddFolderResult",
            self._backend._invoke(
                _DISK_STORAGE_ADD_FOLDER, {"id": id, "data": data, "rights": rights}
            ),
        )

    def get(self, *, id: int) -> _DiskStorage:
        """Read the description of a single storage (a user drive, group drive or shared documents).

        REST method: ``disk.storage.get``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-get.html

        Args:
            id: ID of the storage, from disk.storage.getList.

        Returns:
            DiskStorage

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.storage.get(id=1)
            result = await client.disk.storage.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_DiskStorage", self._backend._invoke(_DISK_STORAGE_GET, {"id": id})
        )

    def get_children(
        self,
        *,
        id: int,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[DiskStorageGetChildrenResult]:
        """List the files and folders at the top level of a storage.

        Pages hold 50 entries; pass start to get the next page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``disk.storage.getChildren``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-get-children.html

        Args:
            id: ID of the storage, from disk.storage.getList.
            filter: Conditions on the object fields, as {"FIELD": value}; a field name can be prefixed with an operator such as ">=", "<", "!" or "%".
            order: Sort order as {"FIELD": "ASC"} or {"FIELD": "DESC"}.
            start: Offset of the first entry to return; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            Page[DiskStorageGetChildrenResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.disk.storage.get_children(id=1)
            result = await client.disk.storage.get_children(id=1)  # AsyncBitrix24
        """
        return cast(
            "Page[DiskStorageGetChildrenResult]",
            self._backend._invoke_page(
                _DISK_STORAGE_GET_CHILDREN,
                {"id": id, "filter": filter, "order": order, "start": start},
            ),
        )

    def get_fields(self) -> DiskStorageGetFieldsResult:
        """List the properties a storage has, with their data types and whether they can be filtered on.

        REST method: ``disk.storage.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-get-fields.html

        Returns:
            DiskStorageGetFieldsResult

        Example:
            result = client.disk.storage.get_fields()
            result = await client.disk.storage.get_fields()  # AsyncBitrix24
        """
        return cast(
            "DiskStorageGetFieldsResult",
            self._backend._invoke(_DISK_STORAGE_GET_FIELDS, {}),
        )

    def get_for_app(self) -> DiskStorageGetForAppResult:
        """Get the private storage that belongs to the calling application.

        Only an administrator can call it.

        REST method: ``disk.storage.getForApp``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-get-for-app.html

        Returns:
            DiskStorageGetForAppResult

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.storage.get_for_app()
            result = await client.disk.storage.get_for_app()  # AsyncBitrix24
        """
        return cast(
            "DiskStorageGetForAppResult",
            self._backend._invoke(_DISK_STORAGE_GET_FOR_APP, {}),
        )

    def get_list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_DiskStorage]:
        """List the storages the current user can access.

        Pages hold 50 entries; pass start to get the next page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``disk.storage.getList``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-get-list.html

        Args:
            filter: Conditions on the object fields, as {"FIELD": value}; a field name can be prefixed with an operator such as ">=", "<", "!" or "%".
            order: Sort order as {"FIELD": "ASC"} or {"FIELD": "DESC"}.
            start: Offset of the first entry to return; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            Page[DiskStorage]

        Example:
            result = client.disk.storage.get_list()
            result = await client.disk.storage.get_list()  # AsyncBitrix24
        """
        return cast(
            "Page[_DiskStorage]",
            self._backend._invoke_page(
                _DISK_STORAGE_GET_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    def get_types(self) -> list[str]:
        """List the kinds of storage owners: user, shared documents and group.

        REST method: ``disk.storage.getTypes``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-get-types.html

        Returns:
            list[str]

        Example:
            result = client.disk.storage.get_types()
            result = await client.disk.storage.get_types()  # AsyncBitrix24
        """
        return cast("list[str]", self._backend._invoke(_DISK_STORAGE_GET_TYPES, {}))

    def rename(self, *, id: int, new_name: str) -> DiskStorageRenameResult:
        """Give the application storage a new name.

        Only the storage of the calling application can be renamed, and only by an administrator.

        REST method: ``disk.storage.rename``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-rename.html

        Args:
            id: ID of the application storage, from disk.storage.getForApp.
            new_name: New storage name. Wire name: ``newName``.

        Returns:
            DiskStorageRenameResult

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.storage.rename(id=1, new_name="example")
            result = await client.disk.storage.rename(id=1, new_name="example")  # AsyncBitrix24
        """
        return cast(
            "DiskStorageRenameResult",
            self._backend._invoke(
                _DISK_STORAGE_RENAME, {"id": id, "newName": new_name}
            ),
        )

    def upload_file(
        self,
        *,
        id: int,
        data: dict[str, Any],
        file_content: Sequence[str],
        rights: Sequence[dict[str, Any]] | NotGiven = NOT_GIVEN,
        generate_unique_name: bool | NotGiven = NOT_GIVEN,
    ) -> DiskStorageUploadFileResult:
        """Upload a new file to the top level of a storage.

        Without fileContent nothing is uploaded: the call returns an upload URL and the form field name to send the file to instead.

        REST method: ``disk.storage.uploadFile``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-upload-file.html

        Args:
            id: ID of the storage that receives the file, from disk.storage.getList.
            data: Object with the key NAME: the file name. Not needed when the file is sent to an upload URL.
            file_content: Two-item array: the file name and the file content encoded in Base64. Leave it out to get an upload URL instead. Wire name: ``fileContent``.
            rights: Access rights to set, as a list of objects like {"TASK_ID": 42, "ACCESS_CODE": "U35"}: TASK_ID is an access level from disk.rights.getTasks, ACCESS_CODE names a user ("U35"), a department ("D4"), a department with subdepartments ("DR4") or everyone ("*").
            generate_unique_name: If true and the name is taken, a free name such as "file (1).docx" is chosen; default false. Wire name: ``generateUniqueName``.

        Returns:
            DiskStorageUploadFileResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.storage.upload_file(id=1, data={}, file_content=["example"])
            result = await client.disk.storage.upload_file(id=1, data={}, file_content=["example"])  # AsyncBitrix24
        """
        return cast(
            "DiskStorageUploadFileResult",
            self._backend._invoke(
                _DISK_STORAGE_UPLOAD_FILE,
                {
                    "id": id,
                    "data": data,
                    "fileContent": file_content,
                    "rights": rights,
                    "generateUniqueName": generate_unique_name,
                },
            ),
        )


class AsyncDiskStorage(Namespace):
    """Methods under ``disk.storage`` (async)."""

    __slots__ = ()

    async def add_folder(
        self,
        *,
        id: int,
        data: dict[str, Any],
        rights: Sequence[dict[str, Any]] | NotGiven = NOT_GIVEN,
    ) -> DiskStorageAddFolderResult:
        """Create a new folder at the top level of a storage.

        REST method: ``disk.storage.addFolder``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-add-folder.html

        Args:
            id: ID of the storage, from disk.storage.getList.
            data: Object with a single key NAME: the name of the new folder.
            rights: Access rights to set, as a list of objects like {"TASK_ID": 42, "ACCESS_CODE": "U35"}: TASK_ID is an access level from disk.rights.getTasks, ACCESS_CODE names a user ("U35"), a department ("D4"), a department with subdepartments ("DR4") or everyone ("*").

        Returns:
            DiskStorageAddFolderResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.storage.add_folder(id=1, data={})
            result = await client.disk.storage.add_folder(id=1, data={})  # AsyncBitrix24
        """
        return cast(
            "DiskStorageAddFolderResult",
            await self._backend._invoke(
                _DISK_STORAGE_ADD_FOLDER, {"id": id, "data": data, "rights": rights}
            ),
        )

    async def get(self, *, id: int) -> _DiskStorage:
        """Read the description of a single storage (a user drive, group drive or shared documents).

        REST method: ``disk.storage.get``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-get.html

        Args:
            id: ID of the storage, from disk.storage.getList.

        Returns:
            DiskStorage

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.storage.get(id=1)
            result = await client.disk.storage.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_DiskStorage", await self._backend._invoke(_DISK_STORAGE_GET, {"id": id})
        )

    async def get_children(
        self,
        *,
        id: int,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[DiskStorageGetChildrenResult]:
        """List the files and folders at the top level of a storage.

        Pages hold 50 entries; pass start to get the next page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``disk.storage.getChildren``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-get-children.html

        Args:
            id: ID of the storage, from disk.storage.getList.
            filter: Conditions on the object fields, as {"FIELD": value}; a field name can be prefixed with an operator such as ">=", "<", "!" or "%".
            order: Sort order as {"FIELD": "ASC"} or {"FIELD": "DESC"}.
            start: Offset of the first entry to return; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            AsyncPage[DiskStorageGetChildrenResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            result = client.disk.storage.get_children(id=1)
            result = await client.disk.storage.get_children(id=1)  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[DiskStorageGetChildrenResult]",
            await self._backend._invoke_page(
                _DISK_STORAGE_GET_CHILDREN,
                {"id": id, "filter": filter, "order": order, "start": start},
            ),
        )

    async def get_fields(self) -> DiskStorageGetFieldsResult:
        """List the properties a storage has, with their data types and whether they can be filtered on.

        REST method: ``disk.storage.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-get-fields.html

        Returns:
            DiskStorageGetFieldsResult

        Example:
            result = client.disk.storage.get_fields()
            result = await client.disk.storage.get_fields()  # AsyncBitrix24
        """
        return cast(
            "DiskStorageGetFieldsResult",
            await self._backend._invoke(_DISK_STORAGE_GET_FIELDS, {}),
        )

    async def get_for_app(self) -> DiskStorageGetForAppResult:
        """Get the private storage that belongs to the calling application.

        Only an administrator can call it.

        REST method: ``disk.storage.getForApp``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-get-for-app.html

        Returns:
            DiskStorageGetForAppResult

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.storage.get_for_app()
            result = await client.disk.storage.get_for_app()  # AsyncBitrix24
        """
        return cast(
            "DiskStorageGetForAppResult",
            await self._backend._invoke(_DISK_STORAGE_GET_FOR_APP, {}),
        )

    async def get_list(
        self,
        *,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_DiskStorage]:
        """List the storages the current user can access.

        Pages hold 50 entries; pass start to get the next page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``disk.storage.getList``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-get-list.html

        Args:
            filter: Conditions on the object fields, as {"FIELD": value}; a field name can be prefixed with an operator such as ">=", "<", "!" or "%".
            order: Sort order as {"FIELD": "ASC"} or {"FIELD": "DESC"}.
            start: Offset of the first entry to return; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            AsyncPage[DiskStorage]

        Example:
            result = client.disk.storage.get_list()
            result = await client.disk.storage.get_list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_DiskStorage]",
            await self._backend._invoke_page(
                _DISK_STORAGE_GET_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    async def get_types(self) -> list[str]:
        """List the kinds of storage owners: user, shared documents and group.

        REST method: ``disk.storage.getTypes``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-get-types.html

        Returns:
            list[str]

        Example:
            result = client.disk.storage.get_types()
            result = await client.disk.storage.get_types()  # AsyncBitrix24
        """
        return cast(
            "list[str]", await self._backend._invoke(_DISK_STORAGE_GET_TYPES, {})
        )

    async def rename(self, *, id: int, new_name: str) -> DiskStorageRenameResult:
        """Give the application storage a new name.

        Only the storage of the calling application can be renamed, and only by an administrator.

        REST method: ``disk.storage.rename``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-rename.html

        Args:
            id: ID of the application storage, from disk.storage.getForApp.
            new_name: New storage name. Wire name: ``newName``.

        Returns:
            DiskStorageRenameResult

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.storage.rename(id=1, new_name="example")
            result = await client.disk.storage.rename(id=1, new_name="example")  # AsyncBitrix24
        """
        return cast(
            "DiskStorageRenameResult",
            await self._backend._invoke(
                _DISK_STORAGE_RENAME, {"id": id, "newName": new_name}
            ),
        )

    async def upload_file(
        self,
        *,
        id: int,
        data: dict[str, Any],
        file_content: Sequence[str],
        rights: Sequence[dict[str, Any]] | NotGiven = NOT_GIVEN,
        generate_unique_name: bool | NotGiven = NOT_GIVEN,
    ) -> DiskStorageUploadFileResult:
        """Upload a new file to the top level of a storage.

        Without fileContent nothing is uploaded: the call returns an upload URL and the form field name to send the file to instead.

        REST method: ``disk.storage.uploadFile``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-upload-file.html

        Args:
            id: ID of the storage that receives the file, from disk.storage.getList.
            data: Object with the key NAME: the file name. Not needed when the file is sent to an upload URL.
            file_content: Two-item array: the file name and the file content encoded in Base64. Leave it out to get an upload URL instead. Wire name: ``fileContent``.
            rights: Access rights to set, as a list of objects like {"TASK_ID": 42, "ACCESS_CODE": "U35"}: TASK_ID is an access level from disk.rights.getTasks, ACCESS_CODE names a user ("U35"), a department ("D4"), a department with subdepartments ("DR4") or everyone ("*").
            generate_unique_name: If true and the name is taken, a free name such as "file (1).docx" is chosen; default false. Wire name: ``generateUniqueName``.

        Returns:
            DiskStorageUploadFileResult

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.disk.storage.upload_file(id=1, data={}, file_content=["example"])
            result = await client.disk.storage.upload_file(id=1, data={}, file_content=["example"])  # AsyncBitrix24
        """
        return cast(
            "DiskStorageUploadFileResult",
            await self._backend._invoke(
                _DISK_STORAGE_UPLOAD_FILE,
                {
                    "id": id,
                    "data": data,
                    "fileContent": file_content,
                    "rights": rights,
                    "generateUniqueName": generate_unique_name,
                },
            ),
        )


class BatchDiskStorage(Namespace):
    """Methods under ``disk.storage`` (queued into a batch)."""

    __slots__ = ()

    def add_folder(
        self,
        *,
        id: int | Ref,
        data: dict[str, Any] | Ref,
        rights: Sequence[dict[str, Any]] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[DiskStorageAddFolderResult]:
        """Create a new folder at the top level of a storage.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.storage.addFolder``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-add-folder.html

        Args:
            id: ID of the storage, from disk.storage.getList.
            data: Object with a single key NAME: the name of the new folder.
            rights: Access rights to set, as a list of objects like {"TASK_ID": 42, "ACCESS_CODE": "U35"}: TASK_ID is an access level from disk.rights.getTasks, ACCESS_CODE names a user ("U35"), a department ("D4"), a department with subdepartments ("DR4") or everyone ("*").

        Returns:
            BatchCommand[DiskStorageAddFolderResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.storage.add_folder(id=1, data={})
        """
        return cast(
            "BatchCommand[DiskStorageAddFolderResult]",
            self._backend._invoke(
                _DISK_STORAGE_ADD_FOLDER, {"id": id, "data": data, "rights": rights}
            ),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[_DiskStorage]:
        """Read the description of a single storage (a user drive, group drive or shared documents).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.storage.get``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-get.html

        Args:
            id: ID of the storage, from disk.storage.getList.

        Returns:
            BatchCommand[DiskStorage]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.storage.get(id=1)
        """
        return cast(
            "BatchCommand[_DiskStorage]",
            self._backend._invoke(_DISK_STORAGE_GET, {"id": id}),
        )

    def get_children(
        self,
        *,
        id: int | Ref,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[DiskStorageGetChildrenResult]]:
        """List the files and folders at the top level of a storage.

        Pages hold 50 entries; pass start to get the next page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.storage.getChildren``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-get-children.html

        Args:
            id: ID of the storage, from disk.storage.getList.
            filter: Conditions on the object fields, as {"FIELD": value}; a field name can be prefixed with an operator such as ">=", "<", "!" or "%".
            order: Sort order as {"FIELD": "ASC"} or {"FIELD": "DESC"}.
            start: Offset of the first entry to return; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            BatchCommand[list[DiskStorageGetChildrenResult]]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.

        Example:
            command = batch.disk.storage.get_children(id=1)
        """
        return cast(
            "BatchCommand[list[DiskStorageGetChildrenResult]]",
            self._backend._invoke_page(
                _DISK_STORAGE_GET_CHILDREN,
                {"id": id, "filter": filter, "order": order, "start": start},
            ),
        )

    def get_fields(self) -> BatchCommand[DiskStorageGetFieldsResult]:
        """List the properties a storage has, with their data types and whether they can be filtered on.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.storage.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-get-fields.html

        Returns:
            BatchCommand[DiskStorageGetFieldsResult]

        Example:
            command = batch.disk.storage.get_fields()
        """
        return cast(
            "BatchCommand[DiskStorageGetFieldsResult]",
            self._backend._invoke(_DISK_STORAGE_GET_FIELDS, {}),
        )

    def get_for_app(self) -> BatchCommand[DiskStorageGetForAppResult]:
        """Get the private storage that belongs to the calling application.

        Only an administrator can call it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.storage.getForApp``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-get-for-app.html

        Returns:
            BatchCommand[DiskStorageGetForAppResult]

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.storage.get_for_app()
        """
        return cast(
            "BatchCommand[DiskStorageGetForAppResult]",
            self._backend._invoke(_DISK_STORAGE_GET_FOR_APP, {}),
        )

    def get_list(
        self,
        *,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_DiskStorage]]:
        """List the storages the current user can access.

        Pages hold 50 entries; pass start to get the next page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.storage.getList``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-get-list.html

        Args:
            filter: Conditions on the object fields, as {"FIELD": value}; a field name can be prefixed with an operator such as ">=", "<", "!" or "%".
            order: Sort order as {"FIELD": "ASC"} or {"FIELD": "DESC"}.
            start: Offset of the first entry to return; pages hold 50 entries, so pass 0, 50, 100 and so on.

        Returns:
            BatchCommand[list[DiskStorage]]

        Example:
            command = batch.disk.storage.get_list()
        """
        return cast(
            "BatchCommand[list[_DiskStorage]]",
            self._backend._invoke_page(
                _DISK_STORAGE_GET_LIST,
                {"filter": filter, "order": order, "start": start},
            ),
        )

    def get_types(self) -> BatchCommand[list[str]]:
        """List the kinds of storage owners: user, shared documents and group.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.storage.getTypes``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-get-types.html

        Returns:
            BatchCommand[list[str]]

        Example:
            command = batch.disk.storage.get_types()
        """
        return cast(
            "BatchCommand[list[str]]",
            self._backend._invoke(_DISK_STORAGE_GET_TYPES, {}),
        )

    def rename(
        self, *, id: int | Ref, new_name: str | Ref
    ) -> BatchCommand[DiskStorageRenameResult]:
        """Give the application storage a new name.

        Only the storage of the calling application can be renamed, and only by an administrator.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.storage.rename``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-rename.html

        Args:
            id: ID of the application storage, from disk.storage.getForApp.
            new_name: New storage name. Wire name: ``newName``.

        Returns:
            BatchCommand[DiskStorageRenameResult]

        Raises:
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.storage.rename(id=1, new_name="example")
        """
        return cast(
            "BatchCommand[DiskStorageRenameResult]",
            self._backend._invoke(
                _DISK_STORAGE_RENAME, {"id": id, "newName": new_name}
            ),
        )

    def upload_file(
        self,
        *,
        id: int | Ref,
        data: dict[str, Any] | Ref,
        file_content: Sequence[str] | Ref,
        rights: Sequence[dict[str, Any]] | Ref | NotGiven = NOT_GIVEN,
        generate_unique_name: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[DiskStorageUploadFileResult]:
        """Upload a new file to the top level of a storage.

        Without fileContent nothing is uploaded: the call returns an upload URL and the form field name to send the file to instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``disk.storage.uploadFile``
        Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-upload-file.html

        Args:
            id: ID of the storage that receives the file, from disk.storage.getList.
            data: Object with the key NAME: the file name. Not needed when the file is sent to an upload URL.
            file_content: Two-item array: the file name and the file content encoded in Base64. Leave it out to get an upload URL instead. Wire name: ``fileContent``.
            rights: Access rights to set, as a list of objects like {"TASK_ID": 42, "ACCESS_CODE": "U35"}: TASK_ID is an access level from disk.rights.getTasks, ACCESS_CODE names a user ("U35"), a department ("D4"), a department with subdepartments ("DR4") or everyone ("*").
            generate_unique_name: If true and the name is taken, a free name such as "file (1).docx" is chosen; default false. Wire name: ``generateUniqueName``.

        Returns:
            BatchCommand[DiskStorageUploadFileResult]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            NotFoundError: the portal answers ``ERROR_NOT_FOUND``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.disk.storage.upload_file(id=1, data={}, file_content=["example"])
        """
        return cast(
            "BatchCommand[DiskStorageUploadFileResult]",
            self._backend._invoke(
                _DISK_STORAGE_UPLOAD_FILE,
                {
                    "id": id,
                    "data": data,
                    "fileContent": file_content,
                    "rights": rights,
                    "generateUniqueName": generate_unique_name,
                },
            ),
        )
