"""TypedDicts of ``b24client.types.note``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Any, Required, TypedDict

__all__ = [
    "V3NoteCollection",
    "V3NoteCollectionAddFields",
    "V3NoteCollectionAddResult",
    "V3NoteCollectionField",
    "V3NoteCollectionListPagination",
    "V3NoteCollectionListPaginationAfterCursor",
    "V3NoteCollectionNextCursor",
    "V3NoteCollectionUpdateFields",
    "V3NoteCollectionUpdateResult",
    "V3NoteDocument",
    "V3NoteDocumentAddFields",
    "V3NoteDocumentAddResult",
    "V3NoteDocumentField",
    "V3NoteDocumentSearch",
    "V3NoteDocumentSearchField",
    "V3NoteDocumentSearchListPagination",
    "V3NoteDocumentTree",
    "V3NoteDocumentTreeField",
    "V3NoteDocumentUpdateFields",
    "V3NoteDocumentUpdateResult",
    "V3NoteFile",
    "V3NoteFileAddResult",
    "V3NoteFileField",
]


class V3NoteCollectionNextCursor(TypedDict, total=False):
    """Keys of ``nextCursor`` in ``V3NoteCollection``."""

    position: int
    id: int


class V3NoteCollection(TypedDict, total=False):
    """V3 note collection, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/note/collection/note-collection-get.html
    """

    item: dict[str, Any]
    id: int
    name: str
    position: int
    policyLevel: str
    createdBy: int
    createdAt: str
    updatedBy: int
    updatedAt: str
    items: list[Any]
    nextCursor: V3NoteCollectionNextCursor


class V3NoteCollectionAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``note.collection.add`` (REST 3.0)."""

    name: Required[str]
    position: int


class V3NoteCollectionAddResult(TypedDict, total=False):
    """Keys of the result of ``note.collection.add`` (REST 3.0)."""

    item: dict[str, Any]
    id: int
    name: str
    position: int
    policyLevel: str
    createdBy: int
    createdAt: str
    updatedBy: int
    updatedAt: str


class V3NoteCollectionField(TypedDict, total=False):
    """V3 note collection field, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/note/collection/note-collection-field-get.html
    """

    name: str
    type: str
    title: str
    filterable: bool
    sortable: bool


class V3NoteCollectionListPaginationAfterCursor(TypedDict, total=False):
    """Keys of ``pagination.afterCursor`` in ``note.collection.list`` (REST 3.0)."""

    position: Required[int]
    id: Required[int]


class V3NoteCollectionListPagination(TypedDict, total=False):
    """Keys of the ``pagination`` parameter of ``note.collection.list`` (REST 3.0)."""

    limit: int
    afterCursor: V3NoteCollectionListPaginationAfterCursor


class V3NoteCollectionUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``note.collection.update`` (REST 3.0)."""

    name: Required[str]


class V3NoteCollectionUpdateResult(TypedDict, total=False):
    """Keys of the result of ``note.collection.update`` (REST 3.0)."""

    item: dict[str, Any]
    id: int
    name: str
    position: int
    policyLevel: str
    createdBy: int
    createdAt: str
    updatedBy: int
    updatedAt: str


class V3NoteDocument(TypedDict, total=False):
    """V3 note document, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-get.html
    """

    item: dict[str, Any]
    id: int
    collectionId: int
    parentId: int
    title: str
    markdown: str
    position: int
    createdBy: int
    updatedBy: int
    createdAt: str
    updatedAt: str


class V3NoteDocumentAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``note.document.add`` (REST 3.0)."""

    collectionId: Required[int]
    title: Required[str]
    parentId: int
    markdown: str


class V3NoteDocumentAddResult(TypedDict, total=False):
    """Keys of the result of ``note.document.add`` (REST 3.0)."""

    item: dict[str, Any]
    id: int
    collectionId: int
    parentId: int
    title: str
    markdown: str
    position: int
    createdBy: int
    updatedBy: int
    createdAt: str
    updatedAt: str


class V3NoteDocumentField(TypedDict, total=False):
    """V3 note document field, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-field-get.html
    """

    name: str
    type: str
    title: str
    filterable: bool
    sortable: bool


class V3NoteDocumentSearch(TypedDict, total=False):
    """V3 note document search, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-search-list.html
    """

    items: list[Any]
    documentId: int
    collectionId: int
    title: str
    score: float
    snippet: str
    sharedAccess: bool
    hasMore: bool


class V3NoteDocumentSearchField(TypedDict, total=False):
    """V3 note document search field, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-search-field-get.html
    """

    name: str
    type: str
    title: str
    filterable: bool
    sortable: bool


class V3NoteDocumentSearchListPagination(TypedDict, total=False):
    """Keys of the ``pagination`` parameter of ``note.document.search.list`` (REST 3.0)."""

    limit: int


class V3NoteDocumentTree(TypedDict, total=False):
    """V3 note document tree, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-tree-list.html
    """

    items: list[Any]
    id: int
    collectionId: int
    parentId: int
    title: str
    position: int
    children: list[Any] | dict[str, Any]
    truncated: bool


class V3NoteDocumentTreeField(TypedDict, total=False):
    """V3 note document tree field, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-tree-field-get.html
    """

    name: str
    type: str
    title: str
    filterable: bool
    sortable: bool


class V3NoteDocumentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``note.document.update`` (REST 3.0)."""

    title: str
    markdown: str


class V3NoteDocumentUpdateResult(TypedDict, total=False):
    """Keys of the result of ``note.document.update`` (REST 3.0)."""

    item: dict[str, Any]
    id: int
    collectionId: int
    parentId: int
    title: str
    markdown: str
    position: int
    createdBy: int
    updatedBy: int
    createdAt: str
    updatedAt: str


class V3NoteFile(TypedDict, total=False):
    """V3 note file, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/note/file/note-file-get.html
    """

    item: dict[str, Any]
    id: int
    documentId: int
    name: str
    size: int
    mimeType: str
    assetType: str
    assetMarkdown: str


class V3NoteFileAddResult(TypedDict, total=False):
    """Keys of the result of ``note.file.add`` (REST 3.0)."""

    item: dict[str, Any]
    id: int
    documentId: int
    name: str
    size: int
    mimeType: str
    assetType: str
    assetMarkdown: str


class V3NoteFileField(TypedDict, total=False):
    """V3 note file field, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/note/file/note-file-field-get.html
    """

    name: str
    type: str
    title: str
    filterable: bool
    sortable: bool
