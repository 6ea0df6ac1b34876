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
    """position of the last knowledge base on the page."""
    id: int
    """ID of the last knowledge base on the page."""


class V3NoteCollection(TypedDict, total=False):
    """A knowledge base.

    Docs: https://apidocs.bitrix24.com/api-reference/note/collection/note-collection-get.html
    """

    item: dict[str, Any]
    """The knowledge base in a single-record answer."""
    id: int
    """ID of the knowledge base."""
    name: str
    """Knowledge base name."""
    position: int
    """Position of the knowledge base in the list."""
    policyLevel: str
    """Default access policy: "none", "view", "manage" (edit) or "moderate" (administer)."""
    createdBy: int
    """ID of the user who created it."""
    createdAt: str
    """Creation date and time, UTC."""
    updatedBy: int
    """ID of the user who last changed it."""
    updatedAt: str
    """Date and time of the last change, UTC."""
    items: list[Any]
    """Knowledge bases in a list answer."""
    nextCursor: V3NoteCollectionNextCursor
    """Cursor of the next page, or null when there are no more."""


class V3NoteCollectionAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``note.collection.add`` (REST 3.0)."""

    name: Required[str]
    """Knowledge base name, up to 255 characters."""
    position: int
    """Position in the list; default 0."""


class V3NoteCollectionAddResult(TypedDict, total=False):
    """Keys of the result of ``note.collection.add`` (REST 3.0)."""

    item: dict[str, Any]
    """The new knowledge base."""
    id: int
    """ID of the knowledge base."""
    name: str
    """Knowledge base name."""
    position: int
    """Position of the knowledge base in the list."""
    policyLevel: str
    """Default access policy: "none", "view", "manage" (edit) or "moderate" (administer)."""
    createdBy: int
    """ID of the user who created it."""
    createdAt: str
    """Creation date and time, UTC."""
    updatedBy: int
    """ID of the user who last changed it."""
    updatedAt: str
    """Date and time of the last change, UTC."""


class V3NoteCollectionField(TypedDict, total=False):
    """Description of one field: name, type, caption and what it can be used for.

    Docs: https://apidocs.bitrix24.com/api-reference/note/collection/note-collection-field-get.html
    """

    name: str
    """Field name."""
    type: str
    """Field data type."""
    title: str
    """Field caption."""
    filterable: bool
    """Whether the field can be used in a filter."""
    sortable: bool
    """Whether the field can be used for sorting."""


class V3NoteCollectionListPaginationAfterCursor(TypedDict, total=False):
    """Keys of ``pagination.afterCursor`` in ``note.collection.list`` (REST 3.0)."""

    position: Required[int]
    """position of the last knowledge base on the previous page."""
    id: Required[int]
    """ID of the last knowledge base on the previous page."""


class V3NoteCollectionListPagination(TypedDict, total=False):
    """Keys of the ``pagination`` parameter of ``note.collection.list`` (REST 3.0)."""

    limit: int
    """Page size, 1 to 200; default 50."""
    afterCursor: V3NoteCollectionListPaginationAfterCursor
    """Cursor of the next page: pass nextCursor of the previous answer."""


class V3NoteCollectionUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``note.collection.update`` (REST 3.0)."""

    name: Required[str]
    """New name, up to 255 characters."""


class V3NoteCollectionUpdateResult(TypedDict, total=False):
    """Keys of the result of ``note.collection.update`` (REST 3.0)."""

    item: dict[str, Any]
    """The knowledge base after the change."""
    id: int
    """ID of the knowledge base."""
    name: str
    """Knowledge base name."""
    position: int
    """Position of the knowledge base in the list."""
    policyLevel: str
    """Default access policy: "none", "view", "manage" (edit) or "moderate" (administer)."""
    createdBy: int
    """ID of the user who created it."""
    createdAt: str
    """Creation date and time, UTC."""
    updatedBy: int
    """ID of the user who last changed it."""
    updatedAt: str
    """Date and time of the last change, UTC."""


class V3NoteDocument(TypedDict, total=False):
    """A knowledge base document (page).

    Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-get.html
    """

    item: dict[str, Any]
    """The document."""
    id: int
    """ID of the document."""
    collectionId: int
    """ID of the knowledge base, or null when the document is reached through direct document access."""
    parentId: int
    """ID of the parent document, or null."""
    title: str
    """Document title."""
    markdown: str
    """Document content in Markdown."""
    position: int
    """Position among sibling pages."""
    createdBy: int
    """ID of the author."""
    updatedBy: int
    """ID of the last editor."""
    createdAt: str
    """Creation date and time, UTC."""
    updatedAt: str
    """Date and time of the last change, UTC."""


class V3NoteDocumentAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``note.document.add`` (REST 3.0)."""

    collectionId: Required[int]
    """ID of the knowledge base, as returned by note.collection.list."""
    title: Required[str]
    """Document title, up to 255 characters."""
    parentId: int
    """ID of the parent document in the same knowledge base, for a nested page."""
    markdown: str
    """Initial content in Markdown, up to 1,048,576 bytes."""


class V3NoteDocumentAddResult(TypedDict, total=False):
    """Keys of the result of ``note.document.add`` (REST 3.0)."""

    item: dict[str, Any]
    """The new document."""
    id: int
    """ID of the document."""
    collectionId: int
    """ID of the knowledge base, or null when the document is reached through direct document access."""
    parentId: int
    """ID of the parent document, or null."""
    title: str
    """Document title."""
    markdown: str
    """Document content in Markdown."""
    position: int
    """Position among sibling pages."""
    createdBy: int
    """ID of the author."""
    updatedBy: int
    """ID of the last editor."""
    createdAt: str
    """Creation date and time, UTC."""
    updatedAt: str
    """Date and time of the last change, UTC."""


class V3NoteDocumentField(TypedDict, total=False):
    """Description of one field: name, type, caption and what it can be used for.

    Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-field-get.html
    """

    name: str
    """Field name."""
    type: str
    """Field data type."""
    title: str
    """Field caption."""
    filterable: bool
    """Whether the field can be used in a filter."""
    sortable: bool
    """Whether the field can be used for sorting."""


class V3NoteDocumentSearch(TypedDict, total=False):
    """Knowledge base documents found by a search.

    Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-search-list.html
    """

    items: list[Any]
    """Documents found."""
    documentId: int
    """ID of the document found."""
    collectionId: int
    """ID of the knowledge base, or null when the document is reached through direct document access."""
    title: str
    """Document title."""
    score: float
    """Relative relevance of the match."""
    snippet: str
    """HTML excerpt with matches in <b> tags."""
    sharedAccess: bool
    """true when the document is reachable through direct access only, not through its knowledge base."""
    hasMore: bool
    """true when more matches exist beyond this page."""


class V3NoteDocumentSearchField(TypedDict, total=False):
    """Description of one field: name, type, caption and what it can be used for.

    Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-search-field-get.html
    """

    name: str
    """Field name."""
    type: str
    """Field data type."""
    title: str
    """Field caption."""
    filterable: bool
    """Whether the field can be used in a filter."""
    sortable: bool
    """Whether the field can be used for sorting."""


class V3NoteDocumentSearchListPagination(TypedDict, total=False):
    """Keys of the ``pagination`` parameter of ``note.document.search.list`` (REST 3.0)."""

    limit: int
    """Page size, 1 to 200; default 50."""


class V3NoteDocumentTree(TypedDict, total=False):
    """The page tree of a knowledge base.

    Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-tree-list.html
    """

    items: list[Any]
    """Root pages of the tree."""
    id: int
    """ID of the document."""
    collectionId: int
    """ID of the knowledge base."""
    parentId: int
    """ID of the parent document, or null for a root page."""
    title: str
    """Document title."""
    position: int
    """Position among sibling pages."""
    children: list[Any] | dict[str, Any]
    """Child pages."""
    truncated: bool
    """true when the tree exceeded 5000 nodes and was cut at root level."""


class V3NoteDocumentTreeField(TypedDict, total=False):
    """Description of one field: name, type, caption and what it can be used for.

    Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-tree-field-get.html
    """

    name: str
    """Field name."""
    type: str
    """Field data type."""
    title: str
    """Field caption."""
    filterable: bool
    """Whether the field can be used in a filter."""
    sortable: bool
    """Whether the field can be used for sorting."""


class V3NoteDocumentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``note.document.update`` (REST 3.0)."""

    title: str
    """New title, up to 255 characters."""
    markdown: str
    """New content in Markdown, up to 1,048,576 bytes; insert files with the assetMarkdown block from note.file.add or note.file.get."""


class V3NoteDocumentUpdateResult(TypedDict, total=False):
    """Keys of the result of ``note.document.update`` (REST 3.0)."""

    item: dict[str, Any]
    """The document after the change."""
    id: int
    """ID of the document."""
    collectionId: int
    """ID of the knowledge base, or null when the document is reached through direct document access."""
    parentId: int
    """ID of the parent document, or null."""
    title: str
    """Document title."""
    markdown: str
    """Document content in Markdown."""
    position: int
    """Position among sibling pages."""
    createdBy: int
    """ID of the author."""
    updatedBy: int
    """ID of the last editor."""
    createdAt: str
    """Creation date and time, UTC."""
    updatedAt: str
    """Date and time of the last change, UTC."""


class V3NoteFile(TypedDict, total=False):
    """A file attached to a knowledge base document.

    Docs: https://apidocs.bitrix24.com/api-reference/note/file/note-file-get.html
    """

    item: dict[str, Any]
    """The file."""
    id: int
    """ID of the file."""
    documentId: int
    """ID of the document the file is attached to."""
    name: str
    """File name."""
    size: int
    """File size in bytes."""
    mimeType: str
    """MIME type."""
    assetType: str
    """\"image", "video" or "file"."""
    assetMarkdown: str
    """Markdown block "[[<assetType> fileId=<id>]]" to embed the file with note.document.update."""


class V3NoteFileAddResult(TypedDict, total=False):
    """Keys of the result of ``note.file.add`` (REST 3.0)."""

    item: dict[str, Any]
    """The uploaded file."""
    id: int
    """ID of the file."""
    documentId: int
    """ID of the document the file is attached to."""
    name: str
    """File name."""
    size: int
    """File size in bytes."""
    mimeType: str
    """MIME type."""
    assetType: str
    """Attachment kind for the Markdown block: "image", "video" or "file"."""
    assetMarkdown: str
    """Markdown block to insert the file into the document with note.document.update."""


class V3NoteFileField(TypedDict, total=False):
    """Description of one field: name, type, caption and what it can be used for.

    Docs: https://apidocs.bitrix24.com/api-reference/note/file/note-file-field-get.html
    """

    name: str
    """Field name."""
    type: str
    """Field data type."""
    title: str
    """Field caption."""
    filterable: bool
    """Whether the field can be used in a filter."""
    sortable: bool
    """Whether the field can be used for sorting."""
