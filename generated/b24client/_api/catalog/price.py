"""Methods under ``catalog.price``: generated from spec/ by ``python -m generator``; do not edit."""

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
        CatalogPrice as _CatalogPrice,
        CatalogPriceAddFields,
        CatalogPriceAddResult,
        CatalogPriceGetFieldsResult,
        CatalogPriceGetResult,
        CatalogPriceModifyFields,
        CatalogPriceModifyResult,
        CatalogPriceUpdateFields,
        CatalogPriceUpdateResult,
    )

_CATALOG_PRICE_ADD = MethodInfo(
    name="catalog.price.add", idempotent=False, returns="any", api=1
)
_CATALOG_PRICE_DELETE = MethodInfo(
    name="catalog.price.delete", idempotent=False, returns="boolean", api=1
)
_CATALOG_PRICE_GET = MethodInfo(
    name="catalog.price.get", idempotent=True, returns="any", api=1
)
_CATALOG_PRICE_GET_FIELDS = MethodInfo(
    name="catalog.price.getFields", idempotent=True, returns="any", api=1
)
_CATALOG_PRICE_LIST = MethodInfo(
    name="catalog.price.list", idempotent=True, returns="any", api=1
)
_CATALOG_PRICE_MODIFY = MethodInfo(
    name="catalog.price.modify", idempotent=False, returns="any", api=1
)
_CATALOG_PRICE_UPDATE = MethodInfo(
    name="catalog.price.update", idempotent=False, returns="any", api=1
)


class CatalogPrice(Namespace):
    """Methods under ``catalog.price``."""

    __slots__ = ()

    def add(self, *, fields: CatalogPriceAddFields) -> CatalogPriceAddResult:
        """Set a price of one price type for a product, variation or service.

        REST method: ``catalog.price.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price/catalog-price-add.html

        Args:
            fields: Values of the new product price, keyed by field name.

        Returns:
            CatalogPriceAddResult

        Example:
            result = client.catalog.price.add(fields={"productId": 1, "catalogGroupId": 1, "price": 100.0, "currency": "USD"})
            result = await client.catalog.price.add(fields={"productId": 1, "catalogGroupId": 1, "price": 100.0, "currency": "USD"})  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceAddResult",
            self._backend._invoke(_CATALOG_PRICE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Remove one price of a product.

        REST method: ``catalog.price.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price/catalog-price-delete.html

        Args:
            id: ID of the product price.

        Returns:
            bool

        Example:
            result = client.catalog.price.delete(id=1)
            result = await client.catalog.price.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_CATALOG_PRICE_DELETE, {"id": id}))

    def get(self, *, id: int) -> CatalogPriceGetResult:
        """Read one product price with its price type and currency.

        REST method: ``catalog.price.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price/catalog-price-get.html

        Args:
            id: ID of the product price.

        Returns:
            CatalogPriceGetResult

        Example:
            result = client.catalog.price.get(id=1)
            result = await client.catalog.price.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceGetResult",
            self._backend._invoke(_CATALOG_PRICE_GET, {"id": id}),
        )

    def get_fields(self) -> CatalogPriceGetFieldsResult:
        """Describe the product price fields: type, required and read-only flags.

        REST method: ``catalog.price.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price/catalog-price-get-fields.html

        Returns:
            CatalogPriceGetFieldsResult

        Example:
            result = client.catalog.price.get_fields()
            result = await client.catalog.price.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceGetFieldsResult",
            self._backend._invoke(_CATALOG_PRICE_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_CatalogPrice]:
        """List product prices matching a filter, page by page.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.price.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price/catalog-price-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[CatalogPrice]

        Example:
            result = client.catalog.price.list()
            result = await client.catalog.price.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_CatalogPrice]",
            self._backend._invoke_page(
                _CATALOG_PRICE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def modify(self, *, fields: CatalogPriceModifyFields) -> CatalogPriceModifyResult:
        """Replace all prices of a product in one call.

        Prices with an id are updated, prices without one are created, and existing prices left out are deleted.

        REST method: ``catalog.price.modify``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price/catalog-price-modify.html

        Args:
            fields: Request body.

        Returns:
            CatalogPriceModifyResult

        Example:
            result = client.catalog.price.modify(fields={"product": {"id": 1, "prices": [{"catalogGroupId": 1, "price": 100.0, "currency": "USD"}]}})
            result = await client.catalog.price.modify(fields={"product": {"id": 1, "prices": [{"catalogGroupId": 1, "price": 100.0, "currency": "USD"}]}})  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceModifyResult",
            self._backend._invoke(_CATALOG_PRICE_MODIFY, {"fields": fields}),
        )

    def update(
        self, *, id: int, fields: CatalogPriceUpdateFields
    ) -> CatalogPriceUpdateResult:
        """Change the value or currency of a product price.

        REST method: ``catalog.price.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price/catalog-price-update.html

        Args:
            id: ID of the product price.
            fields: Fields to change, keyed by field name.

        Returns:
            CatalogPriceUpdateResult

        Example:
            result = client.catalog.price.update(id=1, fields={"price": 100.0, "currency": "USD"})
            result = await client.catalog.price.update(id=1, fields={"price": 100.0, "currency": "USD"})  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceUpdateResult",
            self._backend._invoke(_CATALOG_PRICE_UPDATE, {"id": id, "fields": fields}),
        )


class AsyncCatalogPrice(Namespace):
    """Methods under ``catalog.price`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: CatalogPriceAddFields) -> CatalogPriceAddResult:
        """Set a price of one price type for a product, variation or service.

        REST method: ``catalog.price.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price/catalog-price-add.html

        Args:
            fields: Values of the new product price, keyed by field name.

        Returns:
            CatalogPriceAddResult

        Example:
            result = client.catalog.price.add(fields={"productId": 1, "catalogGroupId": 1, "price": 100.0, "currency": "USD"})
            result = await client.catalog.price.add(fields={"productId": 1, "catalogGroupId": 1, "price": 100.0, "currency": "USD"})  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceAddResult",
            await self._backend._invoke(_CATALOG_PRICE_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove one price of a product.

        REST method: ``catalog.price.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price/catalog-price-delete.html

        Args:
            id: ID of the product price.

        Returns:
            bool

        Example:
            result = client.catalog.price.delete(id=1)
            result = await client.catalog.price.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_CATALOG_PRICE_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> CatalogPriceGetResult:
        """Read one product price with its price type and currency.

        REST method: ``catalog.price.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price/catalog-price-get.html

        Args:
            id: ID of the product price.

        Returns:
            CatalogPriceGetResult

        Example:
            result = client.catalog.price.get(id=1)
            result = await client.catalog.price.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceGetResult",
            await self._backend._invoke(_CATALOG_PRICE_GET, {"id": id}),
        )

    async def get_fields(self) -> CatalogPriceGetFieldsResult:
        """Describe the product price fields: type, required and read-only flags.

        REST method: ``catalog.price.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price/catalog-price-get-fields.html

        Returns:
            CatalogPriceGetFieldsResult

        Example:
            result = client.catalog.price.get_fields()
            result = await client.catalog.price.get_fields()  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceGetFieldsResult",
            await self._backend._invoke(_CATALOG_PRICE_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_CatalogPrice]:
        """List product prices matching a filter, page by page.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``catalog.price.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price/catalog-price-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[CatalogPrice]

        Example:
            result = client.catalog.price.list()
            result = await client.catalog.price.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_CatalogPrice]",
            await self._backend._invoke_page(
                _CATALOG_PRICE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def modify(
        self, *, fields: CatalogPriceModifyFields
    ) -> CatalogPriceModifyResult:
        """Replace all prices of a product in one call.

        Prices with an id are updated, prices without one are created, and existing prices left out are deleted.

        REST method: ``catalog.price.modify``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price/catalog-price-modify.html

        Args:
            fields: Request body.

        Returns:
            CatalogPriceModifyResult

        Example:
            result = client.catalog.price.modify(fields={"product": {"id": 1, "prices": [{"catalogGroupId": 1, "price": 100.0, "currency": "USD"}]}})
            result = await client.catalog.price.modify(fields={"product": {"id": 1, "prices": [{"catalogGroupId": 1, "price": 100.0, "currency": "USD"}]}})  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceModifyResult",
            await self._backend._invoke(_CATALOG_PRICE_MODIFY, {"fields": fields}),
        )

    async def update(
        self, *, id: int, fields: CatalogPriceUpdateFields
    ) -> CatalogPriceUpdateResult:
        """Change the value or currency of a product price.

        REST method: ``catalog.price.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price/catalog-price-update.html

        Args:
            id: ID of the product price.
            fields: Fields to change, keyed by field name.

        Returns:
            CatalogPriceUpdateResult

        Example:
            result = client.catalog.price.update(id=1, fields={"price": 100.0, "currency": "USD"})
            result = await client.catalog.price.update(id=1, fields={"price": 100.0, "currency": "USD"})  # AsyncBitrix24
        """
        return cast(
            "CatalogPriceUpdateResult",
            await self._backend._invoke(
                _CATALOG_PRICE_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchCatalogPrice(Namespace):
    """Methods under ``catalog.price`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: CatalogPriceAddFields | Ref
    ) -> BatchCommand[CatalogPriceAddResult]:
        """Set a price of one price type for a product, variation or service.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.price.add``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price/catalog-price-add.html

        Args:
            fields: Values of the new product price, keyed by field name.

        Returns:
            BatchCommand[CatalogPriceAddResult]

        Example:
            command = batch.catalog.price.add(fields={"productId": 1, "catalogGroupId": 1, "price": 100.0, "currency": "USD"})
        """
        return cast(
            "BatchCommand[CatalogPriceAddResult]",
            self._backend._invoke(_CATALOG_PRICE_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove one price of a product.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.price.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price/catalog-price-delete.html

        Args:
            id: ID of the product price.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.catalog.price.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_CATALOG_PRICE_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[CatalogPriceGetResult]:
        """Read one product price with its price type and currency.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.price.get``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price/catalog-price-get.html

        Args:
            id: ID of the product price.

        Returns:
            BatchCommand[CatalogPriceGetResult]

        Example:
            command = batch.catalog.price.get(id=1)
        """
        return cast(
            "BatchCommand[CatalogPriceGetResult]",
            self._backend._invoke(_CATALOG_PRICE_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[CatalogPriceGetFieldsResult]:
        """Describe the product price fields: type, required and read-only flags.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.price.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price/catalog-price-get-fields.html

        Returns:
            BatchCommand[CatalogPriceGetFieldsResult]

        Example:
            command = batch.catalog.price.get_fields()
        """
        return cast(
            "BatchCommand[CatalogPriceGetFieldsResult]",
            self._backend._invoke(_CATALOG_PRICE_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_CatalogPrice]]:
        """List product prices matching a filter, page by page.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.price.list``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price/catalog-price-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[CatalogPrice]]

        Example:
            command = batch.catalog.price.list()
        """
        return cast(
            "BatchCommand[builtins.list[_CatalogPrice]]",
            self._backend._invoke_page(
                _CATALOG_PRICE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def modify(
        self, *, fields: CatalogPriceModifyFields | Ref
    ) -> BatchCommand[CatalogPriceModifyResult]:
        """Replace all prices of a product in one call.

        Prices with an id are updated, prices without one are created, and existing prices left out are deleted.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.price.modify``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price/catalog-price-modify.html

        Args:
            fields: Request body.

        Returns:
            BatchCommand[CatalogPriceModifyResult]

        Example:
            command = batch.catalog.price.modify(fields={"product": {"id": 1, "prices": [{"catalogGroupId": 1, "price": 100.0, "currency": "USD"}]}})
        """
        return cast(
            "BatchCommand[CatalogPriceModifyResult]",
            self._backend._invoke(_CATALOG_PRICE_MODIFY, {"fields": fields}),
        )

    def update(
        self, *, id: int | Ref, fields: CatalogPriceUpdateFields | Ref
    ) -> BatchCommand[CatalogPriceUpdateResult]:
        """Change the value or currency of a product price.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``catalog.price.update``
        Docs: https://apidocs.bitrix24.com/api-reference/catalog/price/catalog-price-update.html

        Args:
            id: ID of the product price.
            fields: Fields to change, keyed by field name.

        Returns:
            BatchCommand[CatalogPriceUpdateResult]

        Example:
            command = batch.catalog.price.update(id=1, fields={"price": 100.0, "currency": "USD"})
        """
        return cast(
            "BatchCommand[CatalogPriceUpdateResult]",
            self._backend._invoke(_CATALOG_PRICE_UPDATE, {"id": id, "fields": fields}),
        )
