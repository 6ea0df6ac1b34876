"""Methods under ``sale.payment``: generated from spec/ by ``python -m generator``; do not edit."""

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
        SalePayment as _SalePayment,
        SalePaymentAddFields,
        SalePaymentAddResult,
        SalePaymentGetFieldsResult,
        SalePaymentGetResult,
        SalePaymentUpdateFields,
        SalePaymentUpdateResult,
    )

_SALE_PAYMENT_ADD = MethodInfo(
    name="sale.payment.add", idempotent=False, returns="any", api=1
)
_SALE_PAYMENT_DELETE = MethodInfo(
    name="sale.payment.delete", idempotent=False, returns="boolean", api=1
)
_SALE_PAYMENT_GET = MethodInfo(
    name="sale.payment.get", idempotent=True, returns="any", api=1
)
_SALE_PAYMENT_GET_FIELDS = MethodInfo(
    name="sale.payment.getFields", idempotent=True, returns="any", api=1
)
_SALE_PAYMENT_LIST = MethodInfo(
    name="sale.payment.list", idempotent=True, returns="any", api=1
)
_SALE_PAYMENT_UPDATE = MethodInfo(
    name="sale.payment.update", idempotent=False, returns="any", api=1
)


class SalePayment(Namespace):
    """Methods under ``sale.payment``."""

    __slots__ = ()

    def add(self, *, fields: SalePaymentAddFields) -> SalePaymentAddResult:
        """Add a payment to an order, with its amount and payment system.

        REST method: ``sale.payment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment/sale-payment-add.html

        Args:
            fields: Values of the new payment, keyed by field name.

        Returns:
            SalePaymentAddResult

        Example:
            result = client.sale.payment.add(fields={"orderId": 1, "paySystemId": 1})
            result = await client.sale.payment.add(fields={"orderId": 1, "paySystemId": 1})  # AsyncBitrix24
        """
        return cast(
            "SalePaymentAddResult",
            self._backend._invoke(_SALE_PAYMENT_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a payment from an order.

        REST method: ``sale.payment.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment/sale-payment-delete.html

        Args:
            id: ID of the payment.

        Returns:
            bool

        Example:
            result = client.sale.payment.delete(id=1)
            result = await client.sale.payment.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_SALE_PAYMENT_DELETE, {"id": id}))

    def get(self, *, id: int) -> SalePaymentGetResult:
        """Read one order payment with its amount, status and payment system data.

        REST method: ``sale.payment.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment/sale-payment-get.html

        Args:
            id: ID of the payment.

        Returns:
            SalePaymentGetResult

        Example:
            result = client.sale.payment.get(id=1)
            result = await client.sale.payment.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SalePaymentGetResult", self._backend._invoke(_SALE_PAYMENT_GET, {"id": id})
        )

    def get_fields(self) -> SalePaymentGetFieldsResult:
        """Describe the order payment fields: type, required and read-only flags.

        REST method: ``sale.payment.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment/sale-payment-get-fields.html

        Returns:
            SalePaymentGetFieldsResult

        Example:
            result = client.sale.payment.get_fields()
            result = await client.sale.payment.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SalePaymentGetFieldsResult",
            self._backend._invoke(_SALE_PAYMENT_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_SalePayment]:
        """List order payments matching a filter, page by page.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.payment.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment/sale-payment-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[SalePayment]

        Example:
            result = client.sale.payment.list()
            result = await client.sale.payment.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_SalePayment]",
            self._backend._invoke_page(
                _SALE_PAYMENT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: SalePaymentUpdateFields
    ) -> SalePaymentUpdateResult:
        """Change the amount, paid flag or other data of an order payment.

        REST method: ``sale.payment.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment/sale-payment-update.html

        Args:
            id: ID of the payment.
            fields: Fields to change, keyed by field name.

        Returns:
            SalePaymentUpdateResult

        Example:
            result = client.sale.payment.update(id=1, fields={"paySystemId": 1})
            result = await client.sale.payment.update(id=1, fields={"paySystemId": 1})  # AsyncBitrix24
        """
        return cast(
            "SalePaymentUpdateResult",
            self._backend._invoke(_SALE_PAYMENT_UPDATE, {"id": id, "fields": fields}),
        )


class AsyncSalePayment(Namespace):
    """Methods under ``sale.payment`` (async)."""

    __slots__ = ()

    async def add(self, *, fields: SalePaymentAddFields) -> SalePaymentAddResult:
        """Add a payment to an order, with its amount and payment system.

        REST method: ``sale.payment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment/sale-payment-add.html

        Args:
            fields: Values of the new payment, keyed by field name.

        Returns:
            SalePaymentAddResult

        Example:
            result = client.sale.payment.add(fields={"orderId": 1, "paySystemId": 1})
            result = await client.sale.payment.add(fields={"orderId": 1, "paySystemId": 1})  # AsyncBitrix24
        """
        return cast(
            "SalePaymentAddResult",
            await self._backend._invoke(_SALE_PAYMENT_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a payment from an order.

        REST method: ``sale.payment.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment/sale-payment-delete.html

        Args:
            id: ID of the payment.

        Returns:
            bool

        Example:
            result = client.sale.payment.delete(id=1)
            result = await client.sale.payment.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, await self._backend._invoke(_SALE_PAYMENT_DELETE, {"id": id}))

    async def get(self, *, id: int) -> SalePaymentGetResult:
        """Read one order payment with its amount, status and payment system data.

        REST method: ``sale.payment.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment/sale-payment-get.html

        Args:
            id: ID of the payment.

        Returns:
            SalePaymentGetResult

        Example:
            result = client.sale.payment.get(id=1)
            result = await client.sale.payment.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SalePaymentGetResult",
            await self._backend._invoke(_SALE_PAYMENT_GET, {"id": id}),
        )

    async def get_fields(self) -> SalePaymentGetFieldsResult:
        """Describe the order payment fields: type, required and read-only flags.

        REST method: ``sale.payment.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment/sale-payment-get-fields.html

        Returns:
            SalePaymentGetFieldsResult

        Example:
            result = client.sale.payment.get_fields()
            result = await client.sale.payment.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SalePaymentGetFieldsResult",
            await self._backend._invoke(_SALE_PAYMENT_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_SalePayment]:
        """List order payments matching a filter, page by page.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.payment.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment/sale-payment-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[SalePayment]

        Example:
            result = client.sale.payment.list()
            result = await client.sale.payment.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_SalePayment]",
            await self._backend._invoke_page(
                _SALE_PAYMENT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: SalePaymentUpdateFields
    ) -> SalePaymentUpdateResult:
        """Change the amount, paid flag or other data of an order payment.

        REST method: ``sale.payment.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment/sale-payment-update.html

        Args:
            id: ID of the payment.
            fields: Fields to change, keyed by field name.

        Returns:
            SalePaymentUpdateResult

        Example:
            result = client.sale.payment.update(id=1, fields={"paySystemId": 1})
            result = await client.sale.payment.update(id=1, fields={"paySystemId": 1})  # AsyncBitrix24
        """
        return cast(
            "SalePaymentUpdateResult",
            await self._backend._invoke(
                _SALE_PAYMENT_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchSalePayment(Namespace):
    """Methods under ``sale.payment`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: SalePaymentAddFields | Ref
    ) -> BatchCommand[SalePaymentAddResult]:
        """Add a payment to an order, with its amount and payment system.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.payment.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment/sale-payment-add.html

        Args:
            fields: Values of the new payment, keyed by field name.

        Returns:
            BatchCommand[SalePaymentAddResult]

        Example:
            command = batch.sale.payment.add(fields={"orderId": 1, "paySystemId": 1})
        """
        return cast(
            "BatchCommand[SalePaymentAddResult]",
            self._backend._invoke(_SALE_PAYMENT_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a payment from an order.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.payment.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment/sale-payment-delete.html

        Args:
            id: ID of the payment.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.sale.payment.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_SALE_PAYMENT_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[SalePaymentGetResult]:
        """Read one order payment with its amount, status and payment system data.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.payment.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment/sale-payment-get.html

        Args:
            id: ID of the payment.

        Returns:
            BatchCommand[SalePaymentGetResult]

        Example:
            command = batch.sale.payment.get(id=1)
        """
        return cast(
            "BatchCommand[SalePaymentGetResult]",
            self._backend._invoke(_SALE_PAYMENT_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[SalePaymentGetFieldsResult]:
        """Describe the order payment fields: type, required and read-only flags.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.payment.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment/sale-payment-get-fields.html

        Returns:
            BatchCommand[SalePaymentGetFieldsResult]

        Example:
            command = batch.sale.payment.get_fields()
        """
        return cast(
            "BatchCommand[SalePaymentGetFieldsResult]",
            self._backend._invoke(_SALE_PAYMENT_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_SalePayment]]:
        """List order payments matching a filter, page by page.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.payment.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment/sale-payment-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[SalePayment]]

        Example:
            command = batch.sale.payment.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SalePayment]]",
            self._backend._invoke_page(
                _SALE_PAYMENT_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: SalePaymentUpdateFields | Ref
    ) -> BatchCommand[SalePaymentUpdateResult]:
        """Change the amount, paid flag or other data of an order payment.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.payment.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment/sale-payment-update.html

        Args:
            id: ID of the payment.
            fields: Fields to change, keyed by field name.

        Returns:
            BatchCommand[SalePaymentUpdateResult]

        Example:
            command = batch.sale.payment.update(id=1, fields={"paySystemId": 1})
        """
        return cast(
            "BatchCommand[SalePaymentUpdateResult]",
            self._backend._invoke(_SALE_PAYMENT_UPDATE, {"id": id, "fields": fields}),
        )
