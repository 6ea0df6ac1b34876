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
    """Disk attached object, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/disk/attached-object/disk-attached-object-get.html
    """

    ID: str
    OBJECT_ID: str
    MODULE_ID: str
    ENTITY_TYPE: str
    ENTITY_ID: str
    CREATE_TIME: str
    CREATED_BY: str
    DOWNLOAD_URL: str
    NAME: str
    SIZE: str


class DiskFile(TypedDict, total=False):
    """Disk file, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/disk/file/disk-file-get.html
    """

    ID: str
    NAME: str
    CODE: str | None
    STORAGE_ID: str
    TYPE: str
    PARENT_ID: str
    DELETED_TYPE: str
    GLOBAL_CONTENT_VERSION: str
    FILE_ID: str
    SIZE: str
    CREATE_TIME: str
    UPDATE_TIME: str
    DELETE_TIME: str | None
    CREATED_BY: str
    UPDATED_BY: str
    DELETED_BY: str
    DOWNLOAD_URL: str
    DETAIL_URL: str


class DiskFileCopyToResult(TypedDict, total=False):
    """Keys of the result of ``disk.file.copyTo``."""

    ID: int
    NAME: str
    CODE: str | None
    STORAGE_ID: str
    TYPE: str
    PARENT_ID: str
    DELETED_TYPE: int
    GLOBAL_CONTENT_VERSION: int
    FILE_ID: int
    SIZE: str
    CREATE_TIME: str
    UPDATE_TIME: str
    DELETE_TIME: str | None
    CREATED_BY: str
    UPDATED_BY: str
    DELETED_BY: str | None
    DOWNLOAD_URL: str
    DETAIL_URL: str


class DiskFileGetFieldsResultId(TypedDict, total=False):
    """Keys of ``result.ID`` in ``disk.file.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFileGetFieldsResultName(TypedDict, total=False):
    """Keys of ``result.NAME`` in ``disk.file.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFileGetFieldsResultType(TypedDict, total=False):
    """Keys of ``result.TYPE`` in ``disk.file.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFileGetFieldsResultCode(TypedDict, total=False):
    """Keys of ``result.CODE`` in ``disk.file.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFileGetFieldsResultStorageId(TypedDict, total=False):
    """Keys of ``result.STORAGE_ID`` in ``disk.file.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFileGetFieldsResultParentId(TypedDict, total=False):
    """Keys of ``result.PARENT_ID`` in ``disk.file.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFileGetFieldsResultCreateTime(TypedDict, total=False):
    """Keys of ``result.CREATE_TIME`` in ``disk.file.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFileGetFieldsResultUpdateTime(TypedDict, total=False):
    """Keys of ``result.UPDATE_TIME`` in ``disk.file.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFileGetFieldsResultDeleteTime(TypedDict, total=False):
    """Keys of ``result.DELETE_TIME`` in ``disk.file.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFileGetFieldsResultCreatedBy(TypedDict, total=False):
    """Keys of ``result.CREATED_BY`` in ``disk.file.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFileGetFieldsResultUpdatedBy(TypedDict, total=False):
    """Keys of ``result.UPDATED_BY`` in ``disk.file.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFileGetFieldsResultDeletedBy(TypedDict, total=False):
    """Keys of ``result.DELETED_BY`` in ``disk.file.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFileGetFieldsResultGlobalContentVersion(TypedDict, total=False):
    """Keys of ``result.GLOBAL_CONTENT_VERSION`` in ``disk.file.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFileGetFieldsResultFileId(TypedDict, total=False):
    """Keys of ``result.FILE_ID`` in ``disk.file.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFileGetFieldsResultSize(TypedDict, total=False):
    """Keys of ``result.SIZE`` in ``disk.file.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFileGetFieldsResultDeletedType(TypedDict, total=False):
    """Keys of ``result.DELETED_TYPE`` in ``disk.file.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFileGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``disk.file.getFields``."""

    ID: DiskFileGetFieldsResultId
    NAME: DiskFileGetFieldsResultName
    TYPE: DiskFileGetFieldsResultType
    CODE: DiskFileGetFieldsResultCode
    STORAGE_ID: DiskFileGetFieldsResultStorageId
    PARENT_ID: DiskFileGetFieldsResultParentId
    CREATE_TIME: DiskFileGetFieldsResultCreateTime
    UPDATE_TIME: DiskFileGetFieldsResultUpdateTime
    DELETE_TIME: DiskFileGetFieldsResultDeleteTime
    CREATED_BY: DiskFileGetFieldsResultCreatedBy
    UPDATED_BY: DiskFileGetFieldsResultUpdatedBy
    DELETED_BY: DiskFileGetFieldsResultDeletedBy
    GLOBAL_CONTENT_VERSION: DiskFileGetFieldsResultGlobalContentVersion
    FILE_ID: DiskFileGetFieldsResultFileId
    SIZE: DiskFileGetFieldsResultSize
    DELETED_TYPE: DiskFileGetFieldsResultDeletedType


class DiskFileGetVersionsResult(TypedDict, total=False):
    """Keys of the result of ``disk.file.getVersions``."""

    ID: str
    OBJECT_ID: str
    SIZE: str
    NAME: str
    GLOBAL_CONTENT_VERSION: str
    CREATE_TIME: str
    CREATED_BY: str
    DOWNLOAD_URL: str


class DiskFileMarkDeletedResult(TypedDict, total=False):
    """Keys of the result of ``disk.file.markDeleted``."""

    ID: str
    NAME: str
    CODE: str | None
    STORAGE_ID: str
    TYPE: str
    PARENT_ID: str
    DELETED_TYPE: str
    GLOBAL_CONTENT_VERSION: str
    FILE_ID: str
    SIZE: str
    CREATE_TIME: str
    UPDATE_TIME: str
    DELETE_TIME: str
    CREATED_BY: str
    UPDATED_BY: str
    DELETED_BY: str
    DOWNLOAD_URL: str
    DETAIL_URL: str


class DiskFileMoveToResult(TypedDict, total=False):
    """Keys of the result of ``disk.file.moveTo``."""

    ID: str
    NAME: str
    CODE: str | None
    STORAGE_ID: str
    TYPE: str
    PARENT_ID: int
    DELETED_TYPE: str
    GLOBAL_CONTENT_VERSION: str
    FILE_ID: str
    SIZE: str
    CREATE_TIME: str
    UPDATE_TIME: str
    DELETE_TIME: str | None
    CREATED_BY: str
    UPDATED_BY: str
    DELETED_BY: str
    DOWNLOAD_URL: str
    DETAIL_URL: str


class DiskFileRenameResult(TypedDict, total=False):
    """Keys of the result of ``disk.file.rename``."""

    ID: str
    NAME: str
    CODE: str | None
    STORAGE_ID: str
    TYPE: str
    PARENT_ID: str
    DELETED_TYPE: str
    GLOBAL_CONTENT_VERSION: str
    FILE_ID: str
    SIZE: str
    CREATE_TIME: str
    UPDATE_TIME: str
    DELETE_TIME: str | None
    CREATED_BY: str
    UPDATED_BY: str
    DELETED_BY: str
    DOWNLOAD_URL: str
    DETAIL_URL: str


class DiskFileRestoreFromVersionResult(TypedDict, total=False):
    """Keys of the result of ``disk.file.restoreFromVersion``."""

    ID: str
    NAME: str
    CODE: str | None
    STORAGE_ID: str
    TYPE: str
    PARENT_ID: str
    DELETED_TYPE: str
    GLOBAL_CONTENT_VERSION: int
    FILE_ID: str
    SIZE: str
    CREATE_TIME: str
    UPDATE_TIME: str
    DELETE_TIME: str | None
    CREATED_BY: str
    UPDATED_BY: str
    DELETED_BY: str
    DOWNLOAD_URL: str
    DETAIL_URL: str


class DiskFileRestoreResult(TypedDict, total=False):
    """Keys of the result of ``disk.file.restore``."""

    ID: str
    NAME: str
    CODE: str | None
    STORAGE_ID: str
    TYPE: str
    PARENT_ID: str
    DELETED_TYPE: int
    GLOBAL_CONTENT_VERSION: str
    FILE_ID: str
    SIZE: str
    CREATE_TIME: str
    UPDATE_TIME: str
    DELETE_TIME: str
    CREATED_BY: str
    UPDATED_BY: str
    DELETED_BY: str
    DOWNLOAD_URL: str
    DETAIL_URL: str


class DiskFileSearchResult(TypedDict, total=False):
    """Keys of the result of ``disk.file.search``."""

    ID: str
    NAME: str
    CODE: str | None
    STORAGE_ID: str
    TYPE: str
    REAL_OBJECT_ID: str
    PARENT_ID: str
    DELETED_TYPE: str
    GLOBAL_CONTENT_VERSION: str
    FILE_ID: str
    SIZE: str
    CREATE_TIME: str
    UPDATE_TIME: str
    DELETE_TIME: str | None
    CREATED_BY: str
    UPDATED_BY: str
    DELETED_BY: str
    DOWNLOAD_URL: str
    DETAIL_URL: str


class DiskFileUploadVersionResult(TypedDict, total=False):
    """Keys of the result of ``disk.file.uploadVersion``."""

    ID: str
    NAME: str
    CODE: str | None
    STORAGE_ID: str
    TYPE: str
    PARENT_ID: str
    DELETED_TYPE: str
    GLOBAL_CONTENT_VERSION: int
    FILE_ID: str
    SIZE: str
    CREATE_TIME: str
    UPDATE_TIME: str
    DELETE_TIME: str | None
    CREATED_BY: str
    UPDATED_BY: str
    DELETED_BY: str
    DOWNLOAD_URL: str
    DETAIL_URL: str


class DiskFolder(TypedDict, total=False):
    """Disk folder, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/disk/folder/disk-folder-get.html
    """

    ID: str
    NAME: str
    CODE: str | None
    STORAGE_ID: str
    TYPE: str
    REAL_OBJECT_ID: str
    PARENT_ID: str
    DELETED_TYPE: str
    CREATE_TIME: str
    UPDATE_TIME: str
    DELETE_TIME: str | None
    CREATED_BY: str
    UPDATED_BY: str
    DELETED_BY: str
    DETAIL_URL: str


class DiskFolderAddSubFolderResult(TypedDict, total=False):
    """Keys of the result of ``disk.folder.addSubFolder``."""

    ID: int
    NAME: str
    CODE: str | None
    STORAGE_ID: str
    TYPE: str
    REAL_OBJECT_ID: int
    PARENT_ID: str
    DELETED_TYPE: int
    CREATE_TIME: str
    UPDATE_TIME: str
    DELETE_TIME: str | None
    CREATED_BY: str
    UPDATED_BY: str
    DELETED_BY: str | None
    DETAIL_URL: str


class DiskFolderCopyToResult(TypedDict, total=False):
    """Keys of the result of ``disk.folder.copyTo``."""

    ID: int
    NAME: str
    CODE: str | None
    STORAGE_ID: str
    TYPE: str
    REAL_OBJECT_ID: int
    PARENT_ID: str
    DELETED_TYPE: int
    CREATE_TIME: str
    UPDATE_TIME: str
    DELETE_TIME: str | None
    CREATED_BY: str
    UPDATED_BY: str
    DELETED_BY: str | None
    DETAIL_URL: str


class DiskFolderGetChildrenResult(TypedDict, total=False):
    """Keys of the result of ``disk.folder.getChildren``."""

    ID: str
    NAME: str
    CODE: str | None
    STORAGE_ID: str
    TYPE: str
    REAL_OBJECT_ID: str
    PARENT_ID: str
    DELETED_TYPE: str
    GLOBAL_CONTENT_VERSION: str
    FILE_ID: str
    SIZE: str
    CREATE_TIME: str
    UPDATE_TIME: str
    DELETE_TIME: str | None
    CREATED_BY: str
    UPDATED_BY: str
    DELETED_BY: str
    DOWNLOAD_URL: str
    DETAIL_URL: str


class DiskFolderGetFieldsResultId(TypedDict, total=False):
    """Keys of ``result.ID`` in ``disk.folder.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFolderGetFieldsResultName(TypedDict, total=False):
    """Keys of ``result.NAME`` in ``disk.folder.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFolderGetFieldsResultType(TypedDict, total=False):
    """Keys of ``result.TYPE`` in ``disk.folder.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFolderGetFieldsResultCode(TypedDict, total=False):
    """Keys of ``result.CODE`` in ``disk.folder.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFolderGetFieldsResultStorageId(TypedDict, total=False):
    """Keys of ``result.STORAGE_ID`` in ``disk.folder.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFolderGetFieldsResultRealObjectId(TypedDict, total=False):
    """Keys of ``result.REAL_OBJECT_ID`` in ``disk.folder.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFolderGetFieldsResultParentId(TypedDict, total=False):
    """Keys of ``result.PARENT_ID`` in ``disk.folder.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFolderGetFieldsResultCreateTime(TypedDict, total=False):
    """Keys of ``result.CREATE_TIME`` in ``disk.folder.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFolderGetFieldsResultUpdateTime(TypedDict, total=False):
    """Keys of ``result.UPDATE_TIME`` in ``disk.folder.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFolderGetFieldsResultDeleteTime(TypedDict, total=False):
    """Keys of ``result.DELETE_TIME`` in ``disk.folder.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFolderGetFieldsResultCreatedBy(TypedDict, total=False):
    """Keys of ``result.CREATED_BY`` in ``disk.folder.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFolderGetFieldsResultUpdatedBy(TypedDict, total=False):
    """Keys of ``result.UPDATED_BY`` in ``disk.folder.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFolderGetFieldsResultDeletedBy(TypedDict, total=False):
    """Keys of ``result.DELETED_BY`` in ``disk.folder.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFolderGetFieldsResultDeletedType(TypedDict, total=False):
    """Keys of ``result.DELETED_TYPE`` in ``disk.folder.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskFolderGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``disk.folder.getFields``."""

    ID: DiskFolderGetFieldsResultId
    NAME: DiskFolderGetFieldsResultName
    TYPE: DiskFolderGetFieldsResultType
    CODE: DiskFolderGetFieldsResultCode
    STORAGE_ID: DiskFolderGetFieldsResultStorageId
    REAL_OBJECT_ID: DiskFolderGetFieldsResultRealObjectId
    PARENT_ID: DiskFolderGetFieldsResultParentId
    CREATE_TIME: DiskFolderGetFieldsResultCreateTime
    UPDATE_TIME: DiskFolderGetFieldsResultUpdateTime
    DELETE_TIME: DiskFolderGetFieldsResultDeleteTime
    CREATED_BY: DiskFolderGetFieldsResultCreatedBy
    UPDATED_BY: DiskFolderGetFieldsResultUpdatedBy
    DELETED_BY: DiskFolderGetFieldsResultDeletedBy
    DELETED_TYPE: DiskFolderGetFieldsResultDeletedType


class DiskFolderMarkDeletedResult(TypedDict, total=False):
    """Keys of the result of ``disk.folder.markDeleted``."""

    ID: str
    NAME: str
    CODE: str | None
    STORAGE_ID: str
    TYPE: str
    REAL_OBJECT_ID: str
    PARENT_ID: str
    DELETED_TYPE: int
    CREATE_TIME: str
    UPDATE_TIME: str
    DELETE_TIME: str
    CREATED_BY: str
    UPDATED_BY: str
    DELETED_BY: str
    DETAIL_URL: str


class DiskFolderMoveToResult(TypedDict, total=False):
    """Keys of the result of ``disk.folder.moveTo``."""

    ID: str
    NAME: str
    CODE: str | None
    STORAGE_ID: str
    TYPE: str
    REAL_OBJECT_ID: str
    PARENT_ID: int
    DELETED_TYPE: str
    CREATE_TIME: str
    UPDATE_TIME: str
    DELETE_TIME: str | None
    CREATED_BY: str
    UPDATED_BY: str
    DELETED_BY: str
    DETAIL_URL: str


class DiskFolderRenameResult(TypedDict, total=False):
    """Keys of the result of ``disk.folder.rename``."""

    ID: str
    NAME: str
    CODE: str | None
    STORAGE_ID: str
    TYPE: str
    REAL_OBJECT_ID: str
    PARENT_ID: str
    DELETED_TYPE: str
    CREATE_TIME: str
    UPDATE_TIME: str
    DELETE_TIME: str | None
    CREATED_BY: str
    UPDATED_BY: str
    DELETED_BY: str
    DETAIL_URL: str


class DiskFolderRestoreResult(TypedDict, total=False):
    """Keys of the result of ``disk.folder.restore``."""

    ID: str
    NAME: str
    CODE: str | None
    STORAGE_ID: str
    TYPE: str
    REAL_OBJECT_ID: str
    PARENT_ID: str
    DELETED_TYPE: int
    CREATE_TIME: str
    UPDATE_TIME: str
    DELETE_TIME: str
    CREATED_BY: str
    UPDATED_BY: str
    DELETED_BY: str
    DETAIL_URL: str


class DiskFolderUploadFileResult(TypedDict, total=False):
    """Keys of the result of ``disk.folder.uploadFile``."""

    ID: int
    NAME: str
    CODE: str | None
    STORAGE_ID: str
    TYPE: str
    PARENT_ID: str
    DELETED_TYPE: int
    GLOBAL_CONTENT_VERSION: int
    FILE_ID: int
    SIZE: str
    CREATE_TIME: str
    UPDATE_TIME: str
    DELETE_TIME: str | None
    CREATED_BY: str
    UPDATED_BY: str
    DELETED_BY: str | None
    DOWNLOAD_URL: str
    DETAIL_URL: str


class DiskRightsGetTasksResult(TypedDict, total=False):
    """Keys of the result of ``disk.rights.getTasks``."""

    ID: str
    NAME: str
    TITLE: str


class DiskStorage(TypedDict, total=False):
    """Disk storage, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/disk/storage/disk-storage-get-list.html
    """

    ID: str
    NAME: str
    CODE: str | None
    MODULE_ID: str
    ENTITY_TYPE: str
    ENTITY_ID: str
    ROOT_OBJECT_ID: str


class DiskStorageAddFolderResult(TypedDict, total=False):
    """Keys of the result of ``disk.storage.addFolder``."""

    ID: int
    NAME: str
    CODE: str | None
    STORAGE_ID: str
    TYPE: str
    REAL_OBJECT_ID: int
    PARENT_ID: str
    DELETED_TYPE: int
    CREATE_TIME: str
    UPDATE_TIME: str
    DELETE_TIME: str | None
    CREATED_BY: str
    UPDATED_BY: str
    DELETED_BY: str | None
    DETAIL_URL: str


class DiskStorageGetChildrenResult(TypedDict, total=False):
    """Keys of the result of ``disk.storage.getChildren``."""

    ID: str
    NAME: str
    CODE: str | None
    STORAGE_ID: str
    TYPE: str
    REAL_OBJECT_ID: str
    PARENT_ID: str
    DELETED_TYPE: str
    GLOBAL_CONTENT_VERSION: str
    FILE_ID: str
    SIZE: str
    CREATE_TIME: str
    UPDATE_TIME: str
    DELETE_TIME: str | None
    CREATED_BY: str
    UPDATED_BY: str
    DELETED_BY: str | None
    DOWNLOAD_URL: str
    DETAIL_URL: str


class DiskStorageGetFieldsResultId(TypedDict, total=False):
    """Keys of ``result.ID`` in ``disk.storage.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskStorageGetFieldsResultName(TypedDict, total=False):
    """Keys of ``result.NAME`` in ``disk.storage.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskStorageGetFieldsResultCode(TypedDict, total=False):
    """Keys of ``result.CODE`` in ``disk.storage.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskStorageGetFieldsResultModuleId(TypedDict, total=False):
    """Keys of ``result.MODULE_ID`` in ``disk.storage.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskStorageGetFieldsResultEntityType(TypedDict, total=False):
    """Keys of ``result.ENTITY_TYPE`` in ``disk.storage.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskStorageGetFieldsResultEntityId(TypedDict, total=False):
    """Keys of ``result.ENTITY_ID`` in ``disk.storage.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskStorageGetFieldsResultRootObjectId(TypedDict, total=False):
    """Keys of ``result.ROOT_OBJECT_ID`` in ``disk.storage.getFields``."""

    TYPE: str
    USE_IN_FILTER: bool
    USE_IN_SHOW: bool


class DiskStorageGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``disk.storage.getFields``."""

    ID: DiskStorageGetFieldsResultId
    NAME: DiskStorageGetFieldsResultName
    CODE: DiskStorageGetFieldsResultCode
    MODULE_ID: DiskStorageGetFieldsResultModuleId
    ENTITY_TYPE: DiskStorageGetFieldsResultEntityType
    ENTITY_ID: DiskStorageGetFieldsResultEntityId
    ROOT_OBJECT_ID: DiskStorageGetFieldsResultRootObjectId


class DiskStorageGetForAppResult(TypedDict, total=False):
    """Keys of the result of ``disk.storage.getForApp``."""

    ID: str
    NAME: str
    CODE: str | None
    MODULE_ID: str
    ENTITY_TYPE: str
    ENTITY_ID: str
    ROOT_OBJECT_ID: str


class DiskStorageRenameResult(TypedDict, total=False):
    """Keys of the result of ``disk.storage.rename``."""

    ID: str
    NAME: str
    CODE: str | None
    MODULE_ID: str
    ENTITY_TYPE: str
    ENTITY_ID: str
    ROOT_OBJECT_ID: str


class DiskStorageUploadFileResult(TypedDict, total=False):
    """Keys of the result of ``disk.storage.uploadFile``."""

    ID: int
    NAME: str
    CODE: str | None
    STORAGE_ID: str
    TYPE: str
    PARENT_ID: str
    DELETED_TYPE: int
    GLOBAL_CONTENT_VERSION: int
    FILE_ID: int
    SIZE: str
    CREATE_TIME: str
    UPDATE_TIME: str
    DELETE_TIME: str | None
    CREATED_BY: str
    UPDATED_BY: str
    DELETED_BY: str | None
    DOWNLOAD_URL: str
    DETAIL_URL: str


class DiskVersion(TypedDict, total=False):
    """Disk version, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/disk/version/disk-version-get.html
    """

    ID: str
    OBJECT_ID: str
    SIZE: str
    NAME: str
    GLOBAL_CONTENT_VERSION: str
    CREATE_TIME: str
    CREATED_BY: str
    DOWNLOAD_URL: str
