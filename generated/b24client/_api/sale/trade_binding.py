"""Methods under ``sale.tradeBinding``: generated from spec/ by ``python -m generator``; do not edit."""

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
        SaleTradeBinding as _SaleTradeBinding,
        SaleTradeBindingGetFieldsResult,
    )

_SALE_TRADE_BINDING_GET_FIELDS = MethodInfo(
    name="sale.tradeBinding.getFields", idempotent=True, returns="any", api=1
)
_SALE_TRADE_BINDING_LIST = MethodInfo(
    name="sale.tradeBinding.list", idempotent=True, returns="any", api=1
)


class SaleTradeBinding(Namespace):
    """Methods under ``sale.tradeBinding``."""

    __slots__ = ()

    def get_fields(self) -> SaleTradeBindingGetFieldsResult:
        """Describe the fields that link orders to their sources (trading platforms).

        REST method: ``sale.tradeBinding.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/trade-binding/sale-trade-binding-get-fields.html

        Returns:
            SaleTradeBindingGetFieldsResult

        Example:
            result = client.sale.trade_binding.get_fields()
            result = await client.sale.trade_binding.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SaleTradeBindingGetFieldsResult",
            self._backend._invoke(_SALE_TRADE_BINDING_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_SaleTradeBinding]:
        """List links between orders and the platforms (sources) they came from.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.tradeBinding.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/trade-binding/sale-trade-binding-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[SaleTradeBinding]

        Example:
            result = client.sale.trade_binding.list()
            result = await client.sale.trade_binding.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_SaleTradeBinding]",
            self._backend._invoke_page(
                _SALE_TRADE_BINDING_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )


class AsyncSaleTradeBinding(Namespace):
    """Methods under ``sale.tradeBinding`` (async)."""

    __slots__ = ()

    async def get_fields(self) -> SaleTradeBindingGetFieldsResult:
        """Describe the fields that link orders to their sources (trading platforms).

        REST method: ``sale.tradeBinding.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/trade-binding/sale-trade-binding-get-fields.html

        Returns:
            SaleTradeBindingGetFieldsResult

        Example:
            result = client.sale.trade_binding.get_fields()
            result = await client.sale.trade_binding.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SaleTradeBindingGetFieldsResult",
            await self._backend._invoke(_SALE_TRADE_BINDING_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_SaleTradeBinding]:
        """List links between orders and the platforms (sources) they came from.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.tradeBinding.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/trade-binding/sale-trade-binding-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[SaleTradeBinding]

        Example:
            result = client.sale.trade_binding.list()
            result = await client.sale.trade_binding.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_SaleTradeBinding]",
            await self._backend._invoke_page(
                _SALE_TRADE_BINDING_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )


class BatchSaleTradeBinding(Namespace):
    """Methods under ``sale.tradeBinding`` (queued into a batch)."""

    __slots__ = ()

    def get_fields(self) -> BatchCommand[SaleTradeBindingGetFieldsResult]:
        """Describe the fields that link orders to their sources (trading platforms).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.tradeBinding.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/trade-binding/sale-trade-binding-get-fields.html

        Returns:
            BatchCommand[SaleTradeBindingGetFieldsResult]

        Example:
            command = batch.sale.trade_binding.get_fields()
        """
        return cast(
            "BatchCommand[SaleTradeBindingGetFieldsResult]",
            self._backend._invoke(_SALE_TRADE_BINDING_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_SaleTradeBinding]]:
        """List links between orders and the platforms (sources) they came from.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.tradeBinding.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/trade-binding/sale-trade-binding-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[SaleTradeBinding]]

        Example:
            command = batch.sale.trade_binding.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SaleTradeBinding]]",
            self._backend._invoke_page(
                _SALE_TRADE_BINDING_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )
