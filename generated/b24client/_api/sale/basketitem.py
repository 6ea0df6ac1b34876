"""Methods under ``sale.basketitem``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.sale import (
        SaleBasketitem as _SaleBasketitem,
        SaleBasketitemAddCatalogProductFields,
        SaleBasketitemAddCatalogProductResult,
        SaleBasketitemAddFields,
        SaleBasketitemAddResult,
        SaleBasketitemGetFieldsCatalogProductResult,
        SaleBasketitemGetFieldsResult,
        SaleBasketitemGetResult,
        SaleBasketitemUpdateCatalogProductFields,
        SaleBasketitemUpdateCatalogProductResult,
        SaleBasketitemUpdateFields,
        SaleBasketitemUpdateResult,
    )

_SALE_BASKETITEM_ADD = MethodInfo(
    name="sale.basketitem.add", idempotent=False, returns="any", api=1
)
_SALE_BASKETITEM_ADD_CATALOG_PRODUCT = MethodInfo(
    name="sale.basketitem.addCatalogProduct", idempotent=False, returns="any", api=1
)
_SALE_BASKETITEM_DELETE = MethodInfo(
    name="sale.basketitem.delete", idempotent=False, returns="boolean", api=1
)
_SALE_BASKETITEM_GET = MethodInfo(
    name="sale.basketitem.get", idempotent=True, returns="any", api=1
)
_SALE_BASKETITEM_GET_FIELDS = MethodInfo(
    name="sale.basketitem.getFields", idempotent=True, returns="any", api=1
)
_SALE_BASKETITEM_GET_FIELDS_CATALOG_PRODUCT = MethodInfo(
    name="sale.basketitem.getFieldsCatalogProduct",
    idempotent=True,
    returns="any",
    api=1,
)
_SALE_BASKETITEM_LIST = MethodInfo(
    name="sale.basketitem.list", idempotent=True, returns="any", api=1
)
_SALE_BASKETITEM_UPDATE = MethodInfo(
    name="sale.basketitem.update", idempotent=False, returns="any", api=1
)
_SALE_BASKETITEM_UPDATE_CATALOG_PRODUCT = MethodInfo(
    name="sale.basketitem.updateCatalogProduct", idempotent=False, returns="any", api=1
)


class SaleBasketitem(Namespace):
    """Methods under ``sale.basketitem``."""

    __slots__ = ()

    def add(self, *, fields: SaleBasketitemAddFields) -> SaleBasketitemAddResult:
        """Add a product line to the basket of an existing order.

        Fields such as name, weight and VAT are filled from the catalog when productId is a real catalog product; give them yourself for products outside the catalog.

        REST method: ``sale.basketitem.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-add.html

        Args:
            fields: Values of the new basket item, keyed by field name.

        Returns:
            SaleBasketitemAddResult

        Example:
            result = client.sale.basketitem.add(fields={"orderId": 1, "productId": 1, "currency": "USD", "quantity": 1.5})
            result = await client.sale.basketitem.add(fields={"orderId": 1, "productId": 1, "currency": "USD", "quantity": 1.5})  # AsyncBitrix24
        """
        return cast(
            "SaleBasketitemAddResult",
            self._backend._invoke(_SALE_BASKETITEM_ADD, {"fields": fields}),
        )

    def add_catalog_product(
        self, *, fields: SaleBasketitemAddCatalogProductFields
    ) -> SaleBasketitemAddCatalogProductResult:
        """Add a catalog product to an order basket, with prices taken from the catalog.

        Works only with products of the catalog module. Prices are calculated from catalog data unless customPrice is "Y".

        REST method: ``sale.basketitem.addCatalogProduct``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-add-catalog-product.html

        Args:
            fields: Values of the new basket item, keyed by field name.

        Returns:
            SaleBasketitemAddCatalogProductResult

        Example:
            result = client.sale.basketitem.add_catalog_product(fields={"orderId": 1, "productId": 1, "currency": "USD", "quantity": 1.5})
            result = await client.sale.basketitem.add_catalog_product(fields={"orderId": 1, "productId": 1, "currency": "USD", "quantity": 1.5})  # AsyncBitrix24
        """
        return cast(
            "SaleBasketitemAddCatalogProductResult",
            self._backend._invoke(
                _SALE_BASKETITEM_ADD_CATALOG_PRODUCT, {"fields": fields}
            ),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a product line from an order basket.

        REST method: ``sale.basketitem.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-delete.html

        Args:
            id: ID of the basket item.

        Returns:
            bool

        Example:
            result = client.sale.basketitem.delete(id=1)
            result = await client.sale.basketitem.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_SALE_BASKETITEM_DELETE, {"id": id}))

    def get(self, *, id: int) -> SaleBasketitemGetResult:
        """Read one order basket line with its price, quantity and product data.

        REST method: ``sale.basketitem.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-get.html

        Args:
            id: ID of the basket item.

        Returns:
            SaleBasketitemGetResult

        Example:
            result = client.sale.basketitem.get(id=1)
            result = await client.sale.basketitem.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SaleBasketitemGetResult",
            self._backend._invoke(_SALE_BASKETITEM_GET, {"id": id}),
        )

    def get_fields(self) -> SaleBasketitemGetFieldsResult:
        """Describe the basket item fields: type, required and read-only flags.

        REST method: ``sale.basketitem.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-get-fields.html

        Returns:
            SaleBasketitemGetFieldsResult

        Example:
            result = client.sale.basketitem.get_fields()
            result = await client.sale.basketitem.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SaleBasketitemGetFieldsResult",
            self._backend._invoke(_SALE_BASKETITEM_GET_FIELDS, {}),
        )

    def get_fields_catalog_product(self) -> SaleBasketitemGetFieldsCatalogProductResult:
        """Describe the minimal field set used by the catalog-product basket calls.

        Lists the fields accepted by sale.basketitem.addCatalogProduct and sale.basketitem.updateCatalogProduct, a shorter set than sale.basketitem.getFields.

        REST method: ``sale.basketitem.getFieldsCatalogProduct``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-get-catalog-product-fields.html

        Returns:
            SaleBasketitemGetFieldsCatalogProductResult

        Example:
            result = client.sale.basketitem.get_fields_catalog_product()
            result = await client.sale.basketitem.get_fields_catalog_product()  # AsyncBitrix24
        """
        return cast(
            "SaleBasketitemGetFieldsCatalogProductResult",
            self._backend._invoke(_SALE_BASKETITEM_GET_FIELDS_CATALOG_PRODUCT, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_SaleBasketitem]:
        """List order basket lines matching a filter, page by page.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.basketitem.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[SaleBasketitem]

        Example:
            result = client.sale.basketitem.list()
            result = await client.sale.basketitem.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_SaleBasketitem]",
            self._backend._invoke_page(
                _SALE_BASKETITEM_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: SaleBasketitemUpdateFields
    ) -> SaleBasketitemUpdateResult:
        """Change the price, quantity or product data of an order basket line.

        REST method: ``sale.basketitem.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-update.html

        Args:
            id: ID of the basket item.
            fields: Fields to change, keyed by field name.

        Returns:
            SaleBasketitemUpdateResult

        Example:
            result = client.sale.basketitem.update(id=1, fields={"name": "Anna", "measureName": "example"})
            result = await client.sale.basketitem.update(id=1, fields={"name": "Anna", "measureName": "example"})  # AsyncBitrix24
        """
        return cast(
            "SaleBasketitemUpdateResult",
            self._backend._invoke(
                _SALE_BASKETITEM_UPDATE, {"id": id, "fields": fields}
            ),
        )

    def update_catalog_product(
        self, *, id: int, fields: SaleBasketitemUpdateCatalogProductFields
    ) -> SaleBasketitemUpdateCatalogProductResult:
        """Change quantity, position or external code of a catalog product line in an order.

        Works only with basket items that hold products of the catalog module.

        REST method: ``sale.basketitem.updateCatalogProduct``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-update-catalog-product.html

        Args:
            id: ID of the basket item.
            fields: Fields to change, keyed by field name.

        Returns:
            SaleBasketitemUpdateCatalogProductResult

        Example:
            result = client.sale.basketitem.update_catalog_product(id=1, fields={"quantity": 1.5})
            result = await client.sale.basketitem.update_catalog_product(id=1, fields={"quantity": 1.5})  # AsyncBitrix24
        """
        return cast(
            "SaleBasketitemUpdateCatalogProductResult",
            self._backend._invoke(
                _SALE_BASKETITEM_UPDATE_CATALOG_PRODUCT, {"id": id, "fields": fields}
            ),
        )


class AsyncSaleBasketitem(Namespace):
    """Methods under ``sale.basketitem`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: SaleBasketitemAddFields) -> SaleBasketitemAddResult:
        """Add a product line to the basket of an existing order.

        Fields such as name, weight and VAT are filled from the catalog when productId is a real catalog product; give them yourself for products outside the catalog.

        REST method: ``sale.basketitem.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-add.html

        Args:
            fields: Values of the new basket item, keyed by field name.

        Returns:
            SaleBasketitemAddResult

        Example:
            result = client.sale.basketitem.add(fields={"orderId": 1, "productId": 1, "currency": "USD", "quantity": 1.5})
            result = await client.sale.basketitem.add(fields={"orderId": 1, "productId": 1, "currency": "USD", "quantity": 1.5})  # AsyncBitrix24
        """
        return cast(
            "SaleBasketitemAddResult",
            await self._backend._invoke(_SALE_BASKETITEM_ADD, {"fields": fields}),
        )

    async def add_catalog_product(
        self, *, fields: SaleBasketitemAddCatalogProductFields
    ) -> SaleBasketitemAddCatalogProductResult:
        """Add a catalog product to an order basket, with prices taken from the catalog.

        Works only with products of the catalog module. Prices are calculated from catalog data unless customPrice is "Y".

        REST method: ``sale.basketitem.addCatalogProduct``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-add-catalog-product.html

        Args:
            fields: Values of the new basket item, keyed by field name.

        Returns:
            SaleBasketitemAddCatalogProductResult

        Example:
            result = client.sale.basketitem.add_catalog_product(fields={"orderId": 1, "productId": 1, "currency": "USD", "quantity": 1.5})
            result = await client.sale.basketitem.add_catalog_product(fields={"orderId": 1, "productId": 1, "currency": "USD", "quantity": 1.5})  # AsyncBitrix24
        """
        return cast(
            "SaleBasketitemAddCatalogProductResult",
            await self._backend._invoke(
                _SALE_BASKETITEM_ADD_CATALOG_PRODUCT, {"fields": fields}
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a product line from an order basket.

        REST method: ``sale.basketitem.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-delete.html

        Args:
            id: ID of the basket item.

        Returns:
            bool

        Example:
            result = client.sale.basketitem.delete(id=1)
            result = await client.sale.basketitem.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_SALE_BASKETITEM_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> SaleBasketitemGetResult:
        """Read one order basket line with its price, quantity and product data.

        REST method: ``sale.basketitem.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-get.html

        Args:
            id: ID of the basket item.

        Returns:
            SaleBasketitemGetResult

        Example:
            result = client.sale.basketitem.get(id=1)
            result = await client.sale.basketitem.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SaleBasketitemGetResult",
            await self._backend._invoke(_SALE_BASKETITEM_GET, {"id": id}),
        )

    async def get_fields(self) -> SaleBasketitemGetFieldsResult:
        """Describe the basket item fields: type, required and read-only flags.

        REST method: ``sale.basketitem.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-get-fields.html

        Returns:
            SaleBasketitemGetFieldsResult

        Example:
            result = client.sale.basketitem.get_fields()
            result = await client.sale.basketitem.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SaleBasketitemGetFieldsResult",
            await self._backend._invoke(_SALE_BASKETITEM_GET_FIELDS, {}),
        )

    async def get_fields_catalog_product(
        self,
    ) -> SaleBasketitemGetFieldsCatalogProductResult:
        """Describe the minimal field set used by the catalog-product basket calls.

        Lists the fields accepted by sale.basketitem.addCatalogProduct and sale.basketitem.updateCatalogProduct, a shorter set than sale.basketitem.getFields.

        REST method: ``sale.basketitem.getFieldsCatalogProduct``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-get-catalog-product-fields.html

        Returns:
            SaleBasketitemGetFieldsCatalogProductResult

        Example:
            result = client.sale.basketitem.get_fields_catalog_product()
            result = await client.sale.basketitem.get_fields_catalog_product()  # AsyncBitrix24
        """
        return cast(
            "SaleBasketitemGetFieldsCatalogProductResult",
            await self._backend._invoke(
                _SALE_BASKETITEM_GET_FIELDS_CATALOG_PRODUCT, {}
            ),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_SaleBasketitem]:
        """List order basket lines matching a filter, page by page.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.basketitem.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[SaleBasketitem]

        Example:
            result = client.sale.basketitem.list()
            result = await client.sale.basketitem.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_SaleBasketitem]",
            await self._backend._invoke_page(
                _SALE_BASKETITEM_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: SaleBasketitemUpdateFields
    ) -> SaleBasketitemUpdateResult:
        """Change the price, quantity or product data of an order basket line.

        REST method: ``sale.basketitem.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-update.html

        Args:
            id: ID of the basket item.
            fields: Fields to change, keyed by field name.

        Returns:
            SaleBasketitemUpdateResult

        Example:
            result = client.sale.basketitem.update(id=1, fields={"name": "Anna", "measureName": "example"})
            result = await client.sale.basketitem.update(id=1, fields={"name": "Anna", "measureName": "example"})  # AsyncBitrix24
        """
        return cast(
            "SaleBasketitemUpdateResult",
            await self._backend._invoke(
                _SALE_BASKETITEM_UPDATE, {"id": id, "fields": fields}
            ),
        )

    async def update_catalog_product(
        self, *, id: int, fields: SaleBasketitemUpdateCatalogProductFields
    ) -> SaleBasketitemUpdateCatalogProductResult:
        """Change quantity, position or external code of a catalog product line in an order.

        Works only with basket items that hold products of the catalog module.

        REST method: ``sale.basketitem.updateCatalogProduct``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-update-catalog-product.html

        Args:
            id: ID of the basket item.
            fields: Fields to change, keyed by field name.

        Returns:
            SaleBasketitemUpdateCatalogProductResult

        Example:
            result = client.sale.basketitem.update_catalog_product(id=1, fields={"quantity": 1.5})
            result = await client.sale.basketitem.update_catalog_product(id=1, fields={"quantity": 1.5})  # AsyncBitrix24
        """
        return cast(
            "SaleBasketitemUpdateCatalogProductResult",
            await self._backend._invoke(
                _SALE_BASKETITEM_UPDATE_CATALOG_PRODUCT, {"id": id, "fields": fields}
            ),
        )


class BatchSaleBasketitem(Namespace):
    """Methods under ``sale.basketitem`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: SaleBasketitemAddFields | Ref
    ) -> BatchCommand[SaleBasketitemAddResult]:
        """Add a product line to the basket of an existing order.

        Fields such as name, weight and VAT are filled from the catalog when productId is a real catalog product; give them yourself for products outside the catalog.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.basketitem.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-add.html

        Args:
            fields: Values of the new basket item, keyed by field name.

        Returns:
            BatchCommand[SaleBasketitemAddResult]

        Example:
            command = batch.sale.basketitem.add(fields={"orderId": 1, "productId": 1, "currency": "USD", "quantity": 1.5})
        """
        return cast(
            "BatchCommand[SaleBasketitemAddResult]",
            self._backend._invoke(_SALE_BASKETITEM_ADD, {"fields": fields}),
        )

    def add_catalog_product(
        self, *, fields: SaleBasketitemAddCatalogProductFields | Ref
    ) -> BatchCommand[SaleBasketitemAddCatalogProductResult]:
        """Add a catalog product to an order basket, with prices taken from the catalog.

        Works only with products of the catalog module. Prices are calculated from catalog data unless customPrice is "Y".

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.basketitem.addCatalogProduct``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-add-catalog-product.html

        Args:
            fields: Values of the new basket item, keyed by field name.

        Returns:
            BatchCommand[SaleBasketitemAddCatalogProductResult]

        Example:
            command = batch.sale.basketitem.add_catalog_product(fields={"orderId": 1, "productId": 1, "currency": "USD", "quantity": 1.5})
        """
        return cast(
            "BatchCommand[SaleBasketitemAddCatalogProductResult]",
            self._backend._invoke(
                _SALE_BASKETITEM_ADD_CATALOG_PRODUCT, {"fields": fields}
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a product line from an order basket.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.basketitem.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-delete.html

        Args:
            id: ID of the basket item.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.sale.basketitem.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_SALE_BASKETITEM_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[SaleBasketitemGetResult]:
        """Read one order basket line with its price, quantity and product data.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.basketitem.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-get.html

        Args:
            id: ID of the basket item.

        Returns:
            BatchCommand[SaleBasketitemGetResult]

        Example:
            command = batch.sale.basketitem.get(id=1)
        """
        return cast(
            "BatchCommand[SaleBasketitemGetResult]",
            self._backend._invoke(_SALE_BASKETITEM_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[SaleBasketitemGetFieldsResult]:
        """Describe the basket item fields: type, required and read-only flags.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.basketitem.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-get-fields.html

        Returns:
            BatchCommand[SaleBasketitemGetFieldsResult]

        Example:
            command = batch.sale.basketitem.get_fields()
        """
        return cast(
            "BatchCommand[SaleBasketitemGetFieldsResult]",
            self._backend._invoke(_SALE_BASKETITEM_GET_FIELDS, {}),
        )

    def get_fields_catalog_product(
        self,
    ) -> BatchCommand[SaleBasketitemGetFieldsCatalogProductResult]:
        """Describe the minimal field set used by the catalog-product basket calls.

        Lists the fields accepted by sale.basketitem.addCatalogProduct and sale.basketitem.updateCatalogProduct, a shorter set than sale.basketitem.getFields.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.basketitem.getFieldsCatalogProduct``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-get-catalog-product-fields.html

        Returns:
            BatchCommand[SaleBasketitemGetFieldsCatalogProductResult]

        Example:
            command = batch.sale.basketitem.get_fields_catalog_product()
        """
        return cast(
            "BatchCommand[SaleBasketitemGetFieldsCatalogProductResult]",
            self._backend._invoke(_SALE_BASKETITEM_GET_FIELDS_CATALOG_PRODUCT, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_SaleBasketitem]]:
        """List order basket lines matching a filter, page by page.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.basketitem.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[SaleBasketitem]]

        Example:
            command = batch.sale.basketitem.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SaleBasketitem]]",
            self._backend._invoke_page(
                _SALE_BASKETITEM_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: SaleBasketitemUpdateFields | Ref
    ) -> BatchCommand[SaleBasketitemUpdateResult]:
        """Change the price, quantity or product data of an order basket line.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.basketitem.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-update.html

        Args:
            id: ID of the basket item.
            fields: Fields to change, keyed by field name.

        Returns:
            BatchCommand[SaleBasketitemUpdateResult]

        Example:
            command = batch.sale.basketitem.update(id=1, fields={"name": "Anna", "measureName": "example"})
        """
        return cast(
            "BatchCommand[SaleBasketitemUpdateResult]",
            self._backend._invoke(
                _SALE_BASKETITEM_UPDATE, {"id": id, "fields": fields}
            ),
        )

    def update_catalog_product(
        self, *, id: int | Ref, fields: SaleBasketitemUpdateCatalogProductFields | Ref
    ) -> BatchCommand[SaleBasketitemUpdateCatalogProductResult]:
        """Change quantity, position or external code of a catalog product line in an order.

        Works only with basket items that hold products of the catalog module.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.basketitem.updateCatalogProduct``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-update-catalog-product.html

        Args:
            id: ID of the basket item.
            fields: Fields to change, keyed by field name.

        Returns:
            BatchCommand[SaleBasketitemUpdateCatalogProductResult]

        Example:
            command = batch.sale.basketitem.update_catalog_product(id=1, fields={"quantity": 1.5})
        """
        return cast(
            "BatchCommand[SaleBasketitemUpdateCatalogProductResult]",
            self._backend._invoke(
                _SALE_BASKETITEM_UPDATE_CATALOG_PRODUCT, {"id": id, "fields": fields}
            ),
        )
