"""Methods under ``sale.shipmentitem``: generated from spec/ by ``python -m generator``; do not edit."""

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
        SaleShipmentitem as _SaleShipmentitem,
        SaleShipmentitemAddFields,
        SaleShipmentitemAddResult,
        SaleShipmentitemGetFieldsResult,
        SaleShipmentitemGetResult,
        SaleShipmentitemUpdateFields,
        SaleShipmentitemUpdateResult,
    )

_SALE_SHIPMENTITEM_ADD = MethodInfo(
    name="sale.shipmentitem.add", idempotent=False, returns="any", api=1
)
_SALE_SHIPMENTITEM_DELETE = MethodInfo(
    name="sale.shipmentitem.delete", idempotent=False, returns="boolean", api=1
)
_SALE_SHIPMENTITEM_GET = MethodInfo(
    name="sale.shipmentitem.get", idempotent=True, returns="any", api=1
)
_SALE_SHIPMENTITEM_GET_FIELDS = MethodInfo(
    name="sale.shipmentitem.getFields", idempotent=True, returns="any", api=1
)
_SALE_SHIPMENTITEM_LIST = MethodInfo(
    name="sale.shipmentitem.list", idempotent=True, returns="any", api=1
)
_SALE_SHIPMENTITEM_UPDATE = MethodInfo(
    name="sale.shipmentitem.update", idempotent=False, returns="any", api=1
)


class SaleShipmentitem(Namespace):
    """Methods under ``sale.shipmentitem``."""

    __slots__ = ()

    def add(self, *, fields: SaleShipmentitemAddFields) -> SaleShipmentitemAddResult:
        """Put an order line (basket item) into a shipment with the quantity to ship.

        REST method: ``sale.shipmentitem.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-item/sale-shipment-item-add.html

        Args:
            fields: Values of the new shipment item, keyed by field name.

        Returns:
            SaleShipmentitemAddResult

        Example:
            result = client.sale.shipmentitem.add(fields={"orderDeliveryId": 1, "basketId": 1, "quantity": 1.5})
            result = await client.sale.shipmentitem.add(fields={"orderDeliveryId": 1, "basketId": 1, "quantity": 1.5})  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentitemAddResult",
            self._backend._invoke(_SALE_SHIPMENTITEM_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Take an order line out of a shipment.

        REST method: ``sale.shipmentitem.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-item/sale-shipment-item-delete.html

        Args:
            id: ID of the shipment item.

        Returns:
            bool

        Example:
            result = client.sale.shipmentitem.delete(id=1)
            result = await client.sale.shipmentitem.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_SALE_SHIPMENTITEM_DELETE, {"id": id}))

    def get(self, *, id: int) -> SaleShipmentitemGetResult:
        """Read one shipment line with its basket item and quantity.

        REST method: ``sale.shipmentitem.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-item/sale-shipment-item-get.html

        Args:
            id: ID of the shipment item.

        Returns:
            SaleShipmentitemGetResult

        Example:
            result = client.sale.shipmentitem.get(id=1)
            result = await client.sale.shipmentitem.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentitemGetResult",
            self._backend._invoke(_SALE_SHIPMENTITEM_GET, {"id": id}),
        )

    def get_fields(self) -> SaleShipmentitemGetFieldsResult:
        """Describe the fields of shipment lines.

        REST method: ``sale.shipmentitem.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-item/sale-shipment-item-get-fields.html

        Returns:
            SaleShipmentitemGetFieldsResult

        Example:
            result = client.sale.shipmentitem.get_fields()
            result = await client.sale.shipmentitem.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentitemGetFieldsResult",
            self._backend._invoke(_SALE_SHIPMENTITEM_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_SaleShipmentitem]:
        """List shipment lines (products in shipments) matching a filter.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.shipmentitem.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-item/sale-shipment-item-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[SaleShipmentitem]

        Example:
            result = client.sale.shipmentitem.list()
            result = await client.sale.shipmentitem.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_SaleShipmentitem]",
            self._backend._invoke_page(
                _SALE_SHIPMENTITEM_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: SaleShipmentitemUpdateFields
    ) -> SaleShipmentitemUpdateResult:
        """Change the quantity or external code of a shipment line.

        REST method: ``sale.shipmentitem.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-item/sale-shipment-item-update.html

        Args:
            id: ID of the shipment item.
            fields: Fields to change, keyed by field name.

        Returns:
            SaleShipmentitemUpdateResult

        Example:
            result = client.sale.shipmentitem.update(id=1, fields={"quantity": 1.5})
            result = await client.sale.shipmentitem.update(id=1, fields={"quantity": 1.5})  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentitemUpdateResult",
            self._backend._invoke(
                _SALE_SHIPMENTITEM_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncSaleShipmentitem(Namespace):
    """Methods under ``sale.shipmentitem`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: SaleShipmentitemAddFields
    ) -> SaleShipmentitemAddResult:
        """Put an order line (basket item) into a shipment with the quantity to ship.

        REST method: ``sale.shipmentitem.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-item/sale-shipment-item-add.html

        Args:
            fields: Values of the new shipment item, keyed by field name.

        Returns:
            SaleShipmentitemAddResult

        Example:
            result = client.sale.shipmentitem.add(fields={"orderDeliveryId": 1, "basketId": 1, "quantity": 1.5})
            result = await client.sale.shipmentitem.add(fields={"orderDeliveryId": 1, "basketId": 1, "quantity": 1.5})  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentitemAddResult",
            await self._backend._invoke(_SALE_SHIPMENTITEM_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Take an order line out of a shipment.

        REST method: ``sale.shipmentitem.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-item/sale-shipment-item-delete.html

        Args:
            id: ID of the shipment item.

        Returns:
            bool

        Example:
            result = client.sale.shipmentitem.delete(id=1)
            result = await client.sale.shipmentitem.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_SALE_SHIPMENTITEM_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> SaleShipmentitemGetResult:
        """Read one shipment line with its basket item and quantity.

        REST method: ``sale.shipmentitem.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-item/sale-shipment-item-get.html

        Args:
            id: ID of the shipment item.

        Returns:
            SaleShipmentitemGetResult

        Example:
            result = client.sale.shipmentitem.get(id=1)
            result = await client.sale.shipmentitem.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentitemGetResult",
            await self._backend._invoke(_SALE_SHIPMENTITEM_GET, {"id": id}),
        )

    async def get_fields(self) -> SaleShipmentitemGetFieldsResult:
        """Describe the fields of shipment lines.

        REST method: ``sale.shipmentitem.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-item/sale-shipment-item-get-fields.html

        Returns:
            SaleShipmentitemGetFieldsResult

        Example:
            result = client.sale.shipmentitem.get_fields()
            result = await client.sale.shipmentitem.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentitemGetFieldsResult",
            await self._backend._invoke(_SALE_SHIPMENTITEM_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_SaleShipmentitem]:
        """List shipment lines (products in shipments) matching a filter.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.shipmentitem.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-item/sale-shipment-item-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[SaleShipmentitem]

        Example:
            result = client.sale.shipmentitem.list()
            result = await client.sale.shipmentitem.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_SaleShipmentitem]",
            await self._backend._invoke_page(
                _SALE_SHIPMENTITEM_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: SaleShipmentitemUpdateFields
    ) -> SaleShipmentitemUpdateResult:
        """Change the quantity or external code of a shipment line.

        REST method: ``sale.shipmentitem.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-item/sale-shipment-item-update.html

        Args:
            id: ID of the shipment item.
            fields: Fields to change, keyed by field name.

        Returns:
            SaleShipmentitemUpdateResult

        Example:
            result = client.sale.shipmentitem.update(id=1, fields={"quantity": 1.5})
            result = await client.sale.shipmentitem.update(id=1, fields={"quantity": 1.5})  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentitemUpdateResult",
            await self._backend._invoke(
                _SALE_SHIPMENTITEM_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchSaleShipmentitem(Namespace):
    """Methods under ``sale.shipmentitem`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: SaleShipmentitemAddFields | Ref
    ) -> BatchCommand[SaleShipmentitemAddResult]:
        """Put an order line (basket item) into a shipment with the quantity to ship.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipmentitem.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-item/sale-shipment-item-add.html

        Args:
            fields: Values of the new shipment item, keyed by field name.

        Returns:
            BatchCommand[SaleShipmentitemAddResult]

        Example:
            command = batch.sale.shipmentitem.add(fields={"orderDeliveryId": 1, "basketId": 1, "quantity": 1.5})
        """
        return cast(
            "BatchCommand[SaleShipmentitemAddResult]",
            self._backend._invoke(_SALE_SHIPMENTITEM_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Take an order line out of a shipment.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipmentitem.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-item/sale-shipment-item-delete.html

        Args:
            id: ID of the shipment item.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.sale.shipmentitem.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_SALE_SHIPMENTITEM_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[SaleShipmentitemGetResult]:
        """Read one shipment line with its basket item and quantity.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipmentitem.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-item/sale-shipment-item-get.html

        Args:
            id: ID of the shipment item.

        Returns:
            BatchCommand[SaleShipmentitemGetResult]

        Example:
            command = batch.sale.shipmentitem.get(id=1)
        """
        return cast(
            "BatchCommand[SaleShipmentitemGetResult]",
            self._backend._invoke(_SALE_SHIPMENTITEM_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[SaleShipmentitemGetFieldsResult]:
        """Describe the fields of shipment lines.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipmentitem.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-item/sale-shipment-item-get-fields.html

        Returns:
            BatchCommand[SaleShipmentitemGetFieldsResult]

        Example:
            command = batch.sale.shipmentitem.get_fields()
        """
        return cast(
            "BatchCommand[SaleShipmentitemGetFieldsResult]",
            self._backend._invoke(_SALE_SHIPMENTITEM_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_SaleShipmentitem]]:
        """List shipment lines (products in shipments) matching a filter.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipmentitem.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-item/sale-shipment-item-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[SaleShipmentitem]]

        Example:
            command = batch.sale.shipmentitem.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SaleShipmentitem]]",
            self._backend._invoke_page(
                _SALE_SHIPMENTITEM_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: SaleShipmentitemUpdateFields | Ref
    ) -> BatchCommand[SaleShipmentitemUpdateResult]:
        """Change the quantity or external code of a shipment line.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipmentitem.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-item/sale-shipment-item-update.html

        Args:
            id: ID of the shipment item.
            fields: Fields to change, keyed by field name.

        Returns:
            BatchCommand[SaleShipmentitemUpdateResult]

        Example:
            command = batch.sale.shipmentitem.update(id=1, fields={"quantity": 1.5})
        """
        return cast(
            "BatchCommand[SaleShipmentitemUpdateResult]",
            self._backend._invoke(
                _SALE_SHIPMENTITEM_UPDATE, {"id": id, "fields": fields}
            ),
        )
