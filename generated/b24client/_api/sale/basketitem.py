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
        """Add sale basketitem.

        REST method: ``sale.basketitem.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-add.html

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
        """Add catalog product of sale basketitem.

        REST method: ``sale.basketitem.addCatalogProduct``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-add-catalog-product.html

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
        """Delete sale basketitem.

        REST method: ``sale.basketitem.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-delete.html

        Returns:
            bool

        Example:
            result = client.sale.basketitem.delete(id=1)
            result = await client.sale.basketitem.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_SALE_BASKETITEM_DELETE, {"id": id}))

    def get(self, *, id: int) -> SaleBasketitemGetResult:
        """Get sale basketitem.

        REST method: ``sale.basketitem.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-get.html

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
        """Describe the fields of sale basketitem.

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
        """Get fields catalog product of sale basketitem.

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
        """List sale basketitem entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.basketitem.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-list.html

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
        """Update sale basketitem.

        REST method: ``sale.basketitem.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-update.html

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
        """Update catalog product of sale basketitem.

        REST method: ``sale.basketitem.updateCatalogProduct``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-update-catalog-product.html

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
        """Add sale basketitem.

        REST method: ``sale.basketitem.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-add.html

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
        """Add catalog product of sale basketitem.

        REST method: ``sale.basketitem.addCatalogProduct``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-add-catalog-product.html

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
        """Delete sale basketitem.

        REST method: ``sale.basketitem.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-delete.html

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
        """Get sale basketitem.

        REST method: ``sale.basketitem.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-get.html

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
        """Describe the fields of sale basketitem.

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
        """Get fields catalog product of sale basketitem.

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
        """List sale basketitem entries.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.basketitem.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-list.html

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
        """Update sale basketitem.

        REST method: ``sale.basketitem.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-update.html

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
        """Update catalog product of sale basketitem.

        REST method: ``sale.basketitem.updateCatalogProduct``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-update-catalog-product.html

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
        """Add sale basketitem.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.basketitem.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-add.html

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
        """Add catalog product of sale basketitem.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.basketitem.addCatalogProduct``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-add-catalog-product.html

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
        """Delete sale basketitem.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.basketitem.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-delete.html

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
        """Get sale basketitem.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.basketitem.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-get.html

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
        """Describe the fields of sale basketitem.

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
        """Get fields catalog product of sale basketitem.

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
        """List sale basketitem entries.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.basketitem.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-list.html

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
        """Update sale basketitem.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.basketitem.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-update.html

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
        """Update catalog product of sale basketitem.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.basketitem.updateCatalogProduct``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/basket-item/sale-basket-item-update-catalog-product.html

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
