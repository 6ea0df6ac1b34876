"""Methods under ``sale.shipmentpropertyvalue``: generated from spec/ by ``python -m generator``; do not edit."""

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
        SaleShipmentpropertyvalue as _SaleShipmentpropertyvalue,
        SaleShipmentpropertyvalueGetFieldsResult,
        SaleShipmentpropertyvalueGetResult,
        SaleShipmentpropertyvalueModifyFields,
        SaleShipmentpropertyvalueModifyResult,
    )

_SALE_SHIPMENTPROPERTYVALUE_DELETE = MethodInfo(
    name="sale.shipmentpropertyvalue.delete", idempotent=False, returns="boolean", api=1
)
_SALE_SHIPMENTPROPERTYVALUE_GET = MethodInfo(
    name="sale.shipmentpropertyvalue.get", idempotent=True, returns="any", api=1
)
_SALE_SHIPMENTPROPERTYVALUE_GET_FIELDS = MethodInfo(
    name="sale.shipmentpropertyvalue.getFields", idempotent=True, returns="any", api=1
)
_SALE_SHIPMENTPROPERTYVALUE_LIST = MethodInfo(
    name="sale.shipmentpropertyvalue.list", idempotent=True, returns="any", api=1
)
_SALE_SHIPMENTPROPERTYVALUE_MODIFY = MethodInfo(
    name="sale.shipmentpropertyvalue.modify", idempotent=False, returns="any", api=1
)


class SaleShipmentpropertyvalue(Namespace):
    """Methods under ``sale.shipmentpropertyvalue``."""

    __slots__ = ()

    def delete(self, *, id: int) -> bool:
        """Clear the value of a shipment property in a shipment.

        REST method: ``sale.shipmentpropertyvalue.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property-value/sale-shipment-propertyvalue-delete.html

        Args:
            id: ID of the shipment property value.

        Returns:
            bool

        Example:
            result = client.sale.shipmentpropertyvalue.delete(id=1)
            result = await client.sale.shipmentpropertyvalue.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_SALE_SHIPMENTPROPERTYVALUE_DELETE, {"id": id})
        )

    def get(self, *, id: int) -> SaleShipmentpropertyvalueGetResult:
        """Read one shipment property value of a shipment.

        REST method: ``sale.shipmentpropertyvalue.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property-value/sale-shipment-property-value-get.html

        Args:
            id: ID of the shipment property value.

        Returns:
            SaleShipmentpropertyvalueGetResult

        Example:
            result = client.sale.shipmentpropertyvalue.get(id=1)
            result = await client.sale.shipmentpropertyvalue.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentpropertyvalueGetResult",
            self._backend._invoke(_SALE_SHIPMENTPROPERTYVALUE_GET, {"id": id}),
        )

    def get_fields(self) -> SaleShipmentpropertyvalueGetFieldsResult:
        """Describe the fields of shipment property values.

        REST method: ``sale.shipmentpropertyvalue.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property-value/sale-shipment-property-value-get-fields.html

        Returns:
            SaleShipmentpropertyvalueGetFieldsResult

        Example:
            result = client.sale.shipmentpropertyvalue.get_fields()
            result = await client.sale.shipmentpropertyvalue.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentpropertyvalueGetFieldsResult",
            self._backend._invoke(_SALE_SHIPMENTPROPERTYVALUE_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_SaleShipmentpropertyvalue]:
        """List shipment property values matching a filter.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.shipmentpropertyvalue.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property-value/sale-shipment-property-value-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[SaleShipmentpropertyvalue]

        Example:
            result = client.sale.shipmentpropertyvalue.list()
            result = await client.sale.shipmentpropertyvalue.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_SaleShipmentpropertyvalue]",
            self._backend._invoke_page(
                _SALE_SHIPMENTPROPERTYVALUE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def modify(
        self, *, fields: SaleShipmentpropertyvalueModifyFields
    ) -> SaleShipmentpropertyvalueModifyResult:
        """Set the property values of a shipment in one call.

        REST method: ``sale.shipmentpropertyvalue.modify``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property-value/sale-shipment-property-value-modify.html

        Args:
            fields: Request body.

        Returns:
            SaleShipmentpropertyvalueModifyResult

        Example:
            result = client.sale.shipmentpropertyvalue.modify(fields={"shipment": {"id": 1, "propertyValues": [{"shipmentPropsId": 1, "value": "example"}]}})
            result = await client.sale.shipmentpropertyvalue.modify(fields={"shipment": {"id": 1, "propertyValues": [{"shipmentPropsId": 1, "value": "example"}]}})  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentpropertyvalueModifyResult",
            self._backend._invoke(
                _SALE_SHIPMENTPROPERTYVALUE_MODIFY, {"fields": fields}
            ),
        )


class AsyncSaleShipmentpropertyvalue(Namespace):
    """Methods under ``sale.shipmentpropertyvalue`` (async)."""

    __slots__ = ()

    async def delete(self, *, id: int) -> bool:
        """Clear the value of a shipment property in a shipment.

        REST method: ``sale.shipmentpropertyvalue.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property-value/sale-shipment-propertyvalue-delete.html

        Args:
            id: ID of the shipment property value.

        Returns:
            bool

        Example:
            result = client.sale.shipmentpropertyvalue.delete(id=1)
            result = await client.sale.shipmentpropertyvalue.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(_SALE_SHIPMENTPROPERTYVALUE_DELETE, {"id": id}),
        )

    async def get(self, *, id: int) -> SaleShipmentpropertyvalueGetResult:
        """Read one shipment property value of a shipment.

        REST method: ``sale.shipmentpropertyvalue.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property-value/sale-shipment-property-value-get.html

        Args:
            id: ID of the shipment property value.

        Returns:
            SaleShipmentpropertyvalueGetResult

        Example:
            result = client.sale.shipmentpropertyvalue.get(id=1)
            result = await client.sale.shipmentpropertyvalue.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentpropertyvalueGetResult",
            await self._backend._invoke(_SALE_SHIPMENTPROPERTYVALUE_GET, {"id": id}),
        )

    async def get_fields(self) -> SaleShipmentpropertyvalueGetFieldsResult:
        """Describe the fields of shipment property values.

        REST method: ``sale.shipmentpropertyvalue.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property-value/sale-shipment-property-value-get-fields.html

        Returns:
            SaleShipmentpropertyvalueGetFieldsResult

        Example:
            result = client.sale.shipmentpropertyvalue.get_fields()
            result = await client.sale.shipmentpropertyvalue.get_fields()  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentpropertyvalueGetFieldsResult",
            await self._backend._invoke(_SALE_SHIPMENTPROPERTYVALUE_GET_FIELDS, {}),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_SaleShipmentpropertyvalue]:
        """List shipment property values matching a filter.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.shipmentpropertyvalue.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property-value/sale-shipment-property-value-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[SaleShipmentpropertyvalue]

        Example:
            result = client.sale.shipmentpropertyvalue.list()
            result = await client.sale.shipmentpropertyvalue.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_SaleShipmentpropertyvalue]",
            await self._backend._invoke_page(
                _SALE_SHIPMENTPROPERTYVALUE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def modify(
        self, *, fields: SaleShipmentpropertyvalueModifyFields
    ) -> SaleShipmentpropertyvalueModifyResult:
        """Set the property values of a shipment in one call.

        REST method: ``sale.shipmentpropertyvalue.modify``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property-value/sale-shipment-property-value-modify.html

        Args:
            fields: Request body.

        Returns:
            SaleShipmentpropertyvalueModifyResult

        Example:
            result = client.sale.shipmentpropertyvalue.modify(fields={"shipment": {"id": 1, "propertyValues": [{"shipmentPropsId": 1, "value": "example"}]}})
            result = await client.sale.shipmentpropertyvalue.modify(fields={"shipment": {"id": 1, "propertyValues": [{"shipmentPropsId": 1, "value": "example"}]}})  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentpropertyvalueModifyResult",
            await self._backend._invoke(
                _SALE_SHIPMENTPROPERTYVALUE_MODIFY, {"fields": fields}
            ),
        )


class BatchSaleShipmentpropertyvalue(Namespace):
    """Methods under ``sale.shipmentpropertyvalue`` (queued into a batch)."""

    __slots__ = ()

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Clear the value of a shipment property in a shipment.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipmentpropertyvalue.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property-value/sale-shipment-propertyvalue-delete.html

        Args:
            id: ID of the shipment property value.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.sale.shipmentpropertyvalue.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_SALE_SHIPMENTPROPERTYVALUE_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[SaleShipmentpropertyvalueGetResult]:
        """Read one shipment property value of a shipment.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipmentpropertyvalue.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property-value/sale-shipment-property-value-get.html

        Args:
            id: ID of the shipment property value.

        Returns:
            BatchCommand[SaleShipmentpropertyvalueGetResult]

        Example:
            command = batch.sale.shipmentpropertyvalue.get(id=1)
        """
        return cast(
            "BatchCommand[SaleShipmentpropertyvalueGetResult]",
            self._backend._invoke(_SALE_SHIPMENTPROPERTYVALUE_GET, {"id": id}),
        )

    def get_fields(self) -> BatchCommand[SaleShipmentpropertyvalueGetFieldsResult]:
        """Describe the fields of shipment property values.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipmentpropertyvalue.getFields``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property-value/sale-shipment-property-value-get-fields.html

        Returns:
            BatchCommand[SaleShipmentpropertyvalueGetFieldsResult]

        Example:
            command = batch.sale.shipmentpropertyvalue.get_fields()
        """
        return cast(
            "BatchCommand[SaleShipmentpropertyvalueGetFieldsResult]",
            self._backend._invoke(_SALE_SHIPMENTPROPERTYVALUE_GET_FIELDS, {}),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_SaleShipmentpropertyvalue]]:
        """List shipment property values matching a filter.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipmentpropertyvalue.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property-value/sale-shipment-property-value-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[SaleShipmentpropertyvalue]]

        Example:
            command = batch.sale.shipmentpropertyvalue.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SaleShipmentpropertyvalue]]",
            self._backend._invoke_page(
                _SALE_SHIPMENTPROPERTYVALUE_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def modify(
        self, *, fields: SaleShipmentpropertyvalueModifyFields | Ref
    ) -> BatchCommand[SaleShipmentpropertyvalueModifyResult]:
        """Set the property values of a shipment in one call.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipmentpropertyvalue.modify``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property-value/sale-shipment-property-value-modify.html

        Args:
            fields: Request body.

        Returns:
            BatchCommand[SaleShipmentpropertyvalueModifyResult]

        Example:
            command = batch.sale.shipmentpropertyvalue.modify(fields={"shipment": {"id": 1, "propertyValues": [{"shipmentPropsId": 1, "value": "example"}]}})
        """
        return cast(
            "BatchCommand[SaleShipmentpropertyvalueModifyResult]",
            self._backend._invoke(
                _SALE_SHIPMENTPROPERTYVALUE_MODIFY, {"fields": fields}
            ),
        )
