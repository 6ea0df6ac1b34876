"""Methods under ``catalog.storeproduct``: generated from spec/ by ``python -m generator``; do not edit."""

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
        CatalogStoreproduct as _CatalogStoreproduct,
        CatalogStoreproductGetFieldsResult,
        CatalogStoreproductGetResult,
    )

_CATALOG_STOREPRODUCT_GET = MethodInfo(
    name="catalog.storeproduct.get", idempotent=True, returns="any", api=1
)
_CATALOG_STOREPRODUCT_GET_FIELDS = MethodInfo(
    name="catalog.storeproduct.getFields", idempotent=True, returns="any", api=1
)
_CATALOG_STOREPRODUCT_LIST = MethodInfo(
    name="catalog.storeproduct.list", idempotent=True, returns="any", api=1
)


class CatalogStoreproduct(Namespace):
    """Methods under ``catalog.storeproduct``."""

    __slots__ = ()

    def get(self, *, id: int) -> CatalogStoreproductGetResult:
        """Read the stock of one product in one warehouse.

        REST method: ``catalog.storeproduct.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store-product/catalog-store-product-get.html

        Args:
            id: ID of the stock record.

        Returns:
            CatalogStoreproductGetResult

        Example:
            result = client.catalog.storeproduct.get(id=1)
            result = await client.catalog.storeproduct.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogStoreproductGetResult",
            self._backend._invoke(_CATALOG_STOREPRODUCT_GET, {"id": id}),
        )

    def get_fields(self) -> CatalogStoreproductGetFieldsResult:
        """Describe the fields of product stock records per warehouse.

        REST method: ``catalog.storeproduct.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store-product/catalog-store-product-get-fields.html

        Returns:
            CatalogStoreproductGetFieldsResult

        Example:
            result = client.catalog.storeproduct.get_fields()
            result = await client.catalog.storeproduct.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogStoreproductGetFieldsResult",
            self._backend._invoke(_CATALOG_STOREPRODUCT_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogStoreproduct]:
        """List product stock per warehouse matching a filter.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.storeproduct.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store-product/catalog-store-product-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[CatalogStoreproduct]

        Example:
            result = client.catalog.storeproduct.list()
            result = await client.catalog.storeproduct.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CatalogStoreproduct]",
            self._backend._invoke_page(
                _CATALOG_STOREPRODUCT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )


class AsyncCatalogStoreproduct(Namespace):
    """Methods under ``catalog.storeproduct`` (async)."""

    __slots__ = ()

    async def get(self, *, id: int) -> CatalogStoreproductGetResult:
        """Read the stock of one product in one warehouse.

        REST method: ``catalog.storeproduct.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store-product/catalog-store-product-get.html

        Args:
            id: ID of the stock record.

        Returns:
            CatalogStoreproductGetResult

        Example:
            result = client.catalog.storeproduct.get(id=1)
            result = await client.catalog.storeproduct.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogStoreproductGetResult",
            await self._backend._invoke(_CATALOG_STOREPRODUCT_GET, {"id": id}),
        )

    async def get_fields(self) -> CatalogStoreproductGetFieldsResult:
        """Describe the fields of product stock records per warehouse.

        REST method: ``catalog.storeproduct.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store-product/catalog-store-product-get-fields.html

        Returns:
            CatalogStoreproductGetFieldsResult

        Example:
            result = client.catalog.storeproduct.get_fields()
            result = await client.catalog.storeproduct.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogStoreproductGetFieldsResult",
            await self._backend._invoke(_CATALOG_STOREPRODUCT_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogStoreproduct]:
        """List product stock per warehouse matching a filter.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.storeproduct.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store-product/catalog-store-product-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[CatalogStoreproduct]

        Example:
            result = client.catalog.storeproduct.list()
            result = await client.catalog.storeproduct.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CatalogStoreproduct]",
            await self._backend._invoke_page(
                _CATALOG_STOREPRODUCT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )


class BatchCatalogStoreproduct(Namespace):
    """Methods under ``catalog.storeproduct`` (queued into a batch)."""

    __slots__ = ()

    def get(self, *, id: int | Ref) -> BatchCommand[CatalogStoreproductGetResult]:
        """Read the stock of one product in one warehouse.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.storeproduct.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store-product/catalog-store-product-get.html

        Args:
            id: ID of the stock record.

        Returns:
            BatchCommand[CatalogStoreproductGetResult]

        Example:
            command = batch.catalog.storeproduct.get(id=1)
        """
        return cast(
            "BatchCommand[CatalogStoreproductGetResult]",
            self._backend._invoke(_CATALOG_STOREPRODUCT_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[CatalogStoreproductGetFieldsResult]:
        """Describe the fields of product stock records per warehouse.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.storeproduct.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store-product/catalog-store-product-get-fields.html

        Returns:
            BatchCommand[CatalogStoreproductGetFieldsResult]

        Example:
            command = batch.catalog.storeproduct.get_fields()
        """
        return cast(
            "BatchCommand[CatalogStoreproductGetFieldsResult]",
            self._backend._invoke(_CATALOG_STOREPRODUCT_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogStoreproduct]]:
        """List product stock per warehouse matching a filter.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.storeproduct.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/store-product/catalog-store-product-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[CatalogStoreproduct]]

        Example:
            command = batch.catalog.storeproduct.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogStoreproduct]]",
            self._backend._invoke_page(
                _CATALOG_STOREPRODUCT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )
