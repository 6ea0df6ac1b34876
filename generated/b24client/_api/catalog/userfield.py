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
        """List custom field values of inventory documents, page by page.

        select and filter must both include documentType. Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.userfield.document.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/userfield-document/catalog-userfield-document-list.html

        Args:
            select: Fields to return; must include "documentType".
            filter: Conditions as {field: value}; must include "documentType" (catalog.enum.getStoreDocumentTypes). A key may carry a comparison prefix such as ">=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

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
        """Set custom field values of an inventory document.

        REST method: ``catalog.userfield.document.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/userfield-document/catalog-userfield-document-update.html

        Args:
            document_id: ID of the inventory document (catalog.document.list). Wire name: ``documentId``.
            fields: Document type and the custom field values to write.

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
        """List custom field values of inventory documents, page by page.

        select and filter must both include documentType. Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.userfield.document.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/userfield-document/catalog-userfield-document-list.html

        Args:
            select: Fields to return; must include "documentType".
            filter: Conditions as {field: value}; must include "documentType" (catalog.enum.getStoreDocumentTypes). A key may carry a comparison prefix such as ">=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

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
        """Set custom field values of an inventory document.

        REST method: ``catalog.userfield.document.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/userfield-document/catalog-userfield-document-update.html

        Args:
            document_id: ID of the inventory document (catalog.document.list). Wire name: ``documentId``.
            fields: Document type and the custom field values to write.

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
        """List custom field values of inventory documents, page by page.

        select and filter must both include documentType. Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.userfield.document.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/userfield-document/catalog-userfield-document-list.html

        Args:
            select: Fields to return; must include "documentType".
            filter: Conditions as {field: value}; must include "documentType" (catalog.enum.getStoreDocumentTypes). A key may carry a comparison prefix such as ">=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

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
        """Set custom field values of an inventory document.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.userfield.document.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/userfield-document/catalog-userfield-document-update.html

        Args:
            document_id: ID of the inventory document (catalog.document.list). Wire name: ``documentId``.
            fields: Document type and the custom field values to write.

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
