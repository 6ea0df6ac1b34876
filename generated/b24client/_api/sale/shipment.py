"""Methods under ``sale.shipment``: generated from spec/ by ``python -m generator``; do not edit."""

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
        SaleShipment as _SaleShipment,
        SaleShipmentAddFields,
        SaleShipmentAddResult,
        SaleShipmentGetFieldsResult,
        SaleShipmentGetResult,
        SaleShipmentUpdateFields,
        SaleShipmentUpdateResult,
    )

_SALE_SHIPMENT_ADD = MethodInfo(
    name="sale.shipment.add", idempotent=False, returns="any", api=1
)
_SALE_SHIPMENT_DELETE = MethodInfo(
    name="sale.shipment.delete", idempotent=False, returns="boolean", api=1
)
_SALE_SHIPMENT_GET = MethodInfo(
    name="sale.shipment.get", idempotent=True, returns="any", api=1
)
_SALE_SHIPMENT_GET_FIELDS = MethodInfo(
    name="sale.shipment.getFields", idempotent=True, returns="any", api=1
)
_SALE_SHIPMENT_LIST = MethodInfo(
    name="sale.shipment.list", idempotent=True, returns="any", api=1
)
_SALE_SHIPMENT_UPDATE = MethodInfo(
    name="sale.shipment.update", idempotent=False, returns="any", api=1
)


class SaleShipment(Namespace):
    """Methods under ``sale.shipment``."""

    __slots__ = ()

    def add(self, *, fields: SaleShipmentAddFields) -> SaleShipmentAddResult:
        """Create a shipment (delivery) for an order, with its delivery service and status.

        Add the products to ship afterwards with sale.shipmentitem.add.

        REST method: ``sale.shipment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment/sale-shipment-add.html

        Args:
            fields: Values of the new shipment, keyed by field name.

        Returns:
            SaleShipmentAddResult

        Raises:
            BadRequestError: the portal answers ``BX_INVALID_VALUE``.

        Example:
            result = client.sale.shipment.add(fields={"orderId": 1, "allowDelivery": "Y", "deducted": "Y", "deliveryId": 1})
            result = await client.sale.shipment.add(fields={"orderId": 1, "allowDelivery": "Y", "deducted": "Y", "deliveryId": 1})  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentAddResult",
            self._backend._invoke(_SALE_SHIPMENT_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a shipment from an order.

        REST method: ``sale.shipment.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment/sale-shipment-delete.html

        Args:
            id: ID of the shipment.

        Returns:
            bool

        Example:
            result = client.sale.shipment.delete(id=1)
            result = await client.sale.shipment.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_SALE_SHIPMENT_DELETE, {"id": id}))

    def get(self, *, id: int) -> SaleShipmentGetResult:
        """Read one shipment with its delivery service, status, cost and items.

        REST method: ``sale.shipment.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment/sale-shipment-get.html

        Args:
            id: ID of the shipment.

        Returns:
            SaleShipmentGetResult

        Example:
            result = client.sale.shipment.get(id=1)
            result = await client.sale.shipment.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentGetResult",
            self._backend._invoke(_SALE_SHIPMENT_GET, {"id": id}),
        )

    def get_fields(self) -> SaleShipmentGetFieldsResult:
        """Describe the shipment fields: type, required and read-only flags.

        REST method: ``sale.shipment.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment/sale-shipment-get-fields.html

        Returns:
            SaleShipmentGetFieldsResult

        Example:
            result = client.sale.shipment.get_fields()
            result = await client.sale.shipment.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentGetFieldsResult",
            self._backend._invoke(_SALE_SHIPMENT_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_SaleShipment]:
        """List order shipments matching a filter, page by page.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.shipment.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment/sale-shipment-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[SaleShipment]

        Example:
            result = client.sale.shipment.list()
            result = await client.sale.shipment.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_SaleShipment]",
            self._backend._invoke_page(
                _SALE_SHIPMENT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: SaleShipmentUpdateFields
    ) -> SaleShipmentUpdateResult:
        """Change the status, delivery service, cost or tracking data of a shipment.

        REST method: ``sale.shipment.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment/sale-shipment-update.html

        Args:
            id: ID of the shipment.
            fields: Fields to change, keyed by field name.

        Returns:
            SaleShipmentUpdateResult

        Raises:
            BadRequestError: the portal answers ``BX_INVALID_VALUE``.

        Example:
            result = client.sale.shipment.update(id=1, fields={"allowDelivery": "Y", "deducted": "Y", "deliveryId": 1})
            result = await client.sale.shipment.update(id=1, fields={"allowDelivery": "Y", "deducted": "Y", "deliveryId": 1})  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentUpdateResult",
            self._backend._invoke(_SALE_SHIPMENT_UPDATE, {"id": id, "fields": fields}),
        )


class AsyncSaleShipment(Namespace):
    """Methods under ``sale.shipment`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: SaleShipmentAddFields) -> SaleShipmentAddResult:
        """Create a shipment (delivery) for an order, with its delivery service and status.

        Add the products to ship afterwards with sale.shipmentitem.add.

        REST method: ``sale.shipment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment/sale-shipment-add.html

        Args:
            fields: Values of the new shipment, keyed by field name.

        Returns:
            SaleShipmentAddResult

        Raises:
            BadRequestError: the portal answers ``BX_INVALID_VALUE``.

        Example:
            result = client.sale.shipment.add(fields={"orderId": 1, "allowDelivery": "Y", "deducted": "Y", "deliveryId": 1})
            result = await client.sale.shipment.add(fields={"orderId": 1, "allowDelivery": "Y", "deducted": "Y", "deliveryId": 1})  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentAddResult",
            await self._backend._invoke(_SALE_SHIPMENT_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a shipment from an order.

        REST method: ``sale.shipment.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment/sale-shipment-delete.html

        Args:
            id: ID of the shipment.

        Returns:
            bool

        Example:
            result = client.sale.shipment.delete(id=1)
            result = await client.sale.shipment.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_SALE_SHIPMENT_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> SaleShipmentGetResult:
        """Read one shipment with its delivery service, status, cost and items.

        REST method: ``sale.shipment.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment/sale-shipment-get.html

        Args:
            id: ID of the shipment.

        Returns:
            SaleShipmentGetResult

        Example:
            result = client.sale.shipment.get(id=1)
            result = await client.sale.shipment.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentGetResult",
            await self._backend._invoke(_SALE_SHIPMENT_GET, {"id": id}),
        )

    async def get_fields(self) -> SaleShipmentGetFieldsResult:
        """Describe the shipment fields: type, required and read-only flags.

        REST method: ``sale.shipment.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment/sale-shipment-get-fields.html

        Returns:
            SaleShipmentGetFieldsResult

        Example:
            result = client.sale.shipment.get_fields()
            result = await client.sale.shipment.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentGetFieldsResult",
            await self._backend._invoke(_SALE_SHIPMENT_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_SaleShipment]:
        """List order shipments matching a filter, page by page.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.shipment.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment/sale-shipment-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[SaleShipment]

        Example:
            result = client.sale.shipment.list()
            result = await client.sale.shipment.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_SaleShipment]",
            await self._backend._invoke_page(
                _SALE_SHIPMENT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: SaleShipmentUpdateFields
    ) -> SaleShipmentUpdateResult:
        """Change the status, delivery service, cost or tracking data of a shipment.

        REST method: ``sale.shipment.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment/sale-shipment-update.html

        Args:
            id: ID of the shipment.
            fields: Fields to change, keyed by field name.

        Returns:
            SaleShipmentUpdateResult

        Raises:
            BadRequestError: the portal answers ``BX_INVALID_VALUE``.

        Example:
            result = client.sale.shipment.update(id=1, fields={"allowDelivery": "Y", "deducted": "Y", "deliveryId": 1})
            result = await client.sale.shipment.update(id=1, fields={"allowDelivery": "Y", "deducted": "Y", "deliveryId": 1})  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentUpdateResult",
            await self._backend._invoke(
                _SALE_SHIPMENT_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchSaleShipment(Namespace):
    """Methods under ``sale.shipment`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: SaleShipmentAddFields | Ref
    ) -> BatchCommand[SaleShipmentAddResult]:
        """Create a shipment (delivery) for an order, with its delivery service and status.

        Add the products to ship afterwards with sale.shipmentitem.add.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment/sale-shipment-add.html

        Args:
            fields: Values of the new shipment, keyed by field name.

        Returns:
            BatchCommand[SaleShipmentAddResult]

        Raises:
            BadRequestError: the portal answers ``BX_INVALID_VALUE``.

        Example:
            command = batch.sale.shipment.add(fields={"orderId": 1, "allowDelivery": "Y", "deducted": "Y", "deliveryId": 1})
        """
        return cast(
            "BatchCommand[SaleShipmentAddResult]",
            self._backend._invoke(_SALE_SHIPMENT_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a shipment from an order.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipment.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment/sale-shipment-delete.html

        Args:
            id: ID of the shipment.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.sale.shipment.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_SALE_SHIPMENT_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[SaleShipmentGetResult]:
        """Read one shipment with its delivery service, status, cost and items.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipment.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment/sale-shipment-get.html

        Args:
            id: ID of the shipment.

        Returns:
            BatchCommand[SaleShipmentGetResult]

        Example:
            command = batch.sale.shipment.get(id=1)
        """
        return cast(
            "BatchCommand[SaleShipmentGetResult]",
            self._backend._invoke(_SALE_SHIPMENT_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[SaleShipmentGetFieldsResult]:
        """Describe the shipment fields: type, required and read-only flags.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipment.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment/sale-shipment-get-fields.html

        Returns:
            BatchCommand[SaleShipmentGetFieldsResult]

        Example:
            command = batch.sale.shipment.get_fields()
        """
        return cast(
            "BatchCommand[SaleShipmentGetFieldsResult]",
            self._backend._invoke(_SALE_SHIPMENT_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_SaleShipment]]:
        """List order shipments matching a filter, page by page.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipment.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment/sale-shipment-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[SaleShipment]]

        Example:
            command = batch.sale.shipment.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SaleShipment]]",
            self._backend._invoke_page(
                _SALE_SHIPMENT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: SaleShipmentUpdateFields | Ref
    ) -> BatchCommand[SaleShipmentUpdateResult]:
        """Change the status, delivery service, cost or tracking data of a shipment.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipment.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment/sale-shipment-update.html

        Args:
            id: ID of the shipment.
            fields: Fields to change, keyed by field name.

        Returns:
            BatchCommand[SaleShipmentUpdateResult]

        Raises:
            BadRequestError: the portal answers ``BX_INVALID_VALUE``.

        Example:
            command = batch.sale.shipment.update(id=1, fields={"allowDelivery": "Y", "deducted": "Y", "deliveryId": 1})
        """
        return cast(
            "BatchCommand[SaleShipmentUpdateResult]",
            self._backend._invoke(_SALE_SHIPMENT_UPDATE, {"id": id, "fields": fields}),
        )
