"""Methods under ``sale.propertyvalue``: generated from spec/ by ``python -m generator``; do not edit."""

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
        SalePropertyvalue as _SalePropertyvalue,
        SalePropertyvalueGetResult,
        SalePropertyvalueGetfieldsResult,
        SalePropertyvalueModifyFields,
        SalePropertyvalueModifyResult,
    )

_SALE_PROPERTYVALUE_DELETE = MethodInfo(
    name="sale.propertyvalue.delete", idempotent=False, returns="boolean", api=1
)
_SALE_PROPERTYVALUE_GET = MethodInfo(
    name="sale.propertyvalue.get", idempotent=True, returns="any", api=1
)
_SALE_PROPERTYVALUE_GETFIELDS = MethodInfo(
    name="sale.propertyvalue.getfields", idempotent=True, returns="any", api=1
)
_SALE_PROPERTYVALUE_LIST = MethodInfo(
    name="sale.propertyvalue.list", idempotent=True, returns="any", api=1
)
_SALE_PROPERTYVALUE_MODIFY = MethodInfo(
    name="sale.propertyvalue.modify", idempotent=False, returns="any", api=1
)


class SalePropertyvalue(Namespace):
    """Methods under ``sale.propertyvalue``."""

    __slots__ = ()

    def delete(self, *, id: int) -> bool:
        """Clear the value of an order property in an order.

        REST method: ``sale.propertyvalue.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-value/sale-property-value-delete.html

        Args:
            id: ID of the order property value.

        Returns:
            bool

        Example:
            result = client.sale.propertyvalue.delete(id=1)
            result = await client.sale.propertyvalue.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_SALE_PROPERTYVALUE_DELETE, {"id": id}))

    def get(self, *, id: int) -> SalePropertyvalueGetResult:
        """Read one order property value, such as a buyer address, of an order.

        REST method: ``sale.propertyvalue.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-value/sale-property-value-get.html

        Args:
            id: ID of the order property value.

        Returns:
            SalePropertyvalueGetResult

        Example:
            result = client.sale.propertyvalue.get(id=1)
            result = await client.sale.propertyvalue.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SalePropertyvalueGetResult",
            self._backend._invoke(_SALE_PROPERTYVALUE_GET, {"id": id}),
        )

    def getfields(self) -> SalePropertyvalueGetfieldsResult:
        """Describe the fields of order property values.

        REST method: ``sale.propertyvalue.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-value/sale-property-value-get-fields.html

        Returns:
            SalePropertyvalueGetfieldsResult

        Example:
            result = client.sale.propertyvalue.getfields()
            result = await client.sale.propertyvalue.getfields()  # AsyncBitrix24
        """
        return cast(
            "SalePropertyvalueGetfieldsResult",
            self._backend._invoke(_SALE_PROPERTYVALUE_GETFIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_SalePropertyvalue]:
        """List order property values (buyer data) of orders matching a filter.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.propertyvalue.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-value/sale-property-value-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[SalePropertyvalue]

        Example:
            result = client.sale.propertyvalue.list()
            result = await client.sale.propertyvalue.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_SalePropertyvalue]",
            self._backend._invoke_page(
                _SALE_PROPERTYVALUE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def modify(
        self, *, fields: SalePropertyvalueModifyFields
    ) -> SalePropertyvalueModifyResult:
        """Set the property values (buyer data) of an order in one call.

        Pass every property value of the order: values left out are removed from the order.

        REST method: ``sale.propertyvalue.modify``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-value/sale-property-value-modify.html

        Args:
            fields: Request body.

        Returns:
            SalePropertyvalueModifyResult

        Example:
            result = client.sale.propertyvalue.modify(fields={"order": {}})
            result = await client.sale.propertyvalue.modify(fields={"order": {}})  # AsyncBitrix24
        """
        return cast(
            "SalePropertyvalueModifyResult",
            self._backend._invoke(_SALE_PROPERTYVALUE_MODIFY, {"fields": fields}),
        )


class AsyncSalePropertyvalue(Namespace):
    """Methods under ``sale.propertyvalue`` (async)."""

    __slots__ = ()

    async def delete(self, *, id: int) -> bool:
        """Clear the value of an order property in an order.

        REST method: ``sale.propertyvalue.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-value/sale-property-value-delete.html

        Args:
            id: ID of the order property value.

        Returns:
            bool

        Example:
            result = client.sale.propertyvalue.delete(id=1)
            result = await client.sale.propertyvalue.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_SALE_PROPERTYVALUE_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> SalePropertyvalueGetResult:
        """Read one order property value, such as a buyer address, of an order.

        REST method: ``sale.propertyvalue.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-value/sale-property-value-get.html

        Args:
            id: ID of the order property value.

        Returns:
            SalePropertyvalueGetResult

        Example:
            result = client.sale.propertyvalue.get(id=1)
            result = await client.sale.propertyvalue.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SalePropertyvalueGetResult",
            await self._backend._invoke(_SALE_PROPERTYVALUE_GET, {"id": id}),
        )

    async def getfields(self) -> SalePropertyvalueGetfieldsResult:
        """Describe the fields of order property values.

        REST method: ``sale.propertyvalue.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-value/sale-property-value-get-fields.html

        Returns:
            SalePropertyvalueGetfieldsResult

        Example:
            result = client.sale.propertyvalue.getfields()
            result = await client.sale.propertyvalue.getfields()  # AsyncBitrix24
        """
        return cast(
            "SalePropertyvalueGetfieldsResult",
            await self._backend._invoke(_SALE_PROPERTYVALUE_GETFIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_SalePropertyvalue]:
        """List order property values (buyer data) of orders matching a filter.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.propertyvalue.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-value/sale-property-value-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[SalePropertyvalue]

        Example:
            result = client.sale.propertyvalue.list()
            result = await client.sale.propertyvalue.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_SalePropertyvalue]",
            await self._backend._invoke_page(
                _SALE_PROPERTYVALUE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def modify(
        self, *, fields: SalePropertyvalueModifyFields
    ) -> SalePropertyvalueModifyResult:
        """Set the property values (buyer data) of an order in one call.

        Pass every property value of the order: values left out are removed from the order.

        REST method: ``sale.propertyvalue.modify``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-value/sale-property-value-modify.html

        Args:
            fields: Request body.

        Returns:
            SalePropertyvalueModifyResult

        Example:
            result = client.sale.propertyvalue.modify(fields={"order": {}})
            result = await client.sale.propertyvalue.modify(fields={"order": {}})  # AsyncBitrix24
        """
        return cast(
            "SalePropertyvalueModifyResult",
            await self._backend._invoke(_SALE_PROPERTYVALUE_MODIFY, {"fields": fields}),
        )


class BatchSalePropertyvalue(Namespace):
    """Methods under ``sale.propertyvalue`` (queued into a batch)."""

    __slots__ = ()

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Clear the value of an order property in an order.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.propertyvalue.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-value/sale-property-value-delete.html

        Args:
            id: ID of the order property value.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.sale.propertyvalue.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_SALE_PROPERTYVALUE_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[SalePropertyvalueGetResult]:
        """Read one order property value, such as a buyer address, of an order.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.propertyvalue.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-value/sale-property-value-get.html

        Args:
            id: ID of the order property value.

        Returns:
            BatchCommand[SalePropertyvalueGetResult]

        Example:
            command = batch.sale.propertyvalue.get(id=1)
        """
        return cast(
            "BatchCommand[SalePropertyvalueGetResult]",
            self._backend._invoke(_SALE_PROPERTYVALUE_GET, {"id": id}),
        )

    def getfields(self) -> BatchCommand[SalePropertyvalueGetfieldsResult]:
        """Describe the fields of order property values.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.propertyvalue.getfields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-value/sale-property-value-get-fields.html

        Returns:
            BatchCommand[SalePropertyvalueGetfieldsResult]

        Example:
            command = batch.sale.propertyvalue.getfields()
        """
        return cast(
            "BatchCommand[SalePropertyvalueGetfieldsResult]",
            self._backend._invoke(_SALE_PROPERTYVALUE_GETFIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_SalePropertyvalue]]:
        """List order property values (buyer data) of orders matching a filter.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.propertyvalue.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-value/sale-property-value-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[SalePropertyvalue]]

        Example:
            command = batch.sale.propertyvalue.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SalePropertyvalue]]",
            self._backend._invoke_page(
                _SALE_PROPERTYVALUE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def modify(
        self, *, fields: SalePropertyvalueModifyFields | Ref
    ) -> BatchCommand[SalePropertyvalueModifyResult]:
        """Set the property values (buyer data) of an order in one call.

        Pass every property value of the order: values left out are removed from the order.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.propertyvalue.modify``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/property-value/sale-property-value-modify.html

        Args:
            fields: Request body.

        Returns:
            BatchCommand[SalePropertyvalueModifyResult]

        Example:
            command = batch.sale.propertyvalue.modify(fields={"order": {}})
        """
        return cast(
            "BatchCommand[SalePropertyvalueModifyResult]",
            self._backend._invoke(_SALE_PROPERTYVALUE_MODIFY, {"fields": fields}),
        )
