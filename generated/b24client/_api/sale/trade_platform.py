"""Methods under ``sale.tradePlatform``: generated from spec/ by ``python -m generator``; do not edit."""

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
        SaleTradePlatform as _SaleTradePlatform,
        SaleTradePlatformGetFieldsResult,
    )

_SALE_TRADE_PLATFORM_GET_FIELDS = MethodInfo(
    name="sale.tradePlatform.getFields", idempotent=True, returns="any", api=1
)
_SALE_TRADE_PLATFORM_LIST = MethodInfo(
    name="sale.tradePlatform.list", idempotent=True, returns="any", api=1
)


class SaleTradePlatform(Namespace):
    """Methods under ``sale.tradePlatform``."""

    __slots__ = ()

    def get_fields(self) -> SaleTradePlatformGetFieldsResult:
        """Describe the fields of order sources (trading platforms).

        REST method: ``sale.tradePlatform.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/trade-platform/sale-trade-platform-get-fields.html

        Returns:
            SaleTradePlatformGetFieldsResult

        Example:
            result = client.sale.trade_platform.get_fields()
            result = await client.sale.trade_platform.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SaleTradePlatformGetFieldsResult",
            self._backend._invoke(_SALE_TRADE_PLATFORM_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_SaleTradePlatform]:
        """List the order sources (trading platforms) that store orders can come from.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.tradePlatform.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/trade-platform/sale-trade-platform-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[SaleTradePlatform]

        Example:
            result = client.sale.trade_platform.list()
            result = await client.sale.trade_platform.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_SaleTradePlatform]",
            self._backend._invoke_page(
                _SALE_TRADE_PLATFORM_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )


class AsyncSaleTradePlatform(Namespace):
    """Methods under ``sale.tradePlatform`` (async)."""

    __slots__ = ()

    async def get_fields(self) -> SaleTradePlatformGetFieldsResult:
        """Describe the fields of order sources (trading platforms).

        REST method: ``sale.tradePlatform.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/trade-platform/sale-trade-platform-get-fields.html

        Returns:
            SaleTradePlatformGetFieldsResult

        Example:
            result = client.sale.trade_platform.get_fields()
            result = await client.sale.trade_platform.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SaleTradePlatformGetFieldsResult",
            await self._backend._invoke(_SALE_TRADE_PLATFORM_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_SaleTradePlatform]:
        """List the order sources (trading platforms) that store orders can come from.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.tradePlatform.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/trade-platform/sale-trade-platform-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[SaleTradePlatform]

        Example:
            result = client.sale.trade_platform.list()
            result = await client.sale.trade_platform.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_SaleTradePlatform]",
            await self._backend._invoke_page(
                _SALE_TRADE_PLATFORM_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )


class BatchSaleTradePlatform(Namespace):
    """Methods under ``sale.tradePlatform`` (queued into a batch)."""

    __slots__ = ()

    def get_fields(self) -> BatchCommand[SaleTradePlatformGetFieldsResult]:
        """Describe the fields of order sources (trading platforms).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.tradePlatform.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/trade-platform/sale-trade-platform-get-fields.html

        Returns:
            BatchCommand[SaleTradePlatformGetFieldsResult]

        Example:
            command = batch.sale.trade_platform.get_fields()
        """
        return cast(
            "BatchCommand[SaleTradePlatformGetFieldsResult]",
            self._backend._invoke(_SALE_TRADE_PLATFORM_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_SaleTradePlatform]]:
        """List the order sources (trading platforms) that store orders can come from.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.tradePlatform.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/trade-platform/sale-trade-platform-list.html

        Args:
            select: Fields to return.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[SaleTradePlatform]]

        Example:
            command = batch.sale.trade_platform.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SaleTradePlatform]]",
            self._backend._invoke_page(
                _SALE_TRADE_PLATFORM_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )
