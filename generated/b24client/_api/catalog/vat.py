"""Methods under ``catalog.vat``: generated from spec/ by ``python -m generator``; do not edit."""

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
        CatalogVat as _CatalogVat,
        CatalogVatAddFields,
        CatalogVatAddResult,
        CatalogVatGetFieldsResult,
        CatalogVatUpdateFields,
        CatalogVatUpdateResult,
    )

_CATALOG_VAT_ADD = MethodInfo(
    name="catalog.vat.add", idempotent=False, returns="any", api=1
)
_CATALOG_VAT_DELETE = MethodInfo(
    name="catalog.vat.delete", idempotent=False, returns="boolean", api=1
)
_CATALOG_VAT_GET = MethodInfo(
    name="catalog.vat.get", idempotent=True, returns="any", api=1
)
_CATALOG_VAT_GET_FIELDS = MethodInfo(
    name="catalog.vat.getFields", idempotent=True, returns="any", api=1
)
_CATALOG_VAT_LIST = MethodInfo(
    name="catalog.vat.list", idempotent=True, returns="any", api=1
)
_CATALOG_VAT_UPDATE = MethodInfo(
    name="catalog.vat.update", idempotent=False, returns="any", api=1
)


class CatalogVat(Namespace):
    """Methods under ``catalog.vat``."""

    __slots__ = ()

    def add(self, *, fields: CatalogVatAddFields) -> CatalogVatAddResult:
        """Add catalog vat.

        REST method: ``catalog.vat.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-add.html

        Returns:
            CatalogVatAddResult

        Example:
            result = client.catalog.vat.add(fields={"name": "Anna", "rate": 1.5})
            result = await client.catalog.vat.add(fields={"name": "Anna", "rate": 1.5})  # AsyncBitrix24
        """
        return cast(
            "CatalogVatAddResult",
            self._backend._invoke(_CATALOG_VAT_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Delete catalog vat.

        REST method: ``catalog.vat.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-delete.html

        Returns:
            bool

        Example:
            result = client.catalog.vat.delete(id=1)
            result = await client.catalog.vat.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CATALOG_VAT_DELETE, {"id": id}))

    def get(self, *, id: int) -> _CatalogVat:
        """Get catalog vat.

        REST method: ``catalog.vat.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-get.html

        Returns:
            CatalogVat

        Example:
            result = client.catalog.vat.get(id=1)
            result = await client.catalog.vat.get(id=1)  # AsyncBitrix24
        """
        return cast("_CatalogVat", self._backend._invoke(_CATALOG_VAT_GET, {"id": id}))

    def get_fields(self) -> CatalogVatGetFieldsResult:
        """Describe the fields of catalog vat.

        REST method: ``catalog.vat.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-get-fields.html

        Returns:
            CatalogVatGetFieldsResult

        Example:
            result = client.catalog.vat.get_fields()
            result = await client.catalog.vat.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogVatGetFieldsResult",
            self._backend._invoke(_CATALOG_VAT_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogVat]:
        """List catalog vat entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.vat.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-list.html

        Returns:
            Page[CatalogVat]

        Example:
            result = client.catalog.vat.list()
            result = await client.catalog.vat.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CatalogVat]",
            self._backend._invoke_page(
                _CATALOG_VAT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: CatalogVatUpdateFields
    ) -> CatalogVatUpdateResult:
        """Update catalog vat.

        REST method: ``catalog.vat.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-update.html

        Returns:
            CatalogVatUpdateResult

        Example:
            result = client.catalog.vat.update(id=1, fields={"name": "Anna", "rate": 1.5})
            result = await client.catalog.vat.update(id=1, fields={"name": "Anna", "rate": 1.5})  # AsyncBitrix24
        """
        return cast(
            "CatalogVatUpdateResult",
            self._backend._invoke(_CATALOG_VAT_UPDATE, {"id": id, "fields": fields}),
        )


class AsyncCatalogVat(Namespace):
    """Methods under ``catalog.vat`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: CatalogVatAddFields) -> CatalogVatAddResult:
        """Add catalog vat.

        REST method: ``catalog.vat.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-add.html

        Returns:
            CatalogVatAddResult

        Example:
            result = client.catalog.vat.add(fields={"name": "Anna", "rate": 1.5})
            result = await client.catalog.vat.add(fields={"name": "Anna", "rate": 1.5})  # AsyncBitrix24
        """
        return cast(
            "CatalogVatAddResult",
            await self._backend._invoke(_CATALOG_VAT_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Delete catalog vat.

        REST method: ``catalog.vat.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-delete.html

        Returns:
            bool

        Example:
            result = client.catalog.vat.delete(id=1)
            result = await client.catalog.vat.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, await self._backend._invoke(_CATALOG_VAT_DELETE, {"id": id}))

    async def get(self, *, id: int) -> _CatalogVat:
        """Get catalog vat.

        REST method: ``catalog.vat.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-get.html

        Returns:
            CatalogVat

        Example:
            result = client.catalog.vat.get(id=1)
            result = await client.catalog.vat.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_CatalogVat", await self._backend._invoke(_CATALOG_VAT_GET, {"id": id})
        )

    async def get_fields(self) -> CatalogVatGetFieldsResult:
        """Describe the fields of catalog vat.

        REST method: ``catalog.vat.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-get-fields.html

        Returns:
            CatalogVatGetFieldsResult

        Example:
            result = client.catalog.vat.get_fields()
            result = await client.catalog.vat.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogVatGetFieldsResult",
            await self._backend._invoke(_CATALOG_VAT_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogVat]:
        """List catalog vat entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.vat.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-list.html

        Returns:
            AsyncPage[CatalogVat]

        Example:
            result = client.catalog.vat.list()
            result = await client.catalog.vat.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CatalogVat]",
            await self._backend._invoke_page(
                _CATALOG_VAT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: CatalogVatUpdateFields
    ) -> CatalogVatUpdateResult:
        """Update catalog vat.

        REST method: ``catalog.vat.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-update.html

        Returns:
            CatalogVatUpdateResult

        Example:
            result = client.catalog.vat.update(id=1, fields={"name": "Anna", "rate": 1.5})
            result = await client.catalog.vat.update(id=1, fields={"name": "Anna", "rate": 1.5})  # AsyncBitrix24
        """
        return cast(
            "CatalogVatUpdateResult",
            await self._backend._invoke(
                _CATALOG_VAT_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCatalogVat(Namespace):
    """Methods under ``catalog.vat`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: CatalogVatAddFields | Ref
    ) -> BatchCommand[CatalogVatAddResult]:
        """Add catalog vat.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.vat.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-add.html

        Returns:
            BatchCommand[CatalogVatAddResult]

        Example:
            command = batch.catalog.vat.add(fields={"name": "Anna", "rate": 1.5})
        """
        return cast(
            "BatchCommand[CatalogVatAddResult]",
            self._backend._invoke(_CATALOG_VAT_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Delete catalog vat.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.vat.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-delete.html

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.vat.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]", self._backend._invoke(_CATALOG_VAT_DELETE, {"id": id})
        )

    def get(self, *, id: int | Ref) -> BatchCommand[_CatalogVat]:
        """Get catalog vat.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.vat.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-get.html

        Returns:
            BatchCommand[CatalogVat]

        Example:
            command = batch.catalog.vat.get(id=1)
        """
        return cast(
            "BatchCommand[_CatalogVat]",
            self._backend._invoke(_CATALOG_VAT_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[CatalogVatGetFieldsResult]:
        """Describe the fields of catalog vat.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.vat.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-get-fields.html

        Returns:
            BatchCommand[CatalogVatGetFieldsResult]

        Example:
            command = batch.catalog.vat.get_fields()
        """
        return cast(
            "BatchCommand[CatalogVatGetFieldsResult]",
            self._backend._invoke(_CATALOG_VAT_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogVat]]:
        """List catalog vat entries.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.vat.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-list.html

        Returns:
            BatchCommand[list[CatalogVat]]

        Example:
            command = batch.catalog.vat.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogVat]]",
            self._backend._invoke_page(
                _CATALOG_VAT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: CatalogVatUpdateFields | Ref
    ) -> BatchCommand[CatalogVatUpdateResult]:
        """Update catalog vat.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.vat.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/vat/catalog-vat-update.html

        Returns:
            BatchCommand[CatalogVatUpdateResult]

        Example:
            command = batch.catalog.vat.update(id=1, fields={"name": "Anna", "rate": 1.5})
        """
        return cast(
            "BatchCommand[CatalogVatUpdateResult]",
            self._backend._invoke(_CATALOG_VAT_UPDATE, {"id": id, "fields": fields}),
        )
