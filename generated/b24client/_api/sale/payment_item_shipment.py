"""Methods under ``sale.paymentItemShipment``: generated from spec/ by ``python -m generator``; do not edit."""

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
        SalePaymentItemShipment as _SalePaymentItemShipment,
        SalePaymentItemShipmentAddFields,
        SalePaymentItemShipmentAddResult,
        SalePaymentItemShipmentGetFieldsResult,
        SalePaymentItemShipmentGetResult,
        SalePaymentItemShipmentUpdateFields,
        SalePaymentItemShipmentUpdateResult,
    )

_SALE_PAYMENT_ITEM_SHIPMENT_ADD = MethodInfo(
    name="sale.paymentItemShipment.add", idempotent=False, returns="any", api=1
)
_SALE_PAYMENT_ITEM_SHIPMENT_DELETE = MethodInfo(
    name="sale.paymentItemShipment.delete", idempotent=False, returns="boolean", api=1
)
_SALE_PAYMENT_ITEM_SHIPMENT_GET = MethodInfo(
    name="sale.paymentItemShipment.get", idempotent=True, returns="any", api=1
)
_SALE_PAYMENT_ITEM_SHIPMENT_GET_FIELDS = MethodInfo(
    name="sale.paymentItemShipment.getFields", idempotent=True, returns="any", api=1
)
_SALE_PAYMENT_ITEM_SHIPMENT_LIST = MethodInfo(
    name="sale.paymentItemShipment.list", idempotent=True, returns="any", api=1
)
_SALE_PAYMENT_ITEM_SHIPMENT_UPDATE = MethodInfo(
    name="sale.paymentItemShipment.update", idempotent=False, returns="any", api=1
)


class SalePaymentItemShipment(Namespace):
    """Methods under ``sale.paymentItemShipment``."""

    __slots__ = ()

    def add(
        self, *, fields: SalePaymentItemShipmentAddFields
    ) -> SalePaymentItemShipmentAddResult:
        """Link an order payment to a shipment it pays for.

        REST method: ``sale.paymentItemShipment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-shipment/sale-payment-item-shipment-add.html

        Args:
            fields: Values of the new payment-to-shipment link, keyed by field name.

        Returns:
            SalePaymentItemShipmentAddResult

        Example:
            result = client.sale.payment_item_shipment.add(fields={"shipmentId": 1, "paymentId": 1})
            result = await client.sale.payment_item_shipment.add(fields={"shipmentId": 1, "paymentId": 1})  # AsyncBitrix24
        """
        return cast(
            "SalePaymentItemShipmentAddResult",
            self._backend._invoke(_SALE_PAYMENT_ITEM_SHIPMENT_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Remove the link that says an order payment covers a shipment.

        REST method: ``sale.paymentItemShipment.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-shipment/sale-payment-item-shipment-delete.html

        Args:
            id: ID of the payment-to-shipment link.

        Returns:
            bool

        Example:
            result = client.sale.payment_item_shipment.delete(id=1)
            result = await client.sale.payment_item_shipment.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_SALE_PAYMENT_ITEM_SHIPMENT_DELETE, {"id": id})
        )

    def get(self, *, id: int) -> SalePaymentItemShipmentGetResult:
        """Read one link between an order payment and a shipment.

        REST method: ``sale.paymentItemShipment.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-shipment/sale-payment-item-shipment-get.html

        Args:
            id: ID of the payment-to-shipment link.

        Returns:
            SalePaymentItemShipmentGetResult

        Example:
            result = client.sale.payment_item_shipment.get(id=1)
            result = await client.sale.payment_item_shipment.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SalePaymentItemShipmentGetResult",
            self._backend._invoke(_SALE_PAYMENT_ITEM_SHIPMENT_GET, {"id": id}),
        )

    def get_fields(self) -> SalePaymentItemShipmentGetFieldsResult:
        """Describe the fields of payment-to-shipment links.

        REST method: ``sale.paymentItemShipment.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-shipment/sale-payment-item-shipment-get-fields.html

        Returns:
            SalePaymentItemShipmentGetFieldsResult

        Example:
            result = client.sale.payment_item_shipment.get_fields()
            result = await client.sale.payment_item_shipment.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SalePaymentItemShipmentGetFieldsResult",
            self._backend._invoke(_SALE_PAYMENT_ITEM_SHIPMENT_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_SalePaymentItemShipment]:
        """List links between order payments and shipments.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.paymentItemShipment.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-shipment/sale-payment-item-shipment-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[SalePaymentItemShipment]

        Example:
            result = client.sale.payment_item_shipment.list()
            result = await client.sale.payment_item_shipment.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_SalePaymentItemShipment]",
            self._backend._invoke_page(
                _SALE_PAYMENT_ITEM_SHIPMENT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: SalePaymentItemShipmentUpdateFields
    ) -> SalePaymentItemShipmentUpdateResult:
        """Change the external code of a payment-to-shipment link.

        REST method: ``sale.paymentItemShipment.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-shipment/sale-payment-item-shipment-update.html

        Args:
            id: ID of the payment-to-shipment link.
            fields: Fields to change, keyed by field name.

        Returns:
            SalePaymentItemShipmentUpdateResult

        Example:
            result = client.sale.payment_item_shipment.update(id=1, fields={"xmlId": "example_code"})
            result = await client.sale.payment_item_shipment.update(id=1, fields={"xmlId": "example_code"})  # AsyncBitrix24
        """
        return cast(
            "SalePaymentItemShipmentUpdateResult",
            self._backend._invoke(
                _SALE_PAYMENT_ITEM_SHIPMENT_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncSalePaymentItemShipment(Namespace):
    """Methods under ``sale.paymentItemShipment`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: SalePaymentItemShipmentAddFields
    ) -> SalePaymentItemShipmentAddResult:
        """Link an order payment to a shipment it pays for.

        REST method: ``sale.paymentItemShipment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-shipment/sale-payment-item-shipment-add.html

        Args:
            fields: Values of the new payment-to-shipment link, keyed by field name.

        Returns:
            SalePaymentItemShipmentAddResult

        Example:
            result = client.sale.payment_item_shipment.add(fields={"shipmentId": 1, "paymentId": 1})
            result = await client.sale.payment_item_shipment.add(fields={"shipmentId": 1, "paymentId": 1})  # AsyncBitrix24
        """
        return cast(
            "SalePaymentItemShipmentAddResult",
            await self._backend._invoke(
                _SALE_PAYMENT_ITEM_SHIPMENT_ADD, {"fields": fields}
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove the link that says an order payment covers a shipment.

        REST method: ``sale.paymentItemShipment.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-shipment/sale-payment-item-shipment-delete.html

        Args:
            id: ID of the payment-to-shipment link.

        Returns:
            bool

        Example:
            result = client.sale.payment_item_shipment.delete(id=1)
            result = await client.sale.payment_item_shipment.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_SALE_PAYMENT_ITEM_SHIPMENT_DELETE, {"id": id}),
        )

    async def get(self, *, id: int) -> SalePaymentItemShipmentGetResult:
        """Read one link between an order payment and a shipment.

        REST method: ``sale.paymentItemShipment.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-shipment/sale-payment-item-shipment-get.html

        Args:
            id: ID of the payment-to-shipment link.

        Returns:
            SalePaymentItemShipmentGetResult

        Example:
            result = client.sale.payment_item_shipment.get(id=1)
            result = await client.sale.payment_item_shipment.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SalePaymentItemShipmentGetResult",
            await self._backend._invoke(_SALE_PAYMENT_ITEM_SHIPMENT_GET, {"id": id}),
        )

    async def get_fields(self) -> SalePaymentItemShipmentGetFieldsResult:
        """Describe the fields of payment-to-shipment links.

        REST method: ``sale.paymentItemShipment.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-shipment/sale-payment-item-shipment-get-fields.html

        Returns:
            SalePaymentItemShipmentGetFieldsResult

        Example:
            result = client.sale.payment_item_shipment.get_fields()
            result = await client.sale.payment_item_shipment.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SalePaymentItemShipmentGetFieldsResult",
            await self._backend._invoke(_SALE_PAYMENT_ITEM_SHIPMENT_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_SalePaymentItemShipment]:
        """List links between order payments and shipments.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.paymentItemShipment.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-shipment/sale-payment-item-shipment-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[SalePaymentItemShipment]

        Example:
            result = client.sale.payment_item_shipment.list()
            result = await client.sale.payment_item_shipment.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_SalePaymentItemShipment]",
            await self._backend._invoke_page(
                _SALE_PAYMENT_ITEM_SHIPMENT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: SalePaymentItemShipmentUpdateFields
    ) -> SalePaymentItemShipmentUpdateResult:
        """Change the external code of a payment-to-shipment link.

        REST method: ``sale.paymentItemShipment.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-shipment/sale-payment-item-shipment-update.html

        Args:
            id: ID of the payment-to-shipment link.
            fields: Fields to change, keyed by field name.

        Returns:
            SalePaymentItemShipmentUpdateResult

        Example:
            result = client.sale.payment_item_shipment.update(id=1, fields={"xmlId": "example_code"})
            result = await client.sale.payment_item_shipment.update(id=1, fields={"xmlId": "example_code"})  # AsyncBitrix24
        """
        return cast(
            "SalePaymentItemShipmentUpdateResult",
            await self._backend._invoke(
                _SALE_PAYMENT_ITEM_SHIPMENT_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchSalePaymentItemShipment(Namespace):
    """Methods under ``sale.paymentItemShipment`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: SalePaymentItemShipmentAddFields | Ref
    ) -> BatchCommand[SalePaymentItemShipmentAddResult]:
        """Link an order payment to a shipment it pays for.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.paymentItemShipment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-shipment/sale-payment-item-shipment-add.html

        Args:
            fields: Values of the new payment-to-shipment link, keyed by field name.

        Returns:
            BatchCommand[SalePaymentItemShipmentAddResult]

        Example:
            command = batch.sale.payment_item_shipment.add(fields={"shipmentId": 1, "paymentId": 1})
        """
        return cast(
            "BatchCommand[SalePaymentItemShipmentAddResult]",
            self._backend._invoke(_SALE_PAYMENT_ITEM_SHIPMENT_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove the link that says an order payment covers a shipment.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.paymentItemShipment.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-shipment/sale-payment-item-shipment-delete.html

        Args:
            id: ID of the payment-to-shipment link.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.sale.payment_item_shipment.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_SALE_PAYMENT_ITEM_SHIPMENT_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[SalePaymentItemShipmentGetResult]:
        """Read one link between an order payment and a shipment.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.paymentItemShipment.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-shipment/sale-payment-item-shipment-get.html

        Args:
            id: ID of the payment-to-shipment link.

        Returns:
            BatchCommand[SalePaymentItemShipmentGetResult]

        Example:
            command = batch.sale.payment_item_shipment.get(id=1)
        """
        return cast(
            "BatchCommand[SalePaymentItemShipmentGetResult]",
            self._backend._invoke(_SALE_PAYMENT_ITEM_SHIPMENT_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[SalePaymentItemShipmentGetFieldsResult]:
        """Describe the fields of payment-to-shipment links.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.paymentItemShipment.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-shipment/sale-payment-item-shipment-get-fields.html

        Returns:
            BatchCommand[SalePaymentItemShipmentGetFieldsResult]

        Example:
            command = batch.sale.payment_item_shipment.get_fields()
        """
        return cast(
            "BatchCommand[SalePaymentItemShipmentGetFieldsResult]",
            self._backend._invoke(_SALE_PAYMENT_ITEM_SHIPMENT_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_SalePaymentItemShipment]]:
        """List links between order payments and shipments.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.paymentItemShipment.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-shipment/sale-payment-item-shipment-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[SalePaymentItemShipment]]

        Example:
            command = batch.sale.payment_item_shipment.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SalePaymentItemShipment]]",
            self._backend._invoke_page(
                _SALE_PAYMENT_ITEM_SHIPMENT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: SalePaymentItemShipmentUpdateFields | Ref
    ) -> BatchCommand[SalePaymentItemShipmentUpdateResult]:
        """Change the external code of a payment-to-shipment link.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.paymentItemShipment.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-shipment/sale-payment-item-shipment-update.html

        Args:
            id: ID of the payment-to-shipment link.
            fields: Fields to change, keyed by field name.

        Returns:
            BatchCommand[SalePaymentItemShipmentUpdateResult]

        Example:
            command = batch.sale.payment_item_shipment.update(id=1, fields={"xmlId": "example_code"})
        """
        return cast(
            "BatchCommand[SalePaymentItemShipmentUpdateResult]",
            self._backend._invoke(
                _SALE_PAYMENT_ITEM_SHIPMENT_UPDATE, {"id": id, "fields": fields}
            ),
        )
