"""Methods under ``sale.order``: generated from spec/ by ``python -m generator``; do not edit."""

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
        SaleOrder as _SaleOrder,
        SaleOrderAddFields,
        SaleOrderAddResult,
        SaleOrderGetResult,
        SaleOrderGetfieldsResult,
        SaleOrderUpdateFields,
        SaleOrderUpdateResult,
    )

_SALE_ORDER_ADD = MethodInfo(
    name="sale.order.add", idempotent=False, returns="any", api=1
)
_SALE_ORDER_DELETE = MethodInfo(
    name="sale.order.delete", idempotent=False, returns="boolean", api=1
)
_SALE_ORDER_GET = MethodInfo(
    name="sale.order.get", idempotent=True, returns="any", api=1
)
_SALE_ORDER_GETFIELDS = MethodInfo(
    name="sale.order.getfields", idempotent=True, returns="any", api=1
)
_SALE_ORDER_LIST = MethodInfo(
    name="sale.order.list", idempotent=True, returns="any", api=1
)
_SALE_ORDER_UPDATE = MethodInfo(
    name="sale.order.update", idempotent=False, returns="any", api=1
)


class SaleOrder(Namespace):
    """Methods under ``sale.order``."""

    __slots__ = ()

    def add(self, *, fields: SaleOrderAddFields) -> SaleOrderAddResult:
        """Create a store order for a customer and payer type; returns the new order.

        Basket items, payments and shipments are added afterwards with sale.basketitem.add, sale.payment.add and sale.shipment.add.

        REST method: ``sale.order.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/order/sale-order-add.html

        Args:
            fields: Values of the new order, keyed by field name.

        Returns:
            SaleOrderAddResult

        Example:
            result = client.sale.order.add(fields={"lid": "1", "personTypeId": 1, "currency": "USD"})
            result = await client.sale.order.add(fields={"lid": "1", "personTypeId": 1, "currency": "USD"})  # AsyncBitrix24
        """
        return cast(
            "SaleOrderAddResult",
            self._backend._invoke(_SALE_ORDER_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Delete a store order and the objects that belong to it.

        REST method: ``sale.order.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/order/sale-order-delete.html

        Args:
            id: ID of the order.

        Returns:
            bool

        Example:
            result = client.sale.order.delete(id=1)
            result = await client.sale.order.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_SALE_ORDER_DELETE, {"id": id}))

    def get(self, *, id: int) -> SaleOrderGetResult:
        """Read an order with its basket items, payments, shipments and property values.

        REST method: ``sale.order.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/order/sale-order-get.html

        Args:
            id: ID of the order.

        Returns:
            SaleOrderGetResult

        Example:
            result = client.sale.order.get(id=1)
            result = await client.sale.order.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SaleOrderGetResult", self._backend._invoke(_SALE_ORDER_GET, {"id": id})
        )

    def getfields(self) -> SaleOrderGetfieldsResult:
        """Describe the order fields: type, required and read-only flags.

        REST method: ``sale.order.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/order/sale-order-get-fields.html

        Returns:
            SaleOrderGetfieldsResult

        Example:
            result = client.sale.order.getfields()
            result = await client.sale.order.getfields()  # AsyncBitrix24
        """
        return cast(
            "SaleOrderGetfieldsResult", self._backend._invoke(_SALE_ORDER_GETFIELDS, {})
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_SaleOrder]:
        """List store orders matching a filter, page by page.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.order.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/order/sale-order-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[SaleOrder]

        Example:
            result = client.sale.order.list()
            result = await client.sale.order.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_SaleOrder]",
            self._backend._invoke_page(
                _SALE_ORDER_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: SaleOrderUpdateFields
    ) -> SaleOrderUpdateResult:
        """Change the status, responsible person, comments or other fields of an order.

        REST method: ``sale.order.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/order/sale-order-update.html

        Args:
            id: ID of the order.
            fields: Fields to change, keyed by field name.

        Returns:
            SaleOrderUpdateResult

        Example:
            result = client.sale.order.update(id=1, fields={"comments": "Please call back after 3 pm.", "price": 100.0})
            result = await client.sale.order.update(id=1, fields={"comments": "Please call back after 3 pm.", "price": 100.0})  # AsyncBitrix24
        """
        return cast(
            "SaleOrderUpdateResult",
            self._backend._invoke(_SALE_ORDER_UPDATE, {"id": id, "fields": fields}),
        )


class AsyncSaleOrder(Namespace):
    """Methods under ``sale.order`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: SaleOrderAddFields) -> SaleOrderAddResult:
        """Create a store order for a customer and payer type; returns the new order.

        Basket items, payments and shipments are added afterwards with sale.basketitem.add, sale.payment.add and sale.shipment.add.

        REST method: ``sale.order.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/order/sale-order-add.html

        Args:
            fields: Values of the new order, keyed by field name.

        Returns:
            SaleOrderAddResult

        Example:
            result = client.sale.order.add(fields={"lid": "1", "personTypeId": 1, "currency": "USD"})
            result = await client.sale.order.add(fields={"lid": "1", "personTypeId": 1, "currency": "USD"})  # AsyncBitrix24
        """
        return cast(
            "SaleOrderAddResult",
            await self._backend._invoke(_SALE_ORDER_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Delete a store order and the objects that belong to it.

        REST method: ``sale.order.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/order/sale-order-delete.html

        Args:
            id: ID of the order.

        Returns:
            bool

        Example:
            result = client.sale.order.delete(id=1)
            result = await client.sale.order.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, await self._backend._invoke(_SALE_ORDER_DELETE, {"id": id}))

    async def get(self, *, id: int) -> SaleOrderGetResult:
        """Read an order with its basket items, payments, shipments and property values.

        REST method: ``sale.order.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/order/sale-order-get.html

        Args:
            id: ID of the order.

        Returns:
            SaleOrderGetResult

        Example:
            result = client.sale.order.get(id=1)
            result = await client.sale.order.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SaleOrderGetResult",
            await self._backend._invoke(_SALE_ORDER_GET, {"id": id}),
        )

    async def getfields(self) -> SaleOrderGetfieldsResult:
        """Describe the order fields: type, required and read-only flags.

        REST method: ``sale.order.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/order/sale-order-get-fields.html

        Returns:
            SaleOrderGetfieldsResult

        Example:
            result = client.sale.order.getfields()
            result = await client.sale.order.getfields()  # AsyncBitrix24
        """
        return cast(
            "SaleOrderGetfieldsResult",
            await self._backend._invoke(_SALE_ORDER_GETFIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_SaleOrder]:
        """List store orders matching a filter, page by page.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.order.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/order/sale-order-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[SaleOrder]

        Example:
            result = client.sale.order.list()
            result = await client.sale.order.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_SaleOrder]",
            await self._backend._invoke_page(
                _SALE_ORDER_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: SaleOrderUpdateFields
    ) -> SaleOrderUpdateResult:
        """Change the status, responsible person, comments or other fields of an order.

        REST method: ``sale.order.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/order/sale-order-update.html

        Args:
            id: ID of the order.
            fields: Fields to change, keyed by field name.

        Returns:
            SaleOrderUpdateResult

        Example:
            result = client.sale.order.update(id=1, fields={"comments": "Please call back after 3 pm.", "price": 100.0})
            result = await client.sale.order.update(id=1, fields={"comments": "Please call back after 3 pm.", "price": 100.0})  # AsyncBitrix24
        """
        return cast(
            "SaleOrderUpdateResult",
            await self._backend._invoke(
                _SALE_ORDER_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchSaleOrder(Namespace):
    """Methods under ``sale.order`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: SaleOrderAddFields | Ref
    ) -> BatchCommand[SaleOrderAddResult]:
        """Create a store order for a customer and payer type; returns the new order.

        Basket items, payments and shipments are added afterwards with sale.basketitem.add, sale.payment.add and sale.shipment.add.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.order.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/order/sale-order-add.html

        Args:
            fields: Values of the new order, keyed by field name.

        Returns:
            BatchCommand[SaleOrderAddResult]

        Example:
            command = batch.sale.order.add(fields={"lid": "1", "personTypeId": 1, "currency": "USD"})
        """
        return cast(
            "BatchCommand[SaleOrderAddResult]",
            self._backend._invoke(_SALE_ORDER_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Delete a store order and the objects that belong to it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.order.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/order/sale-order-delete.html

        Args:
            id: ID of the order.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.sale.order.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]", self._backend._invoke(_SALE_ORDER_DELETE, {"id": id})
        )

    def get(self, *, id: int | Ref) -> BatchCommand[SaleOrderGetResult]:
        """Read an order with its basket items, payments, shipments and property values.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.order.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/order/sale-order-get.html

        Args:
            id: ID of the order.

        Returns:
            BatchCommand[SaleOrderGetResult]

        Example:
            command = batch.sale.order.get(id=1)
        """
        return cast(
            "BatchCommand[SaleOrderGetResult]",
            self._backend._invoke(_SALE_ORDER_GET, {"id": id}),
        )

    def getfields(self) -> BatchCommand[SaleOrderGetfieldsResult]:
        """Describe the order fields: type, required and read-only flags.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.order.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/order/sale-order-get-fields.html

        Returns:
            BatchCommand[SaleOrderGetfieldsResult]

        Example:
            command = batch.sale.order.getfields()
        """
        return cast(
            "BatchCommand[SaleOrderGetfieldsResult]",
            self._backend._invoke(_SALE_ORDER_GETFIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_SaleOrder]]:
        """List store orders matching a filter, page by page.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.order.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/order/sale-order-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[SaleOrder]]

        Example:
            command = batch.sale.order.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SaleOrder]]",
            self._backend._invoke_page(
                _SALE_ORDER_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: SaleOrderUpdateFields | Ref
    ) -> BatchCommand[SaleOrderUpdateResult]:
        """Change the status, responsible person, comments or other fields of an order.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.order.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/order/sale-order-update.html

        Args:
            id: ID of the order.
            fields: Fields to change, keyed by field name.

        Returns:
            BatchCommand[SaleOrderUpdateResult]

        Example:
            command = batch.sale.order.update(id=1, fields={"comments": "Please call back after 3 pm.", "price": 100.0})
        """
        return cast(
            "BatchCommand[SaleOrderUpdateResult]",
            self._backend._invoke(_SALE_ORDER_UPDATE, {"id": id, "fields": fields}),
        )
