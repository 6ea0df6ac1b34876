"""TypedDicts of ``b24client.types.note``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import Required, TypedDict

__all__ = [
    "V3NoteCollectionAddFields",
    "V3NoteCollectionListPagination",
    "V3NoteCollectionListPaginationAfterCursor",
    "V3NoteCollectionUpdateFields",
    "V3NoteDocumentAddFields",
    "V3NoteDocumentSearchListPagination",
    "V3NoteDocumentUpdateFields",
]


class V3NoteCollectionAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``note.collection.add`` (REST 3.0)."""

    name: Required[str]
    position: int


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


class V3NoteDocumentAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``note.document.add`` (REST 3.0)."""

    collectionId: Required[int]
    title: Required[str]
    parentId: int
    markdown: str


class V3NoteDocumentSearchListPagination(TypedDict, total=False):
    """Keys of the ``pagination`` parameter of ``note.document.search.list`` (REST 3.0)."""

    limit: int


class V3NoteDocumentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``note.document.update`` (REST 3.0)."""

    title: str
    markdown: str
