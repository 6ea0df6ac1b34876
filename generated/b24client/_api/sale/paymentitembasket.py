"""Methods under ``sale.paymentitembasket``: generated from spec/ by ``python -m generator``; do not edit."""

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
        SalePaymentitembasket as _SalePaymentitembasket,
        SalePaymentitembasketAddFields,
        SalePaymentitembasketAddResult,
        SalePaymentitembasketGetResult,
        SalePaymentitembasketGetfieldsResult,
        SalePaymentitembasketUpdateFields,
        SalePaymentitembasketUpdateResult,
    )

_SALE_PAYMENTITEMBASKET_ADD = MethodInfo(
    name="sale.paymentitembasket.add", idempotent=False, returns="any", api=1
)
_SALE_PAYMENTITEMBASKET_DELETE = MethodInfo(
    name="sale.paymentitembasket.delete", idempotent=False, returns="boolean", api=1
)
_SALE_PAYMENTITEMBASKET_GET = MethodInfo(
    name="sale.paymentitembasket.get", idempotent=True, returns="any", api=1
)
_SALE_PAYMENTITEMBASKET_GETFIELDS = MethodInfo(
    name="sale.paymentitembasket.getfields", idempotent=True, returns="any", api=1
)
_SALE_PAYMENTITEMBASKET_LIST = MethodInfo(
    name="sale.paymentitembasket.list", idempotent=True, returns="any", api=1
)
_SALE_PAYMENTITEMBASKET_UPDATE = MethodInfo(
    name="sale.paymentitembasket.update", idempotent=False, returns="any", api=1
)


class SalePaymentitembasket(Namespace):
    """Methods under ``sale.paymentitembasket``."""

    __slots__ = ()

    def add(
        self, *, fields: SalePaymentitembasketAddFields
    ) -> SalePaymentitembasketAddResult:
        """Link an order line (basket item) to the payment that covers it.

        REST method: ``sale.paymentitembasket.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-basket/sale-payment-item-basket-add.html

        Args:
            fields: Values of the new payment-to-basket-item link, keyed by field name.

        Returns:
            SalePaymentitembasketAddResult

        Example:
            result = client.sale.paymentitembasket.add(fields={"paymentId": 1, "basketId": 1})
            result = await client.sale.paymentitembasket.add(fields={"paymentId": 1, "basketId": 1})  # AsyncBitrix24
        """
        return cast(
            "SalePaymentitembasketAddResult",
            self._backend._invoke(_SALE_PAYMENTITEMBASKET_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Unlink an order line from a payment.

        REST method: ``sale.paymentitembasket.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-basket/sale-payment-item-basket-delete.html

        Args:
            id: ID of the payment-to-basket-item link.

        Returns:
            bool

        Example:
            result = client.sale.paymentitembasket.delete(id=1)
            result = await client.sale.paymentitembasket.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_SALE_PAYMENTITEMBASKET_DELETE, {"id": id})
        )

    def get(self, *, id: int) -> SalePaymentitembasketGetResult:
        """Read one link between an order line and a payment.

        REST method: ``sale.paymentitembasket.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-basket/sale-payment-item-basket-get.html

        Args:
            id: ID of the payment-to-basket-item link.

        Returns:
            SalePaymentitembasketGetResult

        Example:
            result = client.sale.paymentitembasket.get(id=1)
            result = await client.sale.paymentitembasket.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SalePaymentitembasketGetResult",
            self._backend._invoke(_SALE_PAYMENTITEMBASKET_GET, {"id": id}),
        )

    def getfields(self) -> SalePaymentitembasketGetfieldsResult:
        """Describe the fields of payment-to-order-line links.

        REST method: ``sale.paymentitembasket.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-basket/sale-payment-item-basket-get-fields.html

        Returns:
            SalePaymentitembasketGetfieldsResult

        Example:
            result = client.sale.paymentitembasket.getfields()
            result = await client.sale.paymentitembasket.getfields()  # AsyncBitrix24
        """
        return cast(
            "SalePaymentitembasketGetfieldsResult",
            self._backend._invoke(_SALE_PAYMENTITEMBASKET_GETFIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_SalePaymentitembasket]:
        """List links between order lines and payments.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.paymentitembasket.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-basket/sale-payment-item-basket-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[SalePaymentitembasket]

        Example:
            result = client.sale.paymentitembasket.list()
            result = await client.sale.paymentitembasket.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_SalePaymentitembasket]",
            self._backend._invoke_page(
                _SALE_PAYMENTITEMBASKET_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: SalePaymentitembasketUpdateFields
    ) -> SalePaymentitembasketUpdateResult:
        """Change the quantity or external code of a payment-to-order-line link.

        REST method: ``sale.paymentitembasket.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-basket/sale-payment-item-basket-update.html

        Args:
            id: ID of the payment-to-basket-item link.
            fields: Fields to change, keyed by field name.

        Returns:
            SalePaymentitembasketUpdateResult

        Example:
            result = client.sale.paymentitembasket.update(id=1, fields={"quantity": 1.5})
            result = await client.sale.paymentitembasket.update(id=1, fields={"quantity": 1.5})  # AsyncBitrix24
        """
        return cast(
            "SalePaymentitembasketUpdateResult",
            self._backend._invoke(
                _SALE_PAYMENTITEMBASKET_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncSalePaymentitembasket(Namespace):
    """Methods under ``sale.paymentitembasket`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: SalePaymentitembasketAddFields
    ) -> SalePaymentitembasketAddResult:
        """Link an order line (basket item) to the payment that covers it.

        REST method: ``sale.paymentitembasket.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-basket/sale-payment-item-basket-add.html

        Args:
            fields: Values of the new payment-to-basket-item link, keyed by field name.

        Returns:
            SalePaymentitembasketAddResult

        Example:
            result = client.sale.paymentitembasket.add(fields={"paymentId": 1, "basketId": 1})
            result = await client.sale.paymentitembasket.add(fields={"paymentId": 1, "basketId": 1})  # AsyncBitrix24
        """
        return cast(
            "SalePaymentitembasketAddResult",
            await self._backend._invoke(
                _SALE_PAYMENTITEMBASKET_ADD, {"fields": fields}
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Unlink an order line from a payment.

        REST method: ``sale.paymentitembasket.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-basket/sale-payment-item-basket-delete.html

        Args:
            id: ID of the payment-to-basket-item link.

        Returns:
            bool

        Example:
            result = client.sale.paymentitembasket.delete(id=1)
            result = await client.sale.paymentitembasket.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_SALE_PAYMENTITEMBASKET_DELETE, {"id": id}),
        )

    async def get(self, *, id: int) -> SalePaymentitembasketGetResult:
        """Read one link between an order line and a payment.

        REST method: ``sale.paymentitembasket.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-basket/sale-payment-item-basket-get.html

        Args:
            id: ID of the payment-to-basket-item link.

        Returns:
            SalePaymentitembasketGetResult

        Example:
            result = client.sale.paymentitembasket.get(id=1)
            result = await client.sale.paymentitembasket.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SalePaymentitembasketGetResult",
            await self._backend._invoke(_SALE_PAYMENTITEMBASKET_GET, {"id": id}),
        )

    async def getfields(self) -> SalePaymentitembasketGetfieldsResult:
        """Describe the fields of payment-to-order-line links.

        REST method: ``sale.paymentitembasket.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-basket/sale-payment-item-basket-get-fields.html

        Returns:
            SalePaymentitembasketGetfieldsResult

        Example:
            result = client.sale.paymentitembasket.getfields()
            result = await client.sale.paymentitembasket.getfields()  # AsyncBitrix24
        """
        return cast(
            "SalePaymentitembasketGetfieldsResult",
            await self._backend._invoke(_SALE_PAYMENTITEMBASKET_GETFIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_SalePaymentitembasket]:
        """List links between order lines and payments.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.paymentitembasket.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-basket/sale-payment-item-basket-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[SalePaymentitembasket]

        Example:
            result = client.sale.paymentitembasket.list()
            result = await client.sale.paymentitembasket.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_SalePaymentitembasket]",
            await self._backend._invoke_page(
                _SALE_PAYMENTITEMBASKET_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: SalePaymentitembasketUpdateFields
    ) -> SalePaymentitembasketUpdateResult:
        """Change the quantity or external code of a payment-to-order-line link.

        REST method: ``sale.paymentitembasket.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-basket/sale-payment-item-basket-update.html

        Args:
            id: ID of the payment-to-basket-item link.
            fields: Fields to change, keyed by field name.

        Returns:
            SalePaymentitembasketUpdateResult

        Example:
            result = client.sale.paymentitembasket.update(id=1, fields={"quantity": 1.5})
            result = await client.sale.paymentitembasket.update(id=1, fields={"quantity": 1.5})  # AsyncBitrix24
        """
        return cast(
            "SalePaymentitembasketUpdateResult",
            await self._backend._invoke(
                _SALE_PAYMENTITEMBASKET_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchSalePaymentitembasket(Namespace):
    """Methods under ``sale.paymentitembasket`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: SalePaymentitembasketAddFields | Ref
    ) -> BatchCommand[SalePaymentitembasketAddResult]:
        """Link an order line (basket item) to the payment that covers it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.paymentitembasket.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-basket/sale-payment-item-basket-add.html

        Args:
            fields: Values of the new payment-to-basket-item link, keyed by field name.

        Returns:
            BatchCommand[SalePaymentitembasketAddResult]

        Example:
            command = batch.sale.paymentitembasket.add(fields={"paymentId": 1, "basketId": 1})
        """
        return cast(
            "BatchCommand[SalePaymentitembasketAddResult]",
            self._backend._invoke(_SALE_PAYMENTITEMBASKET_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Unlink an order line from a payment.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.paymentitembasket.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-basket/sale-payment-item-basket-delete.html

        Args:
            id: ID of the payment-to-basket-item link.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.sale.paymentitembasket.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_SALE_PAYMENTITEMBASKET_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[SalePaymentitembasketGetResult]:
        """Read one link between an order line and a payment.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.paymentitembasket.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-basket/sale-payment-item-basket-get.html

        Args:
            id: ID of the payment-to-basket-item link.

        Returns:
            BatchCommand[SalePaymentitembasketGetResult]

        Example:
            command = batch.sale.paymentitembasket.get(id=1)
        """
        return cast(
            "BatchCommand[SalePaymentitembasketGetResult]",
            self._backend._invoke(_SALE_PAYMENTITEMBASKET_GET, {"id": id}),
        )

    def getfields(self) -> BatchCommand[SalePaymentitembasketGetfieldsResult]:
        """Describe the fields of payment-to-order-line links.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.paymentitembasket.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-basket/sale-payment-item-basket-get-fields.html

        Returns:
            BatchCommand[SalePaymentitembasketGetfieldsResult]

        Example:
            command = batch.sale.paymentitembasket.getfields()
        """
        return cast(
            "BatchCommand[SalePaymentitembasketGetfieldsResult]",
            self._backend._invoke(_SALE_PAYMENTITEMBASKET_GETFIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_SalePaymentitembasket]]:
        """List links between order lines and payments.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.paymentitembasket.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-basket/sale-payment-item-basket-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[SalePaymentitembasket]]

        Example:
            command = batch.sale.paymentitembasket.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SalePaymentitembasket]]",
            self._backend._invoke_page(
                _SALE_PAYMENTITEMBASKET_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: SalePaymentitembasketUpdateFields | Ref
    ) -> BatchCommand[SalePaymentitembasketUpdateResult]:
        """Change the quantity or external code of a payment-to-order-line link.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.paymentitembasket.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/payment-item-basket/sale-payment-item-basket-update.html

        Args:
            id: ID of the payment-to-basket-item link.
            fields: Fields to change, keyed by field name.

        Returns:
            BatchCommand[SalePaymentitembasketUpdateResult]

        Example:
            command = batch.sale.paymentitembasket.update(id=1, fields={"quantity": 1.5})
        """
        return cast(
            "BatchCommand[SalePaymentitembasketUpdateResult]",
            self._backend._invoke(
                _SALE_PAYMENTITEMBASKET_UPDATE, {"id": id, "fields": fields}
            ),
        )
