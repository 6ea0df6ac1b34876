"""REST 3.0 methods under ``note``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.note import (
        V3NoteCollection as _V3NoteCollection,
        V3NoteCollectionAddFields,
        V3NoteCollectionAddResult,
        V3NoteCollectionField as _V3NoteCollectionField,
        V3NoteCollectionListPagination,
        V3NoteCollectionUpdateFields,
        V3NoteCollectionUpdateResult,
        V3NoteDocument as _V3NoteDocument,
        V3NoteDocumentAddFields,
        V3NoteDocumentAddResult,
        V3NoteDocumentField as _V3NoteDocumentField,
        V3NoteDocumentSearch as _V3NoteDocumentSearch,
        V3NoteDocumentSearchField as _V3NoteDocumentSearchField,
        V3NoteDocumentSearchListPagination,
        V3NoteDocumentTree as _V3NoteDocumentTree,
        V3NoteDocumentTreeField as _V3NoteDocumentTreeField,
        V3NoteDocumentUpdateFields,
        V3NoteDocumentUpdateResult,
        V3NoteFile as _V3NoteFile,
        V3NoteFileAddResult,
        V3NoteFileField as _V3NoteFileField,
    )

_V3_NOTE_COLLECTION_ADD = MethodInfo(
    name="note.collection.add", idempotent=False, returns="any", api=3
)
_V3_NOTE_COLLECTION_ARCHIVE = MethodInfo(
    name="note.collection.archive", idempotent=False, returns="boolean", api=3
)
_V3_NOTE_COLLECTION_DELETE = MethodInfo(
    name="note.collection.delete", idempotent=False, returns="boolean", api=3
)
_V3_NOTE_COLLECTION_GET = MethodInfo(
    name="note.collection.get", idempotent=True, returns="any", api=3
)
_V3_NOTE_COLLECTION_LIST = MethodInfo(
    name="note.collection.list", idempotent=True, returns="any", api=3
)
_V3_NOTE_COLLECTION_UPDATE = MethodInfo(
    name="note.collection.update", idempotent=False, returns="any", api=3
)
_V3_NOTE_COLLECTION_FIELD_GET = MethodInfo(
    name="note.collection.field.get", idempotent=True, returns="any", api=3
)
_V3_NOTE_COLLECTION_FIELD_LIST = MethodInfo(
    name="note.collection.field.list", idempotent=True, returns="any", api=3
)
_V3_NOTE_DOCUMENT_ADD = MethodInfo(
    name="note.document.add", idempotent=False, returns="any", api=3
)
_V3_NOTE_DOCUMENT_ARCHIVE = MethodInfo(
    name="note.document.archive", idempotent=False, returns="boolean", api=3
)
_V3_NOTE_DOCUMENT_DELETE = MethodInfo(
    name="note.document.delete", idempotent=False, returns="boolean", api=3
)
_V3_NOTE_DOCUMENT_GET = MethodInfo(
    name="note.document.get", idempotent=True, returns="any", api=3
)
_V3_NOTE_DOCUMENT_UPDATE = MethodInfo(
    name="note.document.update", idempotent=False, returns="any", api=3
)
_V3_NOTE_DOCUMENT_FIELD_GET = MethodInfo(
    name="note.document.field.get", idempotent=True, returns="any", api=3
)
_V3_NOTE_DOCUMENT_FIELD_LIST = MethodInfo(
    name="note.document.field.list", idempotent=True, returns="any", api=3
)
_V3_NOTE_DOCUMENT_SEARCH_LIST = MethodInfo(
    name="note.document.search.list", idempotent=True, returns="any", api=3
)
_V3_NOTE_DOCUMENT_SEARCH_FIELD_GET = MethodInfo(
    name="note.document.search.field.get", idempotent=True, returns="any", api=3
)
_V3_NOTE_DOCUMENT_SEARCH_FIELD_LIST = MethodInfo(
    name="note.document.search.field.list", idempotent=True, returns="any", api=3
)
_V3_NOTE_DOCUMENT_TREE_LIST = MethodInfo(
    name="note.document.tree.list", idempotent=True, returns="any", api=3
)
_V3_NOTE_DOCUMENT_TREE_FIELD_GET = MethodInfo(
    name="note.document.tree.field.get", idempotent=True, returns="any", api=3
)
_V3_NOTE_DOCUMENT_TREE_FIELD_LIST = MethodInfo(
    name="note.document.tree.field.list", idempotent=True, returns="any", api=3
)
_V3_NOTE_FILE_ADD = MethodInfo(
    name="note.file.add", idempotent=False, returns="any", api=3
)
_V3_NOTE_FILE_GET = MethodInfo(
    name="note.file.get", idempotent=True, returns="any", api=3
)
_V3_NOTE_FILE_FIELD_GET = MethodInfo(
    name="note.file.field.get", idempotent=True, returns="any", api=3
)
_V3_NOTE_FILE_FIELD_LIST = MethodInfo(
    name="note.file.field.list", idempotent=True, returns="any", api=3
)


class V3Note(Namespace):
    """REST 3.0 methods under ``note``."""

    __slots__ = ()

    @property
    def collection(self) -> V3NoteCollection:
        """REST 3.0 methods under ``note.collection``."""
        return V3NoteCollection(self._backend)

    @property
    def document(self) -> V3NoteDocument:
        """REST 3.0 methods under ``note.document``."""
        return V3NoteDocument(self._backend)

    @property
    def file(self) -> V3NoteFile:
        """REST 3.0 methods under ``note.file``."""
        return V3NoteFile(self._backend)


class AsyncV3Note(Namespace):
    """REST 3.0 methods under ``note`` (async)."""

    __slots__ = ()

    @property
    def collection(self) -> AsyncV3NoteCollection:
        """REST 3.0 methods under ``note.collection``."""
        return AsyncV3NoteCollection(self._backend)

    @property
    def document(self) -> AsyncV3NoteDocument:
        """REST 3.0 methods under ``note.document``."""
        return AsyncV3NoteDocument(self._backend)

    @property
    def file(self) -> AsyncV3NoteFile:
        """REST 3.0 methods under ``note.file``."""
        return AsyncV3NoteFile(self._backend)


class V3NoteCollection(Namespace):
    """REST 3.0 methods under ``note.collection``."""

    __slots__ = ()

    @property
    def field(self) -> V3NoteCollectionField:
        """REST 3.0 methods under ``note.collection.field``."""
        return V3NoteCollectionField(self._backend)

    def add(self, *, fields: V3NoteCollectionAddFields) -> V3NoteCollectionAddResult:
        """Create a knowledge base and return it.

        Requires access to the Knowledge base module and the right to create knowledge bases.

        REST method: ``note.collection.add`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/collection/note-collection-add.html

        Args:
            fields: Fields of the new knowledge base.

        Returns:
            V3NoteCollectionAddResult

        Example:
            result = client.v3.note.collection.add(fields={"name": "Anna"})
            result = await client.v3.note.collection.add(fields={"name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "V3NoteCollectionAddResult",
            self._backend._invoke(_V3_NOTE_COLLECTION_ADD, {"fields": fields}),
        )

    def archive(self, *, id: int) -> bool:
        """Archive a knowledge base together with all its documents.

        Requires access to the Knowledge base module and the Administer right on the knowledge base.

        REST method: ``note.collection.archive`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/collection/note-collection-archive.html

        Args:
            id: ID of the knowledge base, as returned by note.collection.list.

        Returns:
            bool

        Example:
            result = client.v3.note.collection.archive(id=1)
            result = await client.v3.note.collection.archive(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_V3_NOTE_COLLECTION_ARCHIVE, {"id": id})
        )

    def delete(self, *, id: int) -> bool:
        """Move a knowledge base and all its documents to the trash.

        Requires access to the Knowledge base module and the Administer right on the knowledge base.

        REST method: ``note.collection.delete`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/collection/note-collection-delete.html

        Args:
            id: ID of the knowledge base, as returned by note.collection.list.

        Returns:
            bool

        Example:
            result = client.v3.note.collection.delete(id=1)
            result = await client.v3.note.collection.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_V3_NOTE_COLLECTION_DELETE, {"id": id}))

    def get(self, *, id: int) -> _V3NoteCollection:
        """Get a knowledge base with its access policy by ID.

        Requires access to the Knowledge base module and the View right on the knowledge base.

        REST method: ``note.collection.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/collection/note-collection-get.html

        Args:
            id: ID of the knowledge base, as returned by note.collection.list.

        Returns:
            V3NoteCollection

        Example:
            result = client.v3.note.collection.get(id=1)
            result = await client.v3.note.collection.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_V3NoteCollection",
            self._backend._invoke(_V3_NOTE_COLLECTION_GET, {"id": id}),
        )

    def list(
        self, *, pagination: V3NoteCollectionListPagination | NotGiven = NOT_GIVEN
    ) -> _V3NoteCollection:
        """List the knowledge bases available to the current user.

        nextCursor in the answer is null when there are no more pages.

        REST method: ``note.collection.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/collection/note-collection-list.html

        Args:
            pagination: Cursor paging settings.

        Returns:
            V3NoteCollection

        Example:
            result = client.v3.note.collection.list()
            result = await client.v3.note.collection.list()  # AsyncBitrix24
        """
        return cast(
            "_V3NoteCollection",
            self._backend._invoke(_V3_NOTE_COLLECTION_LIST, {"pagination": pagination}),
        )

    def update(
        self, *, id: int, fields: V3NoteCollectionUpdateFields
    ) -> V3NoteCollectionUpdateResult:
        """Rename a knowledge base.

        Requires access to the Knowledge base module and the Edit right on the knowledge base.

        REST method: ``note.collection.update`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/collection/note-collection-update.html

        Args:
            id: ID of the knowledge base, as returned by note.collection.list.
            fields: Fields to change.

        Returns:
            V3NoteCollectionUpdateResult

        Example:
            result = client.v3.note.collection.update(id=1, fields={"name": "Anna"})
            result = await client.v3.note.collection.update(id=1, fields={"name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "V3NoteCollectionUpdateResult",
            self._backend._invoke(
                _V3_NOTE_COLLECTION_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncV3NoteCollection(Namespace):
    """REST 3.0 methods under ``note.collection`` (async)."""

    __slots__ = ()

    @property
    def field(self) -> AsyncV3NoteCollectionField:
        """REST 3.0 methods under ``note.collection.field``."""
        return AsyncV3NoteCollectionField(self._backend)

    async def add(
        self, *, fields: V3NoteCollectionAddFields
    ) -> V3NoteCollectionAddResult:
        """Create a knowledge base and return it.

        Requires access to the Knowledge base module and the right to create knowledge bases.

        REST method: ``note.collection.add`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/collection/note-collection-add.html

        Args:
            fields: Fields of the new knowledge base.

        Returns:
            V3NoteCollectionAddResult

        Example:
            result = client.v3.note.collection.add(fields={"name": "Anna"})
            result = await client.v3.note.collection.add(fields={"name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "V3NoteCollectionAddResult",
            await self._backend._invoke(_V3_NOTE_COLLECTION_ADD, {"fields": fields}),
        )

    async def archive(self, *, id: int) -> bool:
        """Archive a knowledge base together with all its documents.

        Requires access to the Knowledge base module and the Administer right on the knowledge base.

        REST method: ``note.collection.archive`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/collection/note-collection-archive.html

        Args:
            id: ID of the knowledge base, as returned by note.collection.list.

        Returns:
            bool

        Example:
            result = client.v3.note.collection.archive(id=1)
            result = await client.v3.note.collection.archive(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_V3_NOTE_COLLECTION_ARCHIVE, {"id": id})
        )

    async def delete(self, *, id: int) -> bool:
        """Move a knowledge base and all its documents to the trash.

        Requires access to the Knowledge base module and the Administer right on the knowledge base.

        REST method: ``note.collection.delete`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/collection/note-collection-delete.html

        Args:
            id: ID of the knowledge base, as returned by note.collection.list.

        Returns:
            bool

        Example:
            result = client.v3.note.collection.delete(id=1)
            result = await client.v3.note.collection.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_V3_NOTE_COLLECTION_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> _V3NoteCollection:
        """Get a knowledge base with its access policy by ID.

        Requires access to the Knowledge base module and the View right on the knowledge base.

        REST method: ``note.collection.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/collection/note-collection-get.html

        Args:
            id: ID of the knowledge base, as returned by note.collection.list.

        Returns:
            V3NoteCollection

        Example:
            result = client.v3.note.collection.get(id=1)
            result = await client.v3.note.collection.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_V3NoteCollection",
            await self._backend._invoke(_V3_NOTE_COLLECTION_GET, {"id": id}),
        )

    async def list(
        self, *, pagination: V3NoteCollectionListPagination | NotGiven = NOT_GIVEN
    ) -> _V3NoteCollection:
        """List the knowledge bases available to the current user.

        nextCursor in the answer is null when there are no more pages.

        REST method: ``note.collection.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/collection/note-collection-list.html

        Args:
            pagination: Cursor paging settings.

        Returns:
            V3NoteCollection

        Example:
            result = client.v3.note.collection.list()
            result = await client.v3.note.collection.list()  # AsyncBitrix24
        """
        return cast(
            "_V3NoteCollection",
            await self._backend._invoke(
                _V3_NOTE_COLLECTION_LIST, {"pagination": pagination}
            ),
        )

    async def update(
        self, *, id: int, fields: V3NoteCollectionUpdateFields
    ) -> V3NoteCollectionUpdateResult:
        """Rename a knowledge base.

        Requires access to the Knowledge base module and the Edit right on the knowledge base.

        REST method: ``note.collection.update`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/collection/note-collection-update.html

        Args:
            id: ID of the knowledge base, as returned by note.collection.list.
            fields: Fields to change.

        Returns:
            V3NoteCollectionUpdateResult

        Example:
            result = client.v3.note.collection.update(id=1, fields={"name": "Anna"})
            result = await client.v3.note.collection.update(id=1, fields={"name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "V3NoteCollectionUpdateResult",
            await self._backend._invoke(
                _V3_NOTE_COLLECTION_UPDATE, {"id": id, "fields": fields}
            ),
        )


class V3NoteCollectionField(Namespace):
    """REST 3.0 methods under ``note.collection.field``."""

    __slots__ = ()

    def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3NoteCollectionField:
        """Describe one knowledge base field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``note.collection.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/collection/note-collection-field-get.html

        Args:
            name: Name of the field to describe, such as "position" or "policyLevel".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3NoteCollectionField

        Example:
            result = client.v3.note.collection.field.get(name="Anna")
            result = await client.v3.note.collection.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3NoteCollectionField",
            self._backend._invoke(
                _V3_NOTE_COLLECTION_FIELD_GET, {"name": name, "select": select}
            ),
        )

    def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3NoteCollectionField]:
        """List the knowledge base fields with their types, captions and filter/sort/edit flags.

        REST method: ``note.collection.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/collection/note-collection-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3NoteCollectionField]

        Example:
            result = client.v3.note.collection.field.list()
            result = await client.v3.note.collection.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3NoteCollectionField]",
            self._backend._invoke(_V3_NOTE_COLLECTION_FIELD_LIST, {"select": select}),
        )


class AsyncV3NoteCollectionField(Namespace):
    """REST 3.0 methods under ``note.collection.field`` (async)."""

    __slots__ = ()

    async def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3NoteCollectionField:
        """Describe one knowledge base field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``note.collection.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/collection/note-collection-field-get.html

        Args:
            name: Name of the field to describe, such as "position" or "policyLevel".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3NoteCollectionField

        Example:
            result = client.v3.note.collection.field.get(name="Anna")
            result = await client.v3.note.collection.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3NoteCollectionField",
            await self._backend._invoke(
                _V3_NOTE_COLLECTION_FIELD_GET, {"name": name, "select": select}
            ),
        )

    async def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3NoteCollectionField]:
        """List the knowledge base fields with their types, captions and filter/sort/edit flags.

        REST method: ``note.collection.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/collection/note-collection-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3NoteCollectionField]

        Example:
            result = client.v3.note.collection.field.list()
            result = await client.v3.note.collection.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3NoteCollectionField]",
            await self._backend._invoke(
                _V3_NOTE_COLLECTION_FIELD_LIST, {"select": select}
            ),
        )


class V3NoteDocument(Namespace):
    """REST 3.0 methods under ``note.document``."""

    __slots__ = ()

    @property
    def field(self) -> V3NoteDocumentField:
        """REST 3.0 methods under ``note.document.field``."""
        return V3NoteDocumentField(self._backend)

    @property
    def search(self) -> V3NoteDocumentSearch:
        """REST 3.0 methods under ``note.document.search``."""
        return V3NoteDocumentSearch(self._backend)

    @property
    def tree(self) -> V3NoteDocumentTree:
        """REST 3.0 methods under ``note.document.tree``."""
        return V3NoteDocumentTree(self._backend)

    def add(self, *, fields: V3NoteDocumentAddFields) -> V3NoteDocumentAddResult:
        """Create a document (page) in a knowledge base, optionally nested under another page.

        Requires access to the Knowledge base module and the Edit right on the knowledge base.

        REST method: ``note.document.add`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-add.html

        Args:
            fields: Fields of the new document.

        Returns:
            V3NoteDocumentAddResult

        Example:
            result = client.v3.note.document.add(fields={"collectionId": 1, "title": "Kick-off call"})
            result = await client.v3.note.document.add(fields={"collectionId": 1, "title": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            "V3NoteDocumentAddResult",
            self._backend._invoke(_V3_NOTE_DOCUMENT_ADD, {"fields": fields}),
        )

    def archive(self, *, id: int) -> bool:
        """Archive a knowledge base document together with its child pages.

        Requires access to the Knowledge base module and the Edit right on the knowledge base.

        REST method: ``note.document.archive`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-archive.html

        Args:
            id: ID of the document, as returned by note.document.tree.list.

        Returns:
            bool

        Example:
            result = client.v3.note.document.archive(id=1)
            result = await client.v3.note.document.archive(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_V3_NOTE_DOCUMENT_ARCHIVE, {"id": id}))

    def delete(self, *, id: int) -> bool:
        """Move a knowledge base document and its child pages to the trash.

        Requires access to the Knowledge base module and the Edit right. Documents can be restored from the trash only in the interface.

        REST method: ``note.document.delete`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-delete.html

        Args:
            id: ID of the document, as returned by note.document.tree.list.

        Returns:
            bool

        Example:
            result = client.v3.note.document.delete(id=1)
            result = await client.v3.note.document.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_V3_NOTE_DOCUMENT_DELETE, {"id": id}))

    def get(self, *, id: int) -> _V3NoteDocument:
        """Get one knowledge base document with its Markdown content.

        Requires access to the Knowledge base module and the View right on the knowledge base.

        REST method: ``note.document.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-get.html

        Args:
            id: ID of the document, as returned by note.document.tree.list.

        Returns:
            V3NoteDocument

        Example:
            result = client.v3.note.document.get(id=1)
            result = await client.v3.note.document.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_V3NoteDocument", self._backend._invoke(_V3_NOTE_DOCUMENT_GET, {"id": id})
        )

    def update(
        self,
        *,
        id: int,
        fields: V3NoteDocumentUpdateFields,
        overwrite: bool | NotGiven = NOT_GIVEN,
    ) -> V3NoteDocumentUpdateResult:
        """Change a knowledge base document's title or Markdown content.

        REST method: ``note.document.update`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-update.html

        Args:
            id: ID of the document, as returned by note.document.tree.list.
            fields: Fields to change; pass title, markdown or both.
            overwrite: true overwrites the content even when it has unsaved changes; default false. Used with fields.markdown.

        Returns:
            V3NoteDocumentUpdateResult

        Example:
            result = client.v3.note.document.update(id=1, fields={"title": "Kick-off call", "markdown": "example"})
            result = await client.v3.note.document.update(id=1, fields={"title": "Kick-off call", "markdown": "example"})  # AsyncBitrix24
        """
        return cast(
            "V3NoteDocumentUpdateResult",
            self._backend._invoke(
                _V3_NOTE_DOCUMENT_UPDATE,
                {"id": id, "fields": fields, "overwrite": overwrite},
            ),
        )


class AsyncV3NoteDocument(Namespace):
    """REST 3.0 methods under ``note.document`` (async)."""

    __slots__ = ()

    @property
    def field(self) -> AsyncV3NoteDocumentField:
        """REST 3.0 methods under ``note.document.field``."""
        return AsyncV3NoteDocumentField(self._backend)

    @property
    def search(self) -> AsyncV3NoteDocumentSearch:
        """REST 3.0 methods under ``note.document.search``."""
        return AsyncV3NoteDocumentSearch(self._backend)

    @property
    def tree(self) -> AsyncV3NoteDocumentTree:
        """REST 3.0 methods under ``note.document.tree``."""
        return AsyncV3NoteDocumentTree(self._backend)

    async def add(self, *, fields: V3NoteDocumentAddFields) -> V3NoteDocumentAddResult:
        """Create a document (page) in a knowledge base, optionally nested under another page.

        Requires access to the Knowledge base module and the Edit right on the knowledge base.

        REST method: ``note.document.add`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-add.html

        Args:
            fields: Fields of the new document.

        Returns:
            V3NoteDocumentAddResult

        Example:
            result = client.v3.note.document.add(fields={"collectionId": 1, "title": "Kick-off call"})
            result = await client.v3.note.document.add(fields={"collectionId": 1, "title": "Kick-off call"})  # AsyncBitrix24
        """
        return cast(
            "V3NoteDocumentAddResult",
            await self._backend._invoke(_V3_NOTE_DOCUMENT_ADD, {"fields": fields}),
        )

    async def archive(self, *, id: int) -> bool:
        """Archive a knowledge base document together with its child pages.

        Requires access to the Knowledge base module and the Edit right on the knowledge base.

        REST method: ``note.document.archive`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-archive.html

        Args:
            id: ID of the document, as returned by note.document.tree.list.

        Returns:
            bool

        Example:
            result = client.v3.note.document.archive(id=1)
            result = await client.v3.note.document.archive(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_V3_NOTE_DOCUMENT_ARCHIVE, {"id": id})
        )

    async def delete(self, *, id: int) -> bool:
        """Move a knowledge base document and its child pages to the trash.

        Requires access to the Knowledge base module and the Edit right. Documents can be restored from the trash only in the interface.

        REST method: ``note.document.delete`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-delete.html

        Args:
            id: ID of the document, as returned by note.document.tree.list.

        Returns:
            bool

        Example:
            result = client.v3.note.document.delete(id=1)
            result = await client.v3.note.document.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_V3_NOTE_DOCUMENT_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> _V3NoteDocument:
        """Get one knowledge base document with its Markdown content.

        Requires access to the Knowledge base module and the View right on the knowledge base.

        REST method: ``note.document.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-get.html

        Args:
            id: ID of the document, as returned by note.document.tree.list.

        Returns:
            V3NoteDocument

        Example:
            result = client.v3.note.document.get(id=1)
            result = await client.v3.note.document.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_V3NoteDocument",
            await self._backend._invoke(_V3_NOTE_DOCUMENT_GET, {"id": id}),
        )

    async def update(
        self,
        *,
        id: int,
        fields: V3NoteDocumentUpdateFields,
        overwrite: bool | NotGiven = NOT_GIVEN,
    ) -> V3NoteDocumentUpdateResult:
        """Change a knowledge base document's title or Markdown content.

        REST method: ``note.document.update`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-update.html

        Args:
            id: ID of the document, as returned by note.document.tree.list.
            fields: Fields to change; pass title, markdown or both.
            overwrite: true overwrites the content even when it has unsaved changes; default false. Used with fields.markdown.

        Returns:
            V3NoteDocumentUpdateResult

        Example:
            result = client.v3.note.document.update(id=1, fields={"title": "Kick-off call", "markdown": "example"})
            result = await client.v3.note.document.update(id=1, fields={"title": "Kick-off call", "markdown": "example"})  # AsyncBitrix24
        """
        return cast(
            "V3NoteDocumentUpdateResult",
            await self._backend._invoke(
                _V3_NOTE_DOCUMENT_UPDATE,
                {"id": id, "fields": fields, "overwrite": overwrite},
            ),
        )


class V3NoteDocumentField(Namespace):
    """REST 3.0 methods under ``note.document.field``."""

    __slots__ = ()

    def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3NoteDocumentField:
        """Describe one knowledge base document field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``note.document.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-field-get.html

        Args:
            name: Name of the field to describe, such as "collectionId", "parentId" or "markdown".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3NoteDocumentField

        Example:
            result = client.v3.note.document.field.get(name="Anna")
            result = await client.v3.note.document.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3NoteDocumentField",
            self._backend._invoke(
                _V3_NOTE_DOCUMENT_FIELD_GET, {"name": name, "select": select}
            ),
        )

    def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3NoteDocumentField]:
        """List the knowledge base document fields with their types, captions and filter/sort/edit flags.

        REST method: ``note.document.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3NoteDocumentField]

        Example:
            result = client.v3.note.document.field.list()
            result = await client.v3.note.document.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3NoteDocumentField]",
            self._backend._invoke(_V3_NOTE_DOCUMENT_FIELD_LIST, {"select": select}),
        )


class AsyncV3NoteDocumentField(Namespace):
    """REST 3.0 methods under ``note.document.field`` (async)."""

    __slots__ = ()

    async def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3NoteDocumentField:
        """Describe one knowledge base document field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``note.document.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-field-get.html

        Args:
            name: Name of the field to describe, such as "collectionId", "parentId" or "markdown".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3NoteDocumentField

        Example:
            result = client.v3.note.document.field.get(name="Anna")
            result = await client.v3.note.document.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3NoteDocumentField",
            await self._backend._invoke(
                _V3_NOTE_DOCUMENT_FIELD_GET, {"name": name, "select": select}
            ),
        )

    async def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3NoteDocumentField]:
        """List the knowledge base document fields with their types, captions and filter/sort/edit flags.

        REST method: ``note.document.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3NoteDocumentField]

        Example:
            result = client.v3.note.document.field.list()
            result = await client.v3.note.document.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3NoteDocumentField]",
            await self._backend._invoke(
                _V3_NOTE_DOCUMENT_FIELD_LIST, {"select": select}
            ),
        )


class V3NoteDocumentSearch(Namespace):
    """REST 3.0 methods under ``note.document.search``."""

    __slots__ = ()

    @property
    def field(self) -> V3NoteDocumentSearchField:
        """REST 3.0 methods under ``note.document.search.field``."""
        return V3NoteDocumentSearchField(self._backend)

    def list(
        self,
        *,
        query: str,
        pagination: V3NoteDocumentSearchListPagination | NotGiven = NOT_GIVEN,
    ) -> _V3NoteDocumentSearch:
        """Search knowledge base documents by title and content.

        Only the first page of results is returned; hasMore tells whether more matches exist.

        REST method: ``note.document.search.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-search-list.html

        Args:
            query: Search text, 3 to 200 characters.
            pagination: Paging settings.

        Returns:
            V3NoteDocumentSearch

        Example:
            result = client.v3.note.document.search.list(query="example")
            result = await client.v3.note.document.search.list(query="example")  # AsyncBitrix24
        """
        return cast(
            "_V3NoteDocumentSearch",
            self._backend._invoke(
                _V3_NOTE_DOCUMENT_SEARCH_LIST,
                {"query": query, "pagination": pagination},
            ),
        )


class AsyncV3NoteDocumentSearch(Namespace):
    """REST 3.0 methods under ``note.document.search`` (async)."""

    __slots__ = ()

    @property
    def field(self) -> AsyncV3NoteDocumentSearchField:
        """REST 3.0 methods under ``note.document.search.field``."""
        return AsyncV3NoteDocumentSearchField(self._backend)

    async def list(
        self,
        *,
        query: str,
        pagination: V3NoteDocumentSearchListPagination | NotGiven = NOT_GIVEN,
    ) -> _V3NoteDocumentSearch:
        """Search knowledge base documents by title and content.

        Only the first page of results is returned; hasMore tells whether more matches exist.

        REST method: ``note.document.search.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-search-list.html

        Args:
            query: Search text, 3 to 200 characters.
            pagination: Paging settings.

        Returns:
            V3NoteDocumentSearch

        Example:
            result = client.v3.note.document.search.list(query="example")
            result = await client.v3.note.document.search.list(query="example")  # AsyncBitrix24
        """
        return cast(
            "_V3NoteDocumentSearch",
            await self._backend._invoke(
                _V3_NOTE_DOCUMENT_SEARCH_LIST,
                {"query": query, "pagination": pagination},
            ),
        )


class V3NoteDocumentSearchField(Namespace):
    """REST 3.0 methods under ``note.document.search.field``."""

    __slots__ = ()

    def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3NoteDocumentSearchField:
        """Describe one document search result field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``note.document.search.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-search-field-get.html

        Args:
            name: Name of the field to describe, such as "score", "snippet" or "sharedAccess".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3NoteDocumentSearchField

        Example:
            result = client.v3.note.document.search.field.get(name="Anna")
            result = await client.v3.note.document.search.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3NoteDocumentSearchField",
            self._backend._invoke(
                _V3_NOTE_DOCUMENT_SEARCH_FIELD_GET, {"name": name, "select": select}
            ),
        )

    def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3NoteDocumentSearchField]:
        """List the document search result fields with their types, captions and filter/sort/edit flags.

        REST method: ``note.document.search.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-search-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3NoteDocumentSearchField]

        Example:
            result = client.v3.note.document.search.field.list()
            result = await client.v3.note.document.search.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3NoteDocumentSearchField]",
            self._backend._invoke(
                _V3_NOTE_DOCUMENT_SEARCH_FIELD_LIST, {"select": select}
            ),
        )


class AsyncV3NoteDocumentSearchField(Namespace):
    """REST 3.0 methods under ``note.document.search.field`` (async)."""

    __slots__ = ()

    async def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3NoteDocumentSearchField:
        """Describe one document search result field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``note.document.search.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-search-field-get.html

        Args:
            name: Name of the field to describe, such as "score", "snippet" or "sharedAccess".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3NoteDocumentSearchField

        Example:
            result = client.v3.note.document.search.field.get(name="Anna")
            result = await client.v3.note.document.search.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3NoteDocumentSearchField",
            await self._backend._invoke(
                _V3_NOTE_DOCUMENT_SEARCH_FIELD_GET, {"name": name, "select": select}
            ),
        )

    async def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3NoteDocumentSearchField]:
        """List the document search result fields with their types, captions and filter/sort/edit flags.

        REST method: ``note.document.search.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-search-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3NoteDocumentSearchField]

        Example:
            result = client.v3.note.document.search.field.list()
            result = await client.v3.note.document.search.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3NoteDocumentSearchField]",
            await self._backend._invoke(
                _V3_NOTE_DOCUMENT_SEARCH_FIELD_LIST, {"select": select}
            ),
        )


class V3NoteDocumentTree(Namespace):
    """REST 3.0 methods under ``note.document.tree``."""

    __slots__ = ()

    @property
    def field(self) -> V3NoteDocumentTreeField:
        """REST 3.0 methods under ``note.document.tree.field``."""
        return V3NoteDocumentTreeField(self._backend)

    def list(self, *, collection_id: int) -> _V3NoteDocumentTree:
        """Get the page tree of a knowledge base.

        Archived documents are left out. truncated is true when the tree exceeded 5000 nodes and was cut at root level.

        REST method: ``note.document.tree.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-tree-list.html

        Args:
            collection_id: ID of the knowledge base, as returned by note.collection.list. Wire name: ``collectionId``.

        Returns:
            V3NoteDocumentTree

        Example:
            result = client.v3.note.document.tree.list(collection_id=1)
            result = await client.v3.note.document.tree.list(collection_id=1)  # AsyncBitrix24
        """
        return cast(
            "_V3NoteDocumentTree",
            self._backend._invoke(
                _V3_NOTE_DOCUMENT_TREE_LIST, {"collectionId": collection_id}
            ),
        )


class AsyncV3NoteDocumentTree(Namespace):
    """REST 3.0 methods under ``note.document.tree`` (async)."""

    __slots__ = ()

    @property
    def field(self) -> AsyncV3NoteDocumentTreeField:
        """REST 3.0 methods under ``note.document.tree.field``."""
        return AsyncV3NoteDocumentTreeField(self._backend)

    async def list(self, *, collection_id: int) -> _V3NoteDocumentTree:
        """Get the page tree of a knowledge base.

        Archived documents are left out. truncated is true when the tree exceeded 5000 nodes and was cut at root level.

        REST method: ``note.document.tree.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-tree-list.html

        Args:
            collection_id: ID of the knowledge base, as returned by note.collection.list. Wire name: ``collectionId``.

        Returns:
            V3NoteDocumentTree

        Example:
            result = client.v3.note.document.tree.list(collection_id=1)
            result = await client.v3.note.document.tree.list(collection_id=1)  # AsyncBitrix24
        """
        return cast(
            "_V3NoteDocumentTree",
            await self._backend._invoke(
                _V3_NOTE_DOCUMENT_TREE_LIST, {"collectionId": collection_id}
            ),
        )


class V3NoteDocumentTreeField(Namespace):
    """REST 3.0 methods under ``note.document.tree.field``."""

    __slots__ = ()

    def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3NoteDocumentTreeField:
        """Describe one document tree node field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``note.document.tree.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-tree-field-get.html

        Args:
            name: Name of the field to describe, such as "parentId", "position" or "children".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3NoteDocumentTreeField

        Example:
            result = client.v3.note.document.tree.field.get(name="Anna")
            result = await client.v3.note.document.tree.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3NoteDocumentTreeField",
            self._backend._invoke(
                _V3_NOTE_DOCUMENT_TREE_FIELD_GET, {"name": name, "select": select}
            ),
        )

    def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3NoteDocumentTreeField]:
        """List the document tree node fields with their types, captions and filter/sort/edit flags.

        REST method: ``note.document.tree.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-tree-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3NoteDocumentTreeField]

        Example:
            result = client.v3.note.document.tree.field.list()
            result = await client.v3.note.document.tree.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3NoteDocumentTreeField]",
            self._backend._invoke(
                _V3_NOTE_DOCUMENT_TREE_FIELD_LIST, {"select": select}
            ),
        )


class AsyncV3NoteDocumentTreeField(Namespace):
    """REST 3.0 methods under ``note.document.tree.field`` (async)."""

    __slots__ = ()

    async def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3NoteDocumentTreeField:
        """Describe one document tree node field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``note.document.tree.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-tree-field-get.html

        Args:
            name: Name of the field to describe, such as "parentId", "position" or "children".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3NoteDocumentTreeField

        Example:
            result = client.v3.note.document.tree.field.get(name="Anna")
            result = await client.v3.note.document.tree.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3NoteDocumentTreeField",
            await self._backend._invoke(
                _V3_NOTE_DOCUMENT_TREE_FIELD_GET, {"name": name, "select": select}
            ),
        )

    async def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3NoteDocumentTreeField]:
        """List the document tree node fields with their types, captions and filter/sort/edit flags.

        REST method: ``note.document.tree.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/document/note-document-tree-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3NoteDocumentTreeField]

        Example:
            result = client.v3.note.document.tree.field.list()
            result = await client.v3.note.document.tree.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3NoteDocumentTreeField]",
            await self._backend._invoke(
                _V3_NOTE_DOCUMENT_TREE_FIELD_LIST, {"select": select}
            ),
        )


class V3NoteFile(Namespace):
    """REST 3.0 methods under ``note.file``."""

    __slots__ = ()

    @property
    def field(self) -> V3NoteFileField:
        """REST 3.0 methods under ``note.file.field``."""
        return V3NoteFileField(self._backend)

    def add(
        self, *, document_id: int, file_name: str, file_content: str
    ) -> V3NoteFileAddResult:
        """Upload a file to a knowledge base document and get a Markdown block to embed it.

        Requires access to the Knowledge base module and the Edit right on the knowledge base.

        REST method: ``note.file.add`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/file/note-file-add.html

        Args:
            document_id: ID of the document to attach the file to. Wire name: ``documentId``.
            file_name: File name with extension: png, jpg, jpeg, gif, webp, svg, pdf, txt, md, csv, doc(x), xls(x), ppt(x), mp4, webm or mov. Wire name: ``fileName``.
            file_content: File content, Base64-encoded. Wire name: ``fileContent``.

        Returns:
            V3NoteFileAddResult

        Example:
            result = client.v3.note.file.add(document_id=1, file_name="report.pdf", file_content="example")
            result = await client.v3.note.file.add(document_id=1, file_name="report.pdf", file_content="example")  # AsyncBitrix24
        """
        return cast(
            "V3NoteFileAddResult",
            self._backend._invoke(
                _V3_NOTE_FILE_ADD,
                {
                    "documentId": document_id,
                    "fileName": file_name,
                    "fileContent": file_content,
                },
            ),
        )

    def get(self, *, id: int, document_id: int) -> _V3NoteFile:
        """Get a document file's metadata and its ready-to-embed Markdown block.

        REST method: ``note.file.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/file/note-file-get.html

        Args:
            id: ID of the file, from note.file.add.
            document_id: ID of the document the file is attached to, the same as passed to note.file.add. Wire name: ``documentId``.

        Returns:
            V3NoteFile

        Example:
            result = client.v3.note.file.get(id=1, document_id=1)
            result = await client.v3.note.file.get(id=1, document_id=1)  # AsyncBitrix24
        """
        return cast(
            "_V3NoteFile",
            self._backend._invoke(
                _V3_NOTE_FILE_GET, {"id": id, "documentId": document_id}
            ),
        )


class AsyncV3NoteFile(Namespace):
    """REST 3.0 methods under ``note.file`` (async)."""

    __slots__ = ()

    @property
    def field(self) -> AsyncV3NoteFileField:
        """REST 3.0 methods under ``note.file.field``."""
        return AsyncV3NoteFileField(self._backend)

    async def add(
        self, *, document_id: int, file_name: str, file_content: str
    ) -> V3NoteFileAddResult:
        """Upload a file to a knowledge base document and get a Markdown block to embed it.

        Requires access to the Knowledge base module and the Edit right on the knowledge base.

        REST method: ``note.file.add`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/file/note-file-add.html

        Args:
            document_id: ID of the document to attach the file to. Wire name: ``documentId``.
            file_name: File name with extension: png, jpg, jpeg, gif, webp, svg, pdf, txt, md, csv, doc(x), xls(x), ppt(x), mp4, webm or mov. Wire name: ``fileName``.
            file_content: File content, Base64-encoded. Wire name: ``fileContent``.

        Returns:
            V3NoteFileAddResult

        Example:
            result = client.v3.note.file.add(document_id=1, file_name="report.pdf", file_content="example")
            result = await client.v3.note.file.add(document_id=1, file_name="report.pdf", file_content="example")  # AsyncBitrix24
        """
        return cast(
            "V3NoteFileAddResult",
            await self._backend._invoke(
                _V3_NOTE_FILE_ADD,
                {
                    "documentId": document_id,
                    "fileName": file_name,
                    "fileContent": file_content,
                },
            ),
        )

    async def get(self, *, id: int, document_id: int) -> _V3NoteFile:
        """Get a document file's metadata and its ready-to-embed Markdown block.

        REST method: ``note.file.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/file/note-file-get.html

        Args:
            id: ID of the file, from note.file.add.
            document_id: ID of the document the file is attached to, the same as passed to note.file.add. Wire name: ``documentId``.

        Returns:
            V3NoteFile

        Example:
            result = client.v3.note.file.get(id=1, document_id=1)
            result = await client.v3.note.file.get(id=1, document_id=1)  # AsyncBitrix24
        """
        return cast(
            "_V3NoteFile",
            await self._backend._invoke(
                _V3_NOTE_FILE_GET, {"id": id, "documentId": document_id}
            ),
        )


class V3NoteFileField(Namespace):
    """REST 3.0 methods under ``note.file.field``."""

    __slots__ = ()

    def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3NoteFileField:
        """Describe one document file field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``note.file.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/file/note-file-field-get.html

        Args:
            name: Name of the field to describe, such as "size", "mimeType" or "assetMarkdown".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3NoteFileField

        Example:
            result = client.v3.note.file.field.get(name="Anna")
            result = await client.v3.note.file.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3NoteFileField",
            self._backend._invoke(
                _V3_NOTE_FILE_FIELD_GET, {"name": name, "select": select}
            ),
        )

    def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3NoteFileField]:
        """List the document file fields with their types, captions and filter/sort/edit flags.

        REST method: ``note.file.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/file/note-file-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3NoteFileField]

        Example:
            result = client.v3.note.file.field.list()
            result = await client.v3.note.file.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3NoteFileField]",
            self._backend._invoke(_V3_NOTE_FILE_FIELD_LIST, {"select": select}),
        )


class AsyncV3NoteFileField(Namespace):
    """REST 3.0 methods under ``note.file.field`` (async)."""

    __slots__ = ()

    async def get(
        self, *, name: str, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> _V3NoteFileField:
        """Describe one document file field: its type, caption and whether it can be filtered, sorted or edited.

        REST method: ``note.file.field.get`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/file/note-file-field-get.html

        Args:
            name: Name of the field to describe, such as "size", "mimeType" or "assetMarkdown".
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            V3NoteFileField

        Example:
            result = client.v3.note.file.field.get(name="Anna")
            result = await client.v3.note.file.field.get(name="Anna")  # AsyncBitrix24
        """
        return cast(
            "_V3NoteFileField",
            await self._backend._invoke(
                _V3_NOTE_FILE_FIELD_GET, {"name": name, "select": select}
            ),
        )

    async def list(
        self, *, select: Sequence[str] | NotGiven = NOT_GIVEN
    ) -> builtins.list[_V3NoteFileField]:
        """List the document file fields with their types, captions and filter/sort/edit flags.

        REST method: ``note.file.field.list`` (REST 3.0)
        Docs: https://apidocs.bitrix24.com/api-reference/note/file/note-file-field-list.html

        Args:
            select: Properties of the field description to return, such as "name", "type", "title", "description", "filterable", "sortable", "editable", "multiple".

        Returns:
            list[V3NoteFileField]

        Example:
            result = client.v3.note.file.field.list()
            result = await client.v3.note.file.field.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_V3NoteFileField]",
            await self._backend._invoke(_V3_NOTE_FILE_FIELD_LIST, {"select": select}),
        )
