"""Methods under ``catalog.userfield``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.catalog import (
        CatalogUserfieldDocument as _CatalogUserfieldDocument,
        CatalogUserfieldDocumentUpdateFields,
        CatalogUserfieldDocumentUpdateResult,
    )

_CATALOG_USERFIELD_DOCUMENT_LIST = MethodInfo(
    name="catalog.userfield.document.list", idempotent=True, returns="any", api=1
)
_CATALOG_USERFIELD_DOCUMENT_UPDATE = MethodInfo(
    name="catalog.userfield.document.update", idempotent=False, returns="any", api=1
)


class CatalogUserfield(Namespace):
    """Methods under ``catalog.userfield``."""

    __slots__ = ()

    @property
    def document(self) -> CatalogUserfieldDocument:
        """Methods under ``catalog.userfield.document``."""
        return CatalogUserfieldDocument(self._backend)


class AsyncCatalogUserfield(Namespace):
    """Methods under ``catalog.userfield`` (async)."""

    __slots__ = ()

    @property
    def document(self) -> AsyncCatalogUserfieldDocument:
        """Methods under ``catalog.userfield.document``."""
        return AsyncCatalogUserfieldDocument(self._backend)


class BatchCatalogUserfield(Namespace):
    """Methods under ``catalog.userfield`` (queued into a batch)."""

    __slots__ = ()

    @property
    def document(self) -> BatchCatalogUserfieldDocument:
        """Methods under ``catalog.userfield.document``."""
        return BatchCatalogUserfieldDocument(self._backend)


class CatalogUserfieldDocument(Namespace):
    """Methods under ``catalog.userfield.document``."""

    __slots__ = ()

    def list(
        self,
        *,
        select: Sequence[str],
        filter: dict[str, Any],
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogUserfieldDocument]:
        """List catalog userfield document entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.userfield.document.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/userfield-document/catalog-userfield-document-list.html

        Returns:
            Page[CatalogUserfieldDocument]

        Example:
            result = client.catalog.userfield.document.list(select=["example"], filter={})
            result = await client.catalog.userfield.document.list(select=["example"], filter={})  # AsyncBitrix24
        """
        return cast(
            "Page[_CatalogUserfieldDocument]",
            self._backend._invoke_page(
                _CATALOG_USERFIELD_DOCUMENT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, document_id: int, fields: CatalogUserfieldDocumentUpdateFields
    ) -> CatalogUserfieldDocumentUpdateResult:
        """Update catalog userfield document.

        REST method: ``catalog.userfield.document.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/userfield-document/catalog-userfield-document-update.html

        Args:
            document_id: Wire name: ``documentId``.

        Returns:
            CatalogUserfieldDocumentUpdateResult

        Example:
            result = client.catalog.userfield.document.update(document_id=1, fields={"documentType": "example"})
            result = await client.catalog.userfield.document.update(document_id=1, fields={"documentType": "example"})  # AsyncBitrix24
        """
        return cast(
            "CatalogUserfieldDocumentUpdateResult",
            self._backend._invoke(
                _CATALOG_USERFIELD_DOCUMENT_UPDATE,
                {"documentId": document_id, "fields": fields},
            ),
        )


class AsyncCatalogUserfieldDocument(Namespace):
    """Methods under ``catalog.userfield.document`` (async)."""

    __slots__ = ()

    async def list(
        self,
        *,
        select: Sequence[str],
        filter: dict[str, Any],
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogUserfieldDocument]:
        """List catalog userfield document entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.userfield.document.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/userfield-document/catalog-userfield-document-list.html

        Returns:
            AsyncPage[CatalogUserfieldDocument]

        Example:
            result = client.catalog.userfield.document.list(select=["example"], filter={})
            result = await client.catalog.userfield.document.list(select=["example"], filter={})  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CatalogUserfieldDocument]",
            await self._backend._invoke_page(
                _CATALOG_USERFIELD_DOCUMENT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, document_id: int, fields: CatalogUserfieldDocumentUpdateFields
    ) -> CatalogUserfieldDocumentUpdateResult:
        """Update catalog userfield document.

        REST method: ``catalog.userfield.document.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/userfield-document/catalog-userfield-document-update.html

        Args:
            document_id: Wire name: ``documentId``.

        Returns:
            CatalogUserfieldDocumentUpdateResult

        Example:
            result = client.catalog.userfield.document.update(document_id=1, fields={"documentType": "example"})
            result = await client.catalog.userfield.document.update(document_id=1, fields={"documentType": "example"})  # AsyncBitrix24
        """
        return cast(
            "CatalogUserfieldDocumentUpdateResult",
            await self._backend._invoke(
                _CATALOG_USERFIELD_DOCUMENT_UPDATE,
                {"documentId": document_id, "fields": fields},
            ),
        )


class BatchCatalogUserfieldDocument(Namespace):
    """Methods under ``catalog.userfield.document`` (queued into a batch)."""

    __slots__ = ()

    def list(
        self,
        *,
        select: Sequence[str] | Ref,
        filter: dict[str, Any] | Ref,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogUserfieldDocument]]:
        """List catalog userfield document entries.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.userfield.document.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/userfield-document/catalog-userfield-document-list.html

        Returns:
            BatchCommand[list[CatalogUserfieldDocument]]

        Example:
            command = batch.catalog.userfield.document.list(select=["example"], filter={})
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogUserfieldDocument]]",
            self._backend._invoke_page(
                _CATALOG_USERFIELD_DOCUMENT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self,
        *,
        document_id: int | Ref,
        fields: CatalogUserfieldDocumentUpdateFields | Ref,
    ) -> BatchCommand[CatalogUserfieldDocumentUpdateResult]:
        """Update catalog userfield document.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.userfield.document.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/userfield-document/catalog-userfield-document-update.html

        Args:
            document_id: Wire name: ``documentId``.

        Returns:
            BatchCommand[CatalogUserfieldDocumentUpdateResult]

        Example:
            command = batch.catalog.userfield.document.update(document_id=1, fields={"documentType": "example"})
        """
        return cast(
            "BatchCommand[CatalogUserfieldDocumentUpdateResult]",
            self._backend._invoke(
                _CATALOG_USERFIELD_DOCUMENT_UPDATE,
                {"documentId": document_id, "fields": fields},
            ),
        )
