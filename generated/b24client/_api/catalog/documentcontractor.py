"""Methods under ``catalog.documentcontractor``: generated from spec/ by ``python -m generator``; do not edit."""

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
        CatalogDocumentcontractor as _CatalogDocumentcontractor,
        CatalogDocumentcontractorAddFields,
        CatalogDocumentcontractorAddResult,
        CatalogDocumentcontractorGetFieldsResult,
    )

_CATALOG_DOCUMENTCONTRACTOR_ADD = MethodInfo(
    name="catalog.documentcontractor.add", idempotent=False, returns="any", api=1
)
_CATALOG_DOCUMENTCONTRACTOR_DELETE = MethodInfo(
    name="catalog.documentcontractor.delete", idempotent=False, returns="boolean", api=1
)
_CATALOG_DOCUMENTCONTRACTOR_GET_FIELDS = MethodInfo(
    name="catalog.documentcontractor.getFields", idempotent=True, returns="any", api=1
)
_CATALOG_DOCUMENTCONTRACTOR_LIST = MethodInfo(
    name="catalog.documentcontractor.list", idempotent=True, returns="any", api=1
)


class CatalogDocumentcontractor(Namespace):
    """Methods under ``catalog.documentcontractor``."""

    __slots__ = ()

    def add(
        self, *, fields: CatalogDocumentcontractorAddFields
    ) -> CatalogDocumentcontractorAddResult:
        """Link a supplier (CRM contact or company) to a receipt inventory document.

        REST method: ``catalog.documentcontractor.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/documentcontractor/catalog-documentcontractor-add.html

        Args:
            fields: Values of the new supplier link, keyed by field name.

        Returns:
            CatalogDocumentcontractorAddResult

        Example:
            result = client.catalog.documentcontractor.add(fields={"documentId": 1, "entityTypeId": 1, "entityId": 1})
            result = await client.catalog.documentcontractor.add(fields={"documentId": 1, "entityTypeId": 1, "entityId": 1})  # AsyncBitrix24
        """
        return cast(
            "CatalogDocumentcontractorAddResult",
            self._backend._invoke(_CATALOG_DOCUMENTCONTRACTOR_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Unlink a supplier from a receipt inventory document.

        REST method: ``catalog.documentcontractor.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/documentcontractor/catalog-documentcontractor-delete.html

        Args:
            id: ID of the supplier link.

        Returns:
            bool

        Example:
            result = client.catalog.documentcontractor.delete(id=1)
            result = await client.catalog.documentcontractor.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_CATALOG_DOCUMENTCONTRACTOR_DELETE, {"id": id})
        )

    def get_fields(self) -> CatalogDocumentcontractorGetFieldsResult:
        """Describe the fields of supplier links on inventory documents.

        REST method: ``catalog.documentcontractor.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/documentcontractor/catalog-documentcontractor-get-fields.html

        Returns:
            CatalogDocumentcontractorGetFieldsResult

        Example:
            result = client.catalog.documentcontractor.get_fields()
            result = await client.catalog.documentcontractor.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogDocumentcontractorGetFieldsResult",
            self._backend._invoke(_CATALOG_DOCUMENTCONTRACTOR_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogDocumentcontractor]:
        """List the suppliers linked to inventory documents.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.documentcontractor.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/documentcontractor/catalog-documentcontractor-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[CatalogDocumentcontractor]

        Example:
            result = client.catalog.documentcontractor.list()
            result = await client.catalog.documentcontractor.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CatalogDocumentcontractor]",
            self._backend._invoke_page(
                _CATALOG_DOCUMENTCONTRACTOR_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )


class AsyncCatalogDocumentcontractor(Namespace):
    """Methods under ``catalog.documentcontractor`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: CatalogDocumentcontractorAddFields
    ) -> CatalogDocumentcontractorAddResult:
        """Link a supplier (CRM contact or company) to a receipt inventory document.

        REST method: ``catalog.documentcontractor.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/documentcontractor/catalog-documentcontractor-add.html

        Args:
            fields: Values of the new supplier link, keyed by field name.

        Returns:
            CatalogDocumentcontractorAddResult

        Example:
            result = client.catalog.documentcontractor.add(fields={"documentId": 1, "entityTypeId": 1, "entityId": 1})
            result = await client.catalog.documentcontractor.add(fields={"documentId": 1, "entityTypeId": 1, "entityId": 1})  # AsyncBitrix24
        """
        return cast(
            "CatalogDocumentcontractorAddResult",
            await self._backend._invoke(
                _CATALOG_DOCUMENTCONTRACTOR_ADD, {"fields": fields}
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Unlink a supplier from a receipt inventory document.

        REST method: ``catalog.documentcontractor.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/documentcontractor/catalog-documentcontractor-delete.html

        Args:
            id: ID of the supplier link.

        Returns:
            bool

        Example:
            result = client.catalog.documentcontractor.delete(id=1)
            result = await client.catalog.documentcontractor.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_CATALOG_DOCUMENTCONTRACTOR_DELETE, {"id": id}),
        )

    async def get_fields(self) -> CatalogDocumentcontractorGetFieldsResult:
        """Describe the fields of supplier links on inventory documents.

        REST method: ``catalog.documentcontractor.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/documentcontractor/catalog-documentcontractor-get-fields.html

        Returns:
            CatalogDocumentcontractorGetFieldsResult

        Example:
            result = client.catalog.documentcontractor.get_fields()
            result = await client.catalog.documentcontractor.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogDocumentcontractorGetFieldsResult",
            await self._backend._invoke(_CATALOG_DOCUMENTCONTRACTOR_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogDocumentcontractor]:
        """List the suppliers linked to inventory documents.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.documentcontractor.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/documentcontractor/catalog-documentcontractor-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[CatalogDocumentcontractor]

        Example:
            result = client.catalog.documentcontractor.list()
            result = await client.catalog.documentcontractor.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CatalogDocumentcontractor]",
            await self._backend._invoke_page(
                _CATALOG_DOCUMENTCONTRACTOR_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )


class BatchCatalogDocumentcontractor(Namespace):
    """Methods under ``catalog.documentcontractor`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: CatalogDocumentcontractorAddFields | Ref
    ) -> BatchCommand[CatalogDocumentcontractorAddResult]:
        """Link a supplier (CRM contact or company) to a receipt inventory document.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.documentcontractor.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/documentcontractor/catalog-documentcontractor-add.html

        Args:
            fields: Values of the new supplier link, keyed by field name.

        Returns:
            BatchCommand[CatalogDocumentcontractorAddResult]

        Example:
            command = batch.catalog.documentcontractor.add(fields={"documentId": 1, "entityTypeId": 1, "entityId": 1})
        """
        return cast(
            "BatchCommand[CatalogDocumentcontractorAddResult]",
            self._backend._invoke(_CATALOG_DOCUMENTCONTRACTOR_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Unlink a supplier from a receipt inventory document.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.documentcontractor.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/documentcontractor/catalog-documentcontractor-delete.html

        Args:
            id: ID of the supplier link.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.documentcontractor.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CATALOG_DOCUMENTCONTRACTOR_DELETE, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[CatalogDocumentcontractorGetFieldsResult]:
        """Describe the fields of supplier links on inventory documents.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.documentcontractor.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/documentcontractor/catalog-documentcontractor-get-fields.html

        Returns:
            BatchCommand[CatalogDocumentcontractorGetFieldsResult]

        Example:
            command = batch.catalog.documentcontractor.get_fields()
        """
        return cast(
            "BatchCommand[CatalogDocumentcontractorGetFieldsResult]",
            self._backend._invoke(_CATALOG_DOCUMENTCONTRACTOR_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogDocumentcontractor]]:
        """List the suppliers linked to inventory documents.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.documentcontractor.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/documentcontractor/catalog-documentcontractor-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[CatalogDocumentcontractor]]

        Example:
            command = batch.catalog.documentcontractor.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogDocumentcontractor]]",
            self._backend._invoke_page(
                _CATALOG_DOCUMENTCONTRACTOR_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )
