"""Methods under ``catalog.catalog``: generated from spec/ by ``python -m generator``; do not edit."""

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
        CatalogCatalog as _CatalogCatalog,
        CatalogCatalogGetFieldsResult,
        CatalogCatalogGetResult,
    )

_CATALOG_CATALOG_GET = MethodInfo(
    name="catalog.catalog.get", idempotent=True, returns="any", api=1
)
_CATALOG_CATALOG_GET_FIELDS = MethodInfo(
    name="catalog.catalog.getFields", idempotent=True, returns="any", api=1
)
_CATALOG_CATALOG_IS_OFFERS = MethodInfo(
    name="catalog.catalog.isOffers", idempotent=False, returns="boolean", api=1
)
_CATALOG_CATALOG_LIST = MethodInfo(
    name="catalog.catalog.list", idempotent=True, returns="any", api=1
)


class CatalogCatalog(Namespace):
    """Methods under ``catalog.catalog``."""

    __slots__ = ()

    def get(self, *, id: int) -> CatalogCatalogGetResult:
        """Read one product catalog with its information block and VAT settings.

        REST method: ``catalog.catalog.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/catalog/catalog-catalog-get.html

        Args:
            id: ID of the product catalog.

        Returns:
            CatalogCatalogGetResult

        Example:
            result = client.catalog.catalog.get(id=1)
            result = await client.catalog.catalog.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogCatalogGetResult",
            self._backend._invoke(_CATALOG_CATALOG_GET, {"id": id}),
        )

    def get_fields(self) -> CatalogCatalogGetFieldsResult:
        """Describe the product catalog fields: type, required and read-only flags.

        REST method: ``catalog.catalog.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/catalog/catalog-catalog-get-fields.html

        Returns:
            CatalogCatalogGetFieldsResult

        Example:
            result = client.catalog.catalog.get_fields()
            result = await client.catalog.catalog.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogCatalogGetFieldsResult",
            self._backend._invoke(_CATALOG_CATALOG_GET_FIELDS, {}),
        )

    def is_offers(self, *, id: int) -> bool:
        """Check whether a product catalog holds variations (SKUs) rather than products.

        REST method: ``catalog.catalog.isOffers``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/catalog/catalog-catalog-is-offers.html

        Args:
            id: ID of the product catalog.

        Returns:
            bool

        Example:
            result = client.catalog.catalog.is_offers(id=1)
            result = await client.catalog.catalog.is_offers(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CATALOG_CATALOG_IS_OFFERS, {"id": id}))

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogCatalog]:
        """List the product catalogs of the portal, including catalogs of variations.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.catalog.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/catalog/catalog-catalog-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[CatalogCatalog]

        Example:
            result = client.catalog.catalog.list()
            result = await client.catalog.catalog.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CatalogCatalog]",
            self._backend._invoke_page(
                _CATALOG_CATALOG_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )


class AsyncCatalogCatalog(Namespace):
    """Methods under ``catalog.catalog`` (async)."""

    __slots__ = ()

    async def get(self, *, id: int) -> CatalogCatalogGetResult:
        """Read one product catalog with its information block and VAT settings.

        REST method: ``catalog.catalog.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/catalog/catalog-catalog-get.html

        Args:
            id: ID of the product catalog.

        Returns:
            CatalogCatalogGetResult

        Example:
            result = client.catalog.catalog.get(id=1)
            result = await client.catalog.catalog.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogCatalogGetResult",
            await self._backend._invoke(_CATALOG_CATALOG_GET, {"id": id}),
        )

    async def get_fields(self) -> CatalogCatalogGetFieldsResult:
        """Describe the product catalog fields: type, required and read-only flags.

        REST method: ``catalog.catalog.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/catalog/catalog-catalog-get-fields.html

        Returns:
            CatalogCatalogGetFieldsResult

        Example:
            result = client.catalog.catalog.get_fields()
            result = await client.catalog.catalog.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogCatalogGetFieldsResult",
            await self._backend._invoke(_CATALOG_CATALOG_GET_FIELDS, {}),
        )

    async def is_offers(self, *, id: int) -> bool:
        """Check whether a product catalog holds variations (SKUs) rather than products.

        REST method: ``catalog.catalog.isOffers``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/catalog/catalog-catalog-is-offers.html

        Args:
            id: ID of the product catalog.

        Returns:
            bool

        Example:
            result = client.catalog.catalog.is_offers(id=1)
            result = await client.catalog.catalog.is_offers(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CATALOG_CATALOG_IS_OFFERS, {"id": id})
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogCatalog]:
        """List the product catalogs of the portal, including catalogs of variations.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.catalog.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/catalog/catalog-catalog-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[CatalogCatalog]

        Example:
            result = client.catalog.catalog.list()
            result = await client.catalog.catalog.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CatalogCatalog]",
            await self._backend._invoke_page(
                _CATALOG_CATALOG_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )


class BatchCatalogCatalog(Namespace):
    """Methods under ``catalog.catalog`` (queued into a batch)."""

    __slots__ = ()

    def get(self, *, id: int | Ref) -> BatchCommand[CatalogCatalogGetResult]:
        """Read one product catalog with its information block and VAT settings.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.catalog.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/catalog/catalog-catalog-get.html

        Args:
            id: ID of the product catalog.

        Returns:
            BatchCommand[CatalogCatalogGetResult]

        Example:
            command = batch.catalog.catalog.get(id=1)
        """
        return cast(
            "BatchCommand[CatalogCatalogGetResult]",
            self._backend._invoke(_CATALOG_CATALOG_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[CatalogCatalogGetFieldsResult]:
        """Describe the product catalog fields: type, required and read-only flags.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.catalog.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/catalog/catalog-catalog-get-fields.html

        Returns:
            BatchCommand[CatalogCatalogGetFieldsResult]

        Example:
            command = batch.catalog.catalog.get_fields()
        """
        return cast(
            "BatchCommand[CatalogCatalogGetFieldsResult]",
            self._backend._invoke(_CATALOG_CATALOG_GET_FIELDS, {}),
        )

    def is_offers(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Check whether a product catalog holds variations (SKUs) rather than products.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.catalog.isOffers``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/catalog/catalog-catalog-is-offers.html

        Args:
            id: ID of the product catalog.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.catalog.is_offers(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CATALOG_CATALOG_IS_OFFERS, {"id": id}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogCatalog]]:
        """List the product catalogs of the portal, including catalogs of variations.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.catalog.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/catalog/catalog-catalog-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[CatalogCatalog]]

        Example:
            command = batch.catalog.catalog.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogCatalog]]",
            self._backend._invoke_page(
                _CATALOG_CATALOG_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )
