"""TypedDicts of ``b24client.types.disk``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import TypedDict

__all__ = [
    "DiskAttachedObject",
    "DiskFile",
    "DiskFileCopyToResult",
    "DiskFileGetFieldsResult",
    "DiskFileGetFieldsResultCode",
    "DiskFileGetFieldsResultCreateTime",
    "DiskFileGetFieldsResultCreatedBy",
    "DiskFileGetFieldsResultDeleteTime",
    "DiskFileGetFieldsResultDeletedBy",
    "DiskFileGetFieldsResultDeletedType",
    "DiskFileGetFieldsResultFileId",
    "DiskFileGetFieldsResultGlobalContentVersion",
    "DiskFileGetFieldsResultId",
    "DiskFileGetFieldsResultName",
    "DiskFileGetFieldsResultParentId",
    "DiskFileGetFieldsResultSize",
    "DiskFileGetFieldsResultStorageId",
    "DiskFileGetFieldsResultType",
    "DiskFileGetFieldsResultUpdateTime",
    "DiskFileGetFieldsResultUpdatedBy",
    "DiskFileGetVersionsResult",
    "DiskFileMarkDeletedResult",
    "DiskFileMoveToResult",
    "DiskFileRenameResult",
    "DiskFileRestoreFromVersionResult",
    "DiskFileRestoreResult",
    "DiskFileSearchResult",
    "DiskFileUploadVersionResult",
    "DiskFolder",
    "DiskFolderAddSubFolderResult",
    "DiskFolderCopyToResult",
    "DiskFolderGetChildrenResult",
    "DiskFolderGetFieldsResult",
    "DiskFolderGetFieldsResultCode",
    "DiskFolderGetFieldsResultCreateTime",
    "DiskFolderGetFieldsResultCreatedBy",
    "DiskFolderGetFieldsResultDeleteTime",
    "DiskFolderGetFieldsResultDeletedBy",
    "DiskFolderGetFieldsResultDeletedType",
    "DiskFolderGetFieldsResultId",
    "DiskFolderGetFieldsResultName",
    "DiskFolderGetFieldsResultParentId",
    "DiskFolderGetFieldsResultRealObjectId",
    "DiskFolderGetFieldsResultStorageId",
    "DiskFolderGetFieldsResultType",
    "DiskFolderGetFieldsResultUpdateTime",
    "DiskFolderGetFieldsResultUpdatedBy",
    "DiskFolderMarkDeletedResult",
    "DiskFolderMoveToResult",
    "DiskFolderRenameResult",
    "DiskFolderRestoreResult",
    "DiskFolderUploadFileResult",
    "DiskRightsGetTasksResult",
    "DiskStorage",
    "DiskStorageAddFolderResult",
    "DiskStorageGetChildrenResult",
    "DiskStorageGetFieldsResult",
    "DiskStorageGetFieldsResultCode",
    "DiskStorageGetFieldsResultEntityId",
    "DiskStorageGetFieldsResultEntityType",
    "DiskStorageGetFieldsResultId",
    "DiskStorageGetFieldsResultModuleId",
    "DiskStorageGetFieldsResultName",
    "DiskStorageGetFieldsResultRootObjectId",
    "DiskStorageGetForAppResult",
    "DiskStorageRenameResult",
    "DiskStorageUploadFileResult",
    "DiskVersion",
]


class DiskAttachedObject(TypedDict, total=False):
    """A link between a Drive file and a record it is attached to.

    Docs: https://apidocs.bitrix24.com/api-reference/disk/attached-object/disk-attached-object-get.html
    """

    ID: str
    """ID of the attachment record."""
    OBJECT_ID: str
    """ID of the attached Drive file."""
    MODULE_ID: str
    """ID of the module that owns the record the file is attached to, such as "tasks" or "forum"."""
    ENTITY_TYPE: str
    """Class name of the record kind the file is attached to."""
    ENTITY_ID: str
    """ID of the record the file is attached to."""
    CREATE_TIME: str
    """Date and time the file was attached."""
    CREATED_BY: str
    """ID of the user who attached the file."""
    DOWNLOAD_URL: str
    """Link that downloads the file."""
    NAME: str
    """Name of the attached file."""
    SIZE: str
    """File size in bytes."""


class DiskFile(TypedDict, total=False):
    """A file stored on Drive.

    Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-get.html
    """

    ID: str
    """ID of the file."""
    NAME: str
    """Name of the file."""
    CODE: str | None
    """Symbolic code of the file, or null."""
    STORAGE_ID: str
    """ID of the storage that holds the file."""
    TYPE: str
    """Kind of object: "file" or "folder"."""
    PARENT_ID: str
    """ID of the folder that contains the file."""
    DELETED_TYPE: str
    """Deletion state of the file: 0 not deleted, 3 in the recycle bin, 4 deleted together with its parent folder."""
    GLOBAL_CONTENT_VERSION: str
    """Counter that grows with each new version of the file content."""
    FILE_ID: str
    """Internal ID of the stored file content."""
    SIZE: str
    """File size in bytes."""
    CREATE_TIME: str
    """Date and time the file was created."""
    UPDATE_TIME: str
    """Date and time the file was last changed."""
    DELETE_TIME: str | None
    """Date and time the file was moved to the recycle bin, or null."""
    CREATED_BY: str
    """ID of the user who created the file."""
    UPDATED_BY: str
    """ID of the user who made the last change."""
    DELETED_BY: str
    """ID of the user who deleted the file, or null."""
    DOWNLOAD_URL: str
    """Link that downloads the file."""
    DETAIL_URL: str
    """Link that opens the file in the Bitrix24 interface."""


class DiskFileCopyToResult(TypedDict, total=False):
    """Keys of the result of ``disk.file.copyTo``."""

    ID: int
    """ID of the file."""
    NAME: str
    """Name of the file."""
    CODE: str | None
    """Symbolic code of the file, or null."""
    STORAGE_ID: str
    """ID of the storage that holds the file."""
    TYPE: str
    """Kind of object: "file" or "folder"."""
    PARENT_ID: str
    """ID of the folder that contains the file."""
    DELETED_TYPE: int
    """Deletion state of the file: 0 not deleted, 3 in the recycle bin, 4 deleted together with its parent folder."""
    GLOBAL_CONTENT_VERSION: int
    """Counter that grows with each new version of the file content."""
    FILE_ID: int
    """Internal ID of the stored file content."""
    SIZE: str
    """File size in bytes."""
    CREATE_TIME: str
    """Date and time the file was created."""
    UPDATE_TIME: str
    """Date and time the file was last changed."""
    DELETE_TIME: str | None
    """Date and time the file was moved to the recycle bin, or null."""
    CREATED_BY: str
    """ID of the user who created the file."""
    UPDATED_BY: str
    """ID of the user who made the last change."""
    DELETED_BY: str | None
    """ID of the user who deleted the file, or null."""
    DOWNLOAD_URL: str
    """Link that downloads the file."""
    DETAIL_URL: str
    """Link that opens the file in the Bitrix24 interface."""


class DiskFileGetFieldsResultId(TypedDict, total=False):
    """Keys of ``result.ID`` in ``disk.file.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFileGetFieldsResultName(TypedDict, total=False):
    """Keys of ``result.NAME`` in ``disk.file.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFileGetFieldsResultType(TypedDict, total=False):
    """Keys of ``result.TYPE`` in ``disk.file.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFileGetFieldsResultCode(TypedDict, total=False):
    """Keys of ``result.CODE`` in ``disk.file.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFileGetFieldsResultStorageId(TypedDict, total=False):
    """Keys of ``result.STORAGE_ID`` in ``disk.file.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFileGetFieldsResultParentId(TypedDict, total=False):
    """Keys of ``result.PARENT_ID`` in ``disk.file.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFileGetFieldsResultCreateTime(TypedDict, total=False):
    """Keys of ``result.CREATE_TIME`` in ``disk.file.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFileGetFieldsResultUpdateTime(TypedDict, total=False):
    """Keys of ``result.UPDATE_TIME`` in ``disk.file.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFileGetFieldsResultDeleteTime(TypedDict, total=False):
    """Keys of ``result.DELETE_TIME`` in ``disk.file.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFileGetFieldsResultCreatedBy(TypedDict, total=False):
    """Keys of ``result.CREATED_BY`` in ``disk.file.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFileGetFieldsResultUpdatedBy(TypedDict, total=False):
    """Keys of ``result.UPDATED_BY`` in ``disk.file.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFileGetFieldsResultDeletedBy(TypedDict, total=False):
    """Keys of ``result.DELETED_BY`` in ``disk.file.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFileGetFieldsResultGlobalContentVersion(TypedDict, total=False):
    """Keys of ``result.GLOBAL_CONTENT_VERSION`` in ``disk.file.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFileGetFieldsResultFileId(TypedDict, total=False):
    """Keys of ``result.FILE_ID`` in ``disk.file.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFileGetFieldsResultSize(TypedDict, total=False):
    """Keys of ``result.SIZE`` in ``disk.file.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFileGetFieldsResultDeletedType(TypedDict, total=False):
    """Keys of ``result.DELETED_TYPE`` in ``disk.file.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFileGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``disk.file.getFields``."""

    ID: DiskFileGetFieldsResultId
    """Type and flags of the field ID (ID of the file or folder)."""
    NAME: DiskFileGetFieldsResultName
    """Type and flags of the field NAME (Name of the file or folder)."""
    TYPE: DiskFileGetFieldsResultType
    """Type and flags of the field TYPE (Kind of object: "file" or "folder")."""
    CODE: DiskFileGetFieldsResultCode
    """Type and flags of the field CODE (Symbolic code of the file or folder, or null)."""
    STORAGE_ID: DiskFileGetFieldsResultStorageId
    """Type and flags of the field STORAGE_ID (ID of the storage that holds the file or folder)."""
    PARENT_ID: DiskFileGetFieldsResultParentId
    """Type and flags of the field PARENT_ID (ID of the folder that contains the file or folder)."""
    CREATE_TIME: DiskFileGetFieldsResultCreateTime
    """Type and flags of the field CREATE_TIME (Date and time the file or folder was created)."""
    UPDATE_TIME: DiskFileGetFieldsResultUpdateTime
    """Type and flags of the field UPDATE_TIME (Date and time the file or folder was last changed)."""
    DELETE_TIME: DiskFileGetFieldsResultDeleteTime
    """Type and flags of the field DELETE_TIME (Date and time the file or folder was moved to the recycle bin, or null)."""
    CREATED_BY: DiskFileGetFieldsResultCreatedBy
    """Type and flags of the field CREATED_BY (ID of the user who created the file or folder)."""
    UPDATED_BY: DiskFileGetFieldsResultUpdatedBy
    """Type and flags of the field UPDATED_BY (ID of the user who made the last change)."""
    DELETED_BY: DiskFileGetFieldsResultDeletedBy
    """Type and flags of the field DELETED_BY (ID of the user who deleted the file or folder, or null)."""
    GLOBAL_CONTENT_VERSION: DiskFileGetFieldsResultGlobalContentVersion
    """Type and flags of the field GLOBAL_CONTENT_VERSION (Counter that grows with each new version of the file content)."""
    FILE_ID: DiskFileGetFieldsResultFileId
    """Type and flags of the field FILE_ID (Internal ID of the stored file content)."""
    SIZE: DiskFileGetFieldsResultSize
    """Type and flags of the field SIZE (File size in bytes)."""
    DELETED_TYPE: DiskFileGetFieldsResultDeletedType
    """Type and flags of the field DELETED_TYPE (Deletion state of the file or folder: 0 not deleted, 3 in the recycle bin, 4 deleted together with its parent folder)."""


class DiskFileGetVersionsResult(TypedDict, total=False):
    """Keys of the result of ``disk.file.getVersions``."""

    ID: str
    """ID of the revision."""
    OBJECT_ID: str
    """ID of the file the revision belongs to."""
    SIZE: str
    """Size of this revision in bytes."""
    NAME: str
    """File name at the time the revision was made."""
    GLOBAL_CONTENT_VERSION: str
    """Counter that grows with each new version of the file content."""
    CREATE_TIME: str
    """Date and time the revision was made."""
    CREATED_BY: str
    """ID of the user who made the revision."""
    DOWNLOAD_URL: str
    """Link that downloads this revision."""


class DiskFileMarkDeletedResult(TypedDict, total=False):
    """Keys of the result of ``disk.file.markDeleted``."""

    ID: str
    """ID of the file."""
    NAME: str
    """Name of the file."""
    CODE: str | None
    """Symbolic code of the file, or null."""
    STORAGE_ID: str
    """ID of the storage that holds the file."""
    TYPE: str
    """Kind of object: "file" or "folder"."""
    PARENT_ID: str
    """ID of the folder that contains the file."""
    DELETED_TYPE: str
    """Deletion state of the file: 0 not deleted, 3 in the recycle bin, 4 deleted together with its parent folder."""
    GLOBAL_CONTENT_VERSION: str
    """Counter that grows with each new version of the file content."""
    FILE_ID: str
    """Internal ID of the stored file content."""
    SIZE: str
    """File size in bytes."""
    CREATE_TIME: str
    """Date and time the file was created."""
    UPDATE_TIME: str
    """Date and time the file was last changed."""
    DELETE_TIME: str
    """Date and time the file was moved to the recycle bin, or null."""
    CREATED_BY: str
    """ID of the user who created the file."""
    UPDATED_BY: str
    """ID of the user who made the last change."""
    DELETED_BY: str
    """ID of the user who deleted the file, or null."""
    DOWNLOAD_URL: str
    """Link that downloads the file."""
    DETAIL_URL: str
    """Link that opens the file in the Bitrix24 interface."""


class DiskFileMoveToResult(TypedDict, total=False):
    """Keys of the result of ``disk.file.moveTo``."""

    ID: str
    """ID of the file."""
    NAME: str
    """Name of the file."""
    CODE: str | None
    """Symbolic code of the file, or null."""
    STORAGE_ID: str
    """ID of the storage that holds the file."""
    TYPE: str
    """Kind of object: "file" or "folder"."""
    PARENT_ID: int
    """ID of the folder that contains the file."""
    DELETED_TYPE: str
    """Deletion state of the file: 0 not deleted, 3 in the recycle bin, 4 deleted together with its parent folder."""
    GLOBAL_CONTENT_VERSION: str
    """Counter that grows with each new version of the file content."""
    FILE_ID: str
    """Internal ID of the stored file content."""
    SIZE: str
    """File size in bytes."""
    CREATE_TIME: str
    """Date and time the file was created."""
    UPDATE_TIME: str
    """Date and time the file was last changed."""
    DELETE_TIME: str | None
    """Date and time the file was moved to the recycle bin, or null."""
    CREATED_BY: str
    """ID of the user who created the file."""
    UPDATED_BY: str
    """ID of the user who made the last change."""
    DELETED_BY: str
    """ID of the user who deleted the file, or null."""
    DOWNLOAD_URL: str
    """Link that downloads the file."""
    DETAIL_URL: str
    """Link that opens the file in the Bitrix24 interface."""


class DiskFileRenameResult(TypedDict, total=False):
    """Keys of the result of ``disk.file.rename``."""

    ID: str
    """ID of the file."""
    NAME: str
    """Name of the file."""
    CODE: str | None
    """Symbolic code of the file, or null."""
    STORAGE_ID: str
    """ID of the storage that holds the file."""
    TYPE: str
    """Kind of object: "file" or "folder"."""
    PARENT_ID: str
    """ID of the folder that contains the file."""
    DELETED_TYPE: str
    """Deletion state of the file: 0 not deleted, 3 in the recycle bin, 4 deleted together with its parent folder."""
    GLOBAL_CONTENT_VERSION: str
    """Counter that grows with each new version of the file content."""
    FILE_ID: str
    """Internal ID of the stored file content."""
    SIZE: str
    """File size in bytes."""
    CREATE_TIME: str
    """Date and time the file was created."""
    UPDATE_TIME: str
    """Date and time the file was last changed."""
    DELETE_TIME: str | None
    """Date and time the file was moved to the recycle bin, or null."""
    CREATED_BY: str
    """ID of the user who created the file."""
    UPDATED_BY: str
    """ID of the user who made the last change."""
    DELETED_BY: str
    """ID of the user who deleted the file, or null."""
    DOWNLOAD_URL: str
    """Link that downloads the file."""
    DETAIL_URL: str
    """Link that opens the file in the Bitrix24 interface."""


class DiskFileRestoreFromVersionResult(TypedDict, total=False):
    """Keys of the result of ``disk.file.restoreFromVersion``."""

    ID: str
    """ID of the file."""
    NAME: str
    """Name of the file."""
    CODE: str | None
    """Symbolic code of the file, or null."""
    STORAGE_ID: str
    """ID of the storage that holds the file."""
    TYPE: str
    """Kind of object: "file" or "folder"."""
    PARENT_ID: str
    """ID of the folder that contains the file."""
    DELETED_TYPE: str
    """Deletion state of the file: 0 not deleted, 3 in the recycle bin, 4 deleted together with its parent folder."""
    GLOBAL_CONTENT_VERSION: int
    """Counter that grows with each new version of the file content."""
    FILE_ID: str
    """Internal ID of the stored file content."""
    SIZE: str
    """File size in bytes."""
    CREATE_TIME: str
    """Date and time the file was created."""
    UPDATE_TIME: str
    """Date and time the file was last changed."""
    DELETE_TIME: str | None
    """Date and time the file was moved to the recycle bin, or null."""
    CREATED_BY: str
    """ID of the user who created the file."""
    UPDATED_BY: str
    """ID of the user who made the last change."""
    DELETED_BY: str
    """ID of the user who deleted the file, or null."""
    DOWNLOAD_URL: str
    """Link that downloads the file."""
    DETAIL_URL: str
    """Link that opens the file in the Bitrix24 interface."""


class DiskFileRestoreResult(TypedDict, total=False):
    """Keys of the result of ``disk.file.restore``."""

    ID: str
    """ID of the file."""
    NAME: str
    """Name of the file."""
    CODE: str | None
    """Symbolic code of the file, or null."""
    STORAGE_ID: str
    """ID of the storage that holds the file."""
    TYPE: str
    """Kind of object: "file" or "folder"."""
    PARENT_ID: str
    """ID of the folder that contains the file."""
    DELETED_TYPE: int
    """Deletion state of the file: 0 not deleted, 3 in the recycle bin, 4 deleted together with its parent folder."""
    GLOBAL_CONTENT_VERSION: str
    """Counter that grows with each new version of the file content."""
    FILE_ID: str
    """Internal ID of the stored file content."""
    SIZE: str
    """File size in bytes."""
    CREATE_TIME: str
    """Date and time the file was created."""
    UPDATE_TIME: str
    """Date and time the file was last changed."""
    DELETE_TIME: str
    """Date and time the file was moved to the recycle bin, or null."""
    CREATED_BY: str
    """ID of the user who created the file."""
    UPDATED_BY: str
    """ID of the user who made the last change."""
    DELETED_BY: str
    """ID of the user who deleted the file, or null."""
    DOWNLOAD_URL: str
    """Link that downloads the file."""
    DETAIL_URL: str
    """Link that opens the file in the Bitrix24 interface."""


class DiskFileSearchResult(TypedDict, total=False):
    """Keys of the result of ``disk.file.search``."""

    ID: str
    """ID of the file or folder."""
    NAME: str
    """Name of the file or folder."""
    CODE: str | None
    """Symbolic code of the file or folder, or null."""
    STORAGE_ID: str
    """ID of the storage that holds the file or folder."""
    TYPE: str
    """Kind of object: "file" or "folder"."""
    REAL_OBJECT_ID: str
    """ID of the folder this object points to; equals ID for an ordinary folder. Folders only."""
    PARENT_ID: str
    """ID of the folder that contains the file or folder."""
    DELETED_TYPE: str
    """Deletion state of the file or folder: 0 not deleted, 3 in the recycle bin, 4 deleted together with its parent folder."""
    GLOBAL_CONTENT_VERSION: str
    """Counter that grows with each new version of the file content."""
    FILE_ID: str
    """Internal ID of the stored file content."""
    SIZE: str
    """File size in bytes."""
    CREATE_TIME: str
    """Date and time the file or folder was created."""
    UPDATE_TIME: str
    """Date and time the file or folder was last changed."""
    DELETE_TIME: str | None
    """Date and time the file or folder was moved to the recycle bin, or null."""
    CREATED_BY: str
    """ID of the user who created the file or folder."""
    UPDATED_BY: str
    """ID of the user who made the last change."""
    DELETED_BY: str
    """ID of the user who deleted the file or folder, or null."""
    DOWNLOAD_URL: str
    """Link that downloads the file."""
    DETAIL_URL: str
    """Link that opens the file or folder in the Bitrix24 interface."""


class DiskFileUploadVersionResult(TypedDict, total=False):
    """Keys of the result of ``disk.file.uploadVersion``."""

    ID: str
    """ID of the file."""
    NAME: str
    """Name of the file."""
    CODE: str | None
    """Symbolic code of the file, or null."""
    STORAGE_ID: str
    """ID of the storage that holds the file."""
    TYPE: str
    """Kind of object: "file" or "folder"."""
    PARENT_ID: str
    """ID of the folder that contains the file."""
    DELETED_TYPE: str
    """Deletion state of the file: 0 not deleted, 3 in the recycle bin, 4 deleted together with its parent folder."""
    GLOBAL_CONTENT_VERSION: int
    """Counter that grows with each new version of the file content."""
    FILE_ID: str
    """Internal ID of the stored file content."""
    SIZE: str
    """File size in bytes."""
    CREATE_TIME: str
    """Date and time the file was created."""
    UPDATE_TIME: str
    """Date and time the file was last changed."""
    DELETE_TIME: str | None
    """Date and time the file was moved to the recycle bin, or null."""
    CREATED_BY: str
    """ID of the user who created the file."""
    UPDATED_BY: str
    """ID of the user who made the last change."""
    DELETED_BY: str
    """ID of the user who deleted the file, or null."""
    DOWNLOAD_URL: str
    """Link that downloads the file."""
    DETAIL_URL: str
    """Link that opens the file in the Bitrix24 interface."""


class DiskFolder(TypedDict, total=False):
    """A folder stored on Drive.

    Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-get.html
    """

    ID: str
    """ID of the folder."""
    NAME: str
    """Name of the folder."""
    CODE: str | None
    """Symbolic code of the folder, or null."""
    STORAGE_ID: str
    """ID of the storage that holds the folder."""
    TYPE: str
    """Kind of object: "file" or "folder"."""
    REAL_OBJECT_ID: str
    """ID of the folder this object points to; equals ID for an ordinary folder. Folders only."""
    PARENT_ID: str
    """ID of the folder that contains the folder."""
    DELETED_TYPE: str
    """Deletion state of the folder: 0 not deleted, 3 in the recycle bin, 4 deleted together with its parent folder."""
    CREATE_TIME: str
    """Date and time the folder was created."""
    UPDATE_TIME: str
    """Date and time the folder was last changed."""
    DELETE_TIME: str | None
    """Date and time the folder was moved to the recycle bin, or null."""
    CREATED_BY: str
    """ID of the user who created the folder."""
    UPDATED_BY: str
    """ID of the user who made the last change."""
    DELETED_BY: str
    """ID of the user who deleted the folder, or null."""
    DETAIL_URL: str
    """Link that opens the folder in the Bitrix24 interface."""


class DiskFolderAddSubFolderResult(TypedDict, total=False):
    """Keys of the result of ``disk.folder.addSubFolder``."""

    ID: int
    """ID of the folder."""
    NAME: str
    """Name of the folder."""
    CODE: str | None
    """Symbolic code of the folder, or null."""
    STORAGE_ID: str
    """ID of the storage that holds the folder."""
    TYPE: str
    """Kind of object: "file" or "folder"."""
    REAL_OBJECT_ID: int
    """ID of the folder this object points to; equals ID for an ordinary folder. Folders only."""
    PARENT_ID: str
    """ID of the folder that contains the folder."""
    DELETED_TYPE: int
    """Deletion state of the folder: 0 not deleted, 3 in the recycle bin, 4 deleted together with its parent folder."""
    CREATE_TIME: str
    """Date and time the folder was created."""
    UPDATE_TIME: str
    """Date and time the folder was last changed."""
    DELETE_TIME: str | None
    """Date and time the folder was moved to the recycle bin, or null."""
    CREATED_BY: str
    """ID of the user who created the folder."""
    UPDATED_BY: str
    """ID of the user who made the last change."""
    DELETED_BY: str | None
    """ID of the user who deleted the folder, or null."""
    DETAIL_URL: str
    """Link that opens the folder in the Bitrix24 interface."""


class DiskFolderCopyToResult(TypedDict, total=False):
    """Keys of the result of ``disk.folder.copyTo``."""

    ID: int
    """ID of the folder."""
    NAME: str
    """Name of the folder."""
    CODE: str | None
    """Symbolic code of the folder, or null."""
    STORAGE_ID: str
    """ID of the storage that holds the folder."""
    TYPE: str
    """Kind of object: "file" or "folder"."""
    REAL_OBJECT_ID: int
    """ID of the folder this object points to; equals ID for an ordinary folder. Folders only."""
    PARENT_ID: str
    """ID of the folder that contains the folder."""
    DELETED_TYPE: int
    """Deletion state of the folder: 0 not deleted, 3 in the recycle bin, 4 deleted together with its parent folder."""
    CREATE_TIME: str
    """Date and time the folder was created."""
    UPDATE_TIME: str
    """Date and time the folder was last changed."""
    DELETE_TIME: str | None
    """Date and time the folder was moved to the recycle bin, or null."""
    CREATED_BY: str
    """ID of the user who created the folder."""
    UPDATED_BY: str
    """ID of the user who made the last change."""
    DELETED_BY: str | None
    """ID of the user who deleted the folder, or null."""
    DETAIL_URL: str
    """Link that opens the folder in the Bitrix24 interface."""


class DiskFolderGetChildrenResult(TypedDict, total=False):
    """Keys of the result of ``disk.folder.getChildren``."""

    ID: str
    """ID of the file or folder."""
    NAME: str
    """Name of the file or folder."""
    CODE: str | None
    """Symbolic code of the file or folder, or null."""
    STORAGE_ID: str
    """ID of the storage that holds the file or folder."""
    TYPE: str
    """Kind of object: "file" or "folder"."""
    REAL_OBJECT_ID: str
    """ID of the folder this object points to; equals ID for an ordinary folder. Folders only."""
    PARENT_ID: str
    """ID of the folder that contains the file or folder."""
    DELETED_TYPE: str
    """Deletion state of the file or folder: 0 not deleted, 3 in the recycle bin, 4 deleted together with its parent folder."""
    GLOBAL_CONTENT_VERSION: str
    """Counter that grows with each new version of the file content."""
    FILE_ID: str
    """Internal ID of the stored file content."""
    SIZE: str
    """File size in bytes."""
    CREATE_TIME: str
    """Date and time the file or folder was created."""
    UPDATE_TIME: str
    """Date and time the file or folder was last changed."""
    DELETE_TIME: str | None
    """Date and time the file or folder was moved to the recycle bin, or null."""
    CREATED_BY: str
    """ID of the user who created the file or folder."""
    UPDATED_BY: str
    """ID of the user who made the last change."""
    DELETED_BY: str
    """ID of the user who deleted the file or folder, or null."""
    DOWNLOAD_URL: str
    """Link that downloads the file."""
    DETAIL_URL: str
    """Link that opens the file or folder in the Bitrix24 interface."""


class DiskFolderGetFieldsResultId(TypedDict, total=False):
    """Keys of ``result.ID`` in ``disk.folder.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFolderGetFieldsResultName(TypedDict, total=False):
    """Keys of ``result.NAME`` in ``disk.folder.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFolderGetFieldsResultType(TypedDict, total=False):
    """Keys of ``result.TYPE`` in ``disk.folder.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFolderGetFieldsResultCode(TypedDict, total=False):
    """Keys of ``result.CODE`` in ``disk.folder.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFolderGetFieldsResultStorageId(TypedDict, total=False):
    """Keys of ``result.STORAGE_ID`` in ``disk.folder.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFolderGetFieldsResultRealObjectId(TypedDict, total=False):
    """Keys of ``result.REAL_OBJECT_ID`` in ``disk.folder.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFolderGetFieldsResultParentId(TypedDict, total=False):
    """Keys of ``result.PARENT_ID`` in ``disk.folder.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFolderGetFieldsResultCreateTime(TypedDict, total=False):
    """Keys of ``result.CREATE_TIME`` in ``disk.folder.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFolderGetFieldsResultUpdateTime(TypedDict, total=False):
    """Keys of ``result.UPDATE_TIME`` in ``disk.folder.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFolderGetFieldsResultDeleteTime(TypedDict, total=False):
    """Keys of ``result.DELETE_TIME`` in ``disk.folder.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFolderGetFieldsResultCreatedBy(TypedDict, total=False):
    """Keys of ``result.CREATED_BY`` in ``disk.folder.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFolderGetFieldsResultUpdatedBy(TypedDict, total=False):
    """Keys of ``result.UPDATED_BY`` in ``disk.folder.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFolderGetFieldsResultDeletedBy(TypedDict, total=False):
    """Keys of ``result.DELETED_BY`` in ``disk.folder.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFolderGetFieldsResultDeletedType(TypedDict, total=False):
    """Keys of ``result.DELETED_TYPE`` in ``disk.folder.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskFolderGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``disk.folder.getFields``."""

    ID: DiskFolderGetFieldsResultId
    """Type and flags of the field ID (ID of the file or folder)."""
    NAME: DiskFolderGetFieldsResultName
    """Type and flags of the field NAME (Name of the file or folder)."""
    TYPE: DiskFolderGetFieldsResultType
    """Type and flags of the field TYPE (Kind of object: "file" or "folder")."""
    CODE: DiskFolderGetFieldsResultCode
    """Type and flags of the field CODE (Symbolic code of the file or folder, or null)."""
    STORAGE_ID: DiskFolderGetFieldsResultStorageId
    """Type and flags of the field STORAGE_ID (ID of the storage that holds the file or folder)."""
    REAL_OBJECT_ID: DiskFolderGetFieldsResultRealObjectId
    """Type and flags of the field REAL_OBJECT_ID (ID of the folder this object points to; equals ID for an ordinary folder. Folders only)."""
    PARENT_ID: DiskFolderGetFieldsResultParentId
    """Type and flags of the field PARENT_ID (ID of the folder that contains the file or folder)."""
    CREATE_TIME: DiskFolderGetFieldsResultCreateTime
    """Type and flags of the field CREATE_TIME (Date and time the file or folder was created)."""
    UPDATE_TIME: DiskFolderGetFieldsResultUpdateTime
    """Type and flags of the field UPDATE_TIME (Date and time the file or folder was last changed)."""
    DELETE_TIME: DiskFolderGetFieldsResultDeleteTime
    """Type and flags of the field DELETE_TIME (Date and time the file or folder was moved to the recycle bin, or null)."""
    CREATED_BY: DiskFolderGetFieldsResultCreatedBy
    """Type and flags of the field CREATED_BY (ID of the user who created the file or folder)."""
    UPDATED_BY: DiskFolderGetFieldsResultUpdatedBy
    """Type and flags of the field UPDATED_BY (ID of the user who made the last change)."""
    DELETED_BY: DiskFolderGetFieldsResultDeletedBy
    """Type and flags of the field DELETED_BY (ID of the user who deleted the file or folder, or null)."""
    DELETED_TYPE: DiskFolderGetFieldsResultDeletedType
    """Type and flags of the field DELETED_TYPE (Deletion state of the file or folder: 0 not deleted, 3 in the recycle bin, 4 deleted together with its parent folder)."""


class DiskFolderMarkDeletedResult(TypedDict, total=False):
    """Keys of the result of ``disk.folder.markDeleted``."""

    ID: str
    """ID of the folder."""
    NAME: str
    """Name of the folder."""
    CODE: str | None
    """Symbolic code of the folder, or null."""
    STORAGE_ID: str
    """ID of the storage that holds the folder."""
    TYPE: str
    """Kind of object: "file" or "folder"."""
    REAL_OBJECT_ID: str
    """ID of the folder this object points to; equals ID for an ordinary folder. Folders only."""
    PARENT_ID: str
    """ID of the folder that contains the folder."""
    DELETED_TYPE: int
    """Deletion state of the folder: 0 not deleted, 3 in the recycle bin, 4 deleted together with its parent folder."""
    CREATE_TIME: str
    """Date and time the folder was created."""
    UPDATE_TIME: str
    """Date and time the folder was last changed."""
    DELETE_TIME: str
    """Date and time the folder was moved to the recycle bin, or null."""
    CREATED_BY: str
    """ID of the user who created the folder."""
    UPDATED_BY: str
    """ID of the user who made the last change."""
    DELETED_BY: str
    """ID of the user who deleted the folder, or null."""
    DETAIL_URL: str
    """Link that opens the folder in the Bitrix24 interface."""


class DiskFolderMoveToResult(TypedDict, total=False):
    """Keys of the result of ``disk.folder.moveTo``."""

    ID: str
    """ID of the folder."""
    NAME: str
    """Name of the folder."""
    CODE: str | None
    """Symbolic code of the folder, or null."""
    STORAGE_ID: str
    """ID of the storage that holds the folder."""
    TYPE: str
    """Kind of object: "file" or "folder"."""
    REAL_OBJECT_ID: str
    """ID of the folder this object points to; equals ID for an ordinary folder. Folders only."""
    PARENT_ID: int
    """ID of the folder that contains the folder."""
    DELETED_TYPE: str
    """Deletion state of the folder: 0 not deleted, 3 in the recycle bin, 4 deleted together with its parent folder."""
    CREATE_TIME: str
    """Date and time the folder was created."""
    UPDATE_TIME: str
    """Date and time the folder was last changed."""
    DELETE_TIME: str | None
    """Date and time the folder was moved to the recycle bin, or null."""
    CREATED_BY: str
    """ID of the user who created the folder."""
    UPDATED_BY: str
    """ID of the user who made the last change."""
    DELETED_BY: str
    """ID of the user who deleted the folder, or null."""
    DETAIL_URL: str
    """Link that opens the folder in the Bitrix24 interface."""


class DiskFolderRenameResult(TypedDict, total=False):
    """Keys of the result of ``disk.folder.rename``."""

    ID: str
    """ID of the folder."""
    NAME: str
    """Name of the folder."""
    CODE: str | None
    """Symbolic code of the folder, or null."""
    STORAGE_ID: str
    """ID of the storage that holds the folder."""
    TYPE: str
    """Kind of object: "file" or "folder"."""
    REAL_OBJECT_ID: str
    """ID of the folder this object points to; equals ID for an ordinary folder. Folders only."""
    PARENT_ID: str
    """ID of the folder that contains the folder."""
    DELETED_TYPE: str
    """Deletion state of the folder: 0 not deleted, 3 in the recycle bin, 4 deleted together with its parent folder."""
    CREATE_TIME: str
    """Date and time the folder was created."""
    UPDATE_TIME: str
    """Date and time the folder was last changed."""
    DELETE_TIME: str | None
    """Date and time the folder was moved to the recycle bin, or null."""
    CREATED_BY: str
    """ID of the user who created the folder."""
    UPDATED_BY: str
    """ID of the user who made the last change."""
    DELETED_BY: str
    """ID of the user who deleted the folder, or null."""
    DETAIL_URL: str
    """Link that opens the folder in the Bitrix24 interface."""


class DiskFolderRestoreResult(TypedDict, total=False):
    """Keys of the result of ``disk.folder.restore``."""

    ID: str
    """ID of the folder."""
    NAME: str
    """Name of the folder."""
    CODE: str | None
    """Symbolic code of the folder, or null."""
    STORAGE_ID: str
    """ID of the storage that holds the folder."""
    TYPE: str
    """Kind of object: "file" or "folder"."""
    REAL_OBJECT_ID: str
    """ID of the folder this object points to; equals ID for an ordinary folder. Folders only."""
    PARENT_ID: str
    """ID of the folder that contains the folder."""
    DELETED_TYPE: int
    """Deletion state of the folder: 0 not deleted, 3 in the recycle bin, 4 deleted together with its parent folder."""
    CREATE_TIME: str
    """Date and time the folder was created."""
    UPDATE_TIME: str
    """Date and time the folder was last changed."""
    DELETE_TIME: str
    """Date and time the folder was moved to the recycle bin, or null."""
    CREATED_BY: str
    """ID of the user who created the folder."""
    UPDATED_BY: str
    """ID of the user who made the last change."""
    DELETED_BY: str
    """ID of the user who deleted the folder, or null."""
    DETAIL_URL: str
    """Link that opens the folder in the Bitrix24 interface."""


class DiskFolderUploadFileResult(TypedDict, total=False):
    """Keys of the result of ``disk.folder.uploadFile``."""

    ID: int
    """ID of the file."""
    NAME: str
    """Name of the file."""
    CODE: str | None
    """Symbolic code of the file, or null."""
    STORAGE_ID: str
    """ID of the storage that holds the file."""
    TYPE: str
    """Kind of object: "file" or "folder"."""
    PARENT_ID: str
    """ID of the folder that contains the file."""
    DELETED_TYPE: int
    """Deletion state of the file: 0 not deleted, 3 in the recycle bin, 4 deleted together with its parent folder."""
    GLOBAL_CONTENT_VERSION: int
    """Counter that grows with each new version of the file content."""
    FILE_ID: int
    """Internal ID of the stored file content."""
    SIZE: str
    """File size in bytes."""
    CREATE_TIME: str
    """Date and time the file was created."""
    UPDATE_TIME: str
    """Date and time the file was last changed."""
    DELETE_TIME: str | None
    """Date and time the file was moved to the recycle bin, or null."""
    CREATED_BY: str
    """ID of the user who created the file."""
    UPDATED_BY: str
    """ID of the user who made the last change."""
    DELETED_BY: str | None
    """ID of the user who deleted the file, or null."""
    DOWNLOAD_URL: str
    """Link that downloads the file."""
    DETAIL_URL: str
    """Link that opens the file in the Bitrix24 interface."""


class DiskRightsGetTasksResult(TypedDict, total=False):
    """Keys of the result of ``disk.rights.getTasks``."""

    ID: str
    """ID of the access level; pass it as TASK_ID in rights."""
    NAME: str
    """System name of the access level, such as "disk_access_read"."""
    TITLE: str
    """Display name of the access level."""


class DiskStorage(TypedDict, total=False):
    """A storage: the drive of a user or group, or the shared documents of the company.

    Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-get-list.html
    """

    ID: str
    """ID of the storage."""
    NAME: str
    """Name of the storage."""
    CODE: str | None
    """Symbolic code of the storage, or null."""
    MODULE_ID: str
    """ID of the module that owns the storage, such as "disk"."""
    ENTITY_TYPE: str
    """Owner kind: "user" (a user drive), "common" (shared documents) or "group" (a workgroup drive)."""
    ENTITY_ID: str
    """ID of the owner: the user, group or shared-documents entity the storage belongs to."""
    ROOT_OBJECT_ID: str
    """ID of the top-level folder of the storage."""


class DiskStorageAddFolderResult(TypedDict, total=False):
    """Keys of the result of ``disk.storage.addFolder``."""

    ID: int
    """ID of the storage."""
    NAME: str
    """Name of the storage."""
    CODE: str | None
    """Symbolic code of the storage, or null."""
    STORAGE_ID: str
    """ID of the storage that holds the folder."""
    TYPE: str
    """Kind of object: "file" or "folder"."""
    REAL_OBJECT_ID: int
    """ID of the folder this object points to; equals ID for an ordinary folder. Folders only."""
    PARENT_ID: str
    """ID of the folder that contains the folder."""
    DELETED_TYPE: int
    """Deletion state of the folder: 0 not deleted, 3 in the recycle bin, 4 deleted together with its parent folder."""
    CREATE_TIME: str
    """Date and time the folder was created."""
    UPDATE_TIME: str
    """Date and time the folder was last changed."""
    DELETE_TIME: str | None
    """Date and time the folder was moved to the recycle bin, or null."""
    CREATED_BY: str
    """ID of the user who created the folder."""
    UPDATED_BY: str
    """ID of the user who made the last change."""
    DELETED_BY: str | None
    """ID of the user who deleted the folder, or null."""
    DETAIL_URL: str
    """Link that opens the folder in the Bitrix24 interface."""


class DiskStorageGetChildrenResult(TypedDict, total=False):
    """Keys of the result of ``disk.storage.getChildren``."""

    ID: str
    """ID of the storage."""
    NAME: str
    """Name of the storage."""
    CODE: str | None
    """Symbolic code of the storage, or null."""
    STORAGE_ID: str
    """ID of the storage that holds the file or folder."""
    TYPE: str
    """Kind of object: "file" or "folder"."""
    REAL_OBJECT_ID: str
    """ID of the folder this object points to; equals ID for an ordinary folder. Folders only."""
    PARENT_ID: str
    """ID of the folder that contains the file or folder."""
    DELETED_TYPE: str
    """Deletion state of the file or folder: 0 not deleted, 3 in the recycle bin, 4 deleted together with its parent folder."""
    GLOBAL_CONTENT_VERSION: str
    """Counter that grows with each new version of the file content."""
    FILE_ID: str
    """Internal ID of the stored file content."""
    SIZE: str
    """File size in bytes."""
    CREATE_TIME: str
    """Date and time the file or folder was created."""
    UPDATE_TIME: str
    """Date and time the file or folder was last changed."""
    DELETE_TIME: str | None
    """Date and time the file or folder was moved to the recycle bin, or null."""
    CREATED_BY: str
    """ID of the user who created the file or folder."""
    UPDATED_BY: str
    """ID of the user who made the last change."""
    DELETED_BY: str | None
    """ID of the user who deleted the file or folder, or null."""
    DOWNLOAD_URL: str
    """Link that downloads the file."""
    DETAIL_URL: str
    """Link that opens the file or folder in the Bitrix24 interface."""


class DiskStorageGetFieldsResultId(TypedDict, total=False):
    """Keys of ``result.ID`` in ``disk.storage.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskStorageGetFieldsResultName(TypedDict, total=False):
    """Keys of ``result.NAME`` in ``disk.storage.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskStorageGetFieldsResultCode(TypedDict, total=False):
    """Keys of ``result.CODE`` in ``disk.storage.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskStorageGetFieldsResultModuleId(TypedDict, total=False):
    """Keys of ``result.MODULE_ID`` in ``disk.storage.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskStorageGetFieldsResultEntityType(TypedDict, total=False):
    """Keys of ``result.ENTITY_TYPE`` in ``disk.storage.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskStorageGetFieldsResultEntityId(TypedDict, total=False):
    """Keys of ``result.ENTITY_ID`` in ``disk.storage.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskStorageGetFieldsResultRootObjectId(TypedDict, total=False):
    """Keys of ``result.ROOT_OBJECT_ID`` in ``disk.storage.getFields``."""

    TYPE: str
    """Data type of the property, such as "integer", "string", "enum" or "datetime"."""
    USE_IN_FILTER: bool
    """Whether the property can be used in filter."""
    USE_IN_SHOW: bool
    """Whether the property is returned when the object is read."""


class DiskStorageGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``disk.storage.getFields``."""

    ID: DiskStorageGetFieldsResultId
    """Type and flags of the field ID (ID of the storage)."""
    NAME: DiskStorageGetFieldsResultName
    """Type and flags of the field NAME (Name of the storage)."""
    CODE: DiskStorageGetFieldsResultCode
    """Type and flags of the field CODE (Symbolic code of the storage, or null)."""
    MODULE_ID: DiskStorageGetFieldsResultModuleId
    """Type and flags of the field MODULE_ID (ID of the module that owns the storage, such as "disk")."""
    ENTITY_TYPE: DiskStorageGetFieldsResultEntityType
    """Type and flags of the field ENTITY_TYPE (Owner kind: "user" (a user drive), "common" (shared documents) or "group" (a workgroup drive))."""
    ENTITY_ID: DiskStorageGetFieldsResultEntityId
    """Type and flags of the field ENTITY_ID (ID of the owner: the user, group or shared-documents entity the storage belongs to)."""
    ROOT_OBJECT_ID: DiskStorageGetFieldsResultRootObjectId
    """Type and flags of the field ROOT_OBJECT_ID (ID of the top-level folder of the storage)."""


class DiskStorageGetForAppResult(TypedDict, total=False):
    """Keys of the result of ``disk.storage.getForApp``."""

    ID: str
    """ID of the storage."""
    NAME: str
    """Name of the storage."""
    CODE: str | None
    """Symbolic code of the storage, or null."""
    MODULE_ID: str
    """ID of the module that owns the storage, such as "disk"."""
    ENTITY_TYPE: str
    """Owner kind: "user" (a user drive), "common" (shared documents) or "group" (a workgroup drive)."""
    ENTITY_ID: str
    """ID of the owner: the user, group or shared-documents entity the storage belongs to."""
    ROOT_OBJECT_ID: str
    """ID of the top-level folder of the storage."""


class DiskStorageRenameResult(TypedDict, total=False):
    """Keys of the result of ``disk.storage.rename``."""

    ID: str
    """ID of the storage."""
    NAME: str
    """Name of the storage."""
    CODE: str | None
    """Symbolic code of the storage, or null."""
    MODULE_ID: str
    """ID of the module that owns the storage, such as "disk"."""
    ENTITY_TYPE: str
    """Owner kind: "user" (a user drive), "common" (shared documents) or "group" (a workgroup drive)."""
    ENTITY_ID: str
    """ID of the owner: the user, group or shared-documents entity the storage belongs to."""
    ROOT_OBJECT_ID: str
    """ID of the top-level folder of the storage."""


class DiskStorageUploadFileResult(TypedDict, total=False):
    """Keys of the result of ``disk.storage.uploadFile``."""

    ID: int
    """ID of the storage."""
    NAME: str
    """Name of the storage."""
    CODE: str | None
    """Symbolic code of the storage, or null."""
    STORAGE_ID: str
    """ID of the storage that holds the file."""
    TYPE: str
    """Kind of object: "file" or "folder"."""
    PARENT_ID: str
    """ID of the folder that contains the file."""
    DELETED_TYPE: int
    """Deletion state of the file: 0 not deleted, 3 in the recycle bin, 4 deleted together with its parent folder."""
    GLOBAL_CONTENT_VERSION: int
    """Counter that grows with each new version of the file content."""
    FILE_ID: int
    """Internal ID of the stored file content."""
    SIZE: str
    """File size in bytes."""
    CREATE_TIME: str
    """Date and time the file was created."""
    UPDATE_TIME: str
    """Date and time the file was last changed."""
    DELETE_TIME: str | None
    """Date and time the file was moved to the recycle bin, or null."""
    CREATED_BY: str
    """ID of the user who created the file."""
    UPDATED_BY: str
    """ID of the user who made the last change."""
    DELETED_BY: str | None
    """ID of the user who deleted the file, or null."""
    DOWNLOAD_URL: str
    """Link that downloads the file."""
    DETAIL_URL: str
    """Link that opens the file in the Bitrix24 interface."""


class DiskVersion(TypedDict, total=False):
    """A saved revision of a Drive file.

    Docs: https://apidocs.bitrix24.com/api-reference/disk/version/disk-version-get.html
    """

    ID: str
    """ID of the revision."""
    OBJECT_ID: str
    """ID of the file the revision belongs to."""
    SIZE: str
    """Size of this revision in bytes."""
    NAME: str
    """File name at the time the revision was made."""
    GLOBAL_CONTENT_VERSION: str
    """Counter that grows with each new version of the file content."""
    CREATE_TIME: str
    """Date and time the revision was made."""
    CREATED_BY: str
    """ID of the user who made the revision."""
    DOWNLOAD_URL: str
    """Link that downloads this revision."""
