"""Methods under ``sale.shipmentproperty``: generated from spec/ by ``python -m generator``; do not edit."""

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
        SaleShipmentproperty as _SaleShipmentproperty,
        SaleShipmentpropertyAddFields,
        SaleShipmentpropertyAddResult,
        SaleShipmentpropertyGetResult,
        SaleShipmentpropertyGetfieldsbytypeResult,
        SaleShipmentpropertyUpdateFields,
        SaleShipmentpropertyUpdateResult,
    )

_SALE_SHIPMENTPROPERTY_ADD = MethodInfo(
    name="sale.shipmentproperty.add", idempotent=False, returns="any", api=1
)
_SALE_SHIPMENTPROPERTY_DELETE = MethodInfo(
    name="sale.shipmentproperty.delete", idempotent=False, returns="boolean", api=1
)
_SALE_SHIPMENTPROPERTY_GET = MethodInfo(
    name="sale.shipmentproperty.get", idempotent=True, returns="any", api=1
)
_SALE_SHIPMENTPROPERTY_GETFIELDSBYTYPE = MethodInfo(
    name="sale.shipmentproperty.getfieldsbytype", idempotent=True, returns="any", api=1
)
_SALE_SHIPMENTPROPERTY_LIST = MethodInfo(
    name="sale.shipmentproperty.list", idempotent=True, returns="any", api=1
)
_SALE_SHIPMENTPROPERTY_UPDATE = MethodInfo(
    name="sale.shipmentproperty.update", idempotent=False, returns="any", api=1
)


class SaleShipmentproperty(Namespace):
    """Methods under ``sale.shipmentproperty``."""

    __slots__ = ()

    def add(
        self, *, fields: SaleShipmentpropertyAddFields
    ) -> SaleShipmentpropertyAddResult:
        """Create a shipment property (an extra field of deliveries) for a payer type.

        REST method: ``sale.shipmentproperty.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-add.html

        Args:
            fields: Values of the new shipment property, keyed by field name.

        Returns:
            SaleShipmentpropertyAddResult

        Example:
            result = client.sale.shipmentproperty.add(fields={"personTypeId": 1, "propsGroupId": 1, "name": "Anna", "type": "example"})
            result = await client.sale.shipmentproperty.add(fields={"personTypeId": 1, "propsGroupId": 1, "name": "Anna", "type": "example"})  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentpropertyAddResult",
            self._backend._invoke(_SALE_SHIPMENTPROPERTY_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a shipment property.

        REST method: ``sale.shipmentproperty.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-delete.html

        Args:
            id: ID of the shipment property.

        Returns:
            bool

        Example:
            result = client.sale.shipmentproperty.delete(id=1)
            result = await client.sale.shipmentproperty.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, self._backend._invoke(_SALE_SHIPMENTPROPERTY_DELETE, {"id": id})
        )

    def get(self, *, id: int) -> SaleShipmentpropertyGetResult:
        """Read one shipment property with its type, flags and settings.

        REST method: ``sale.shipmentproperty.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-get.html

        Args:
            id: ID of the shipment property.

        Returns:
            SaleShipmentpropertyGetResult

        Example:
            result = client.sale.shipmentproperty.get(id=1)
            result = await client.sale.shipmentproperty.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentpropertyGetResult",
            self._backend._invoke(_SALE_SHIPMENTPROPERTY_GET, {"id": id}),
        )

    def getfieldsbytype(
        self, *, type: str
    ) -> SaleShipmentpropertyGetfieldsbytypeResult:
        """Describe the fields a shipment property of a given type accepts.

        REST method: ``sale.shipmentproperty.getfieldsbytype``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-get-fields-by-type.html

        Args:
            type: Property type: "STRING", "Y/N", "NUMBER", "ENUM", "FILE", "DATE", "LOCATION" or "ADDRESS".

        Returns:
            SaleShipmentpropertyGetfieldsbytypeResult

        Example:
            result = client.sale.shipmentproperty.getfieldsbytype(type="example")
            result = await client.sale.shipmentproperty.getfieldsbytype(type="example")  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentpropertyGetfieldsbytypeResult",
            self._backend._invoke(
                _SALE_SHIPMENTPROPERTY_GETFIELDSBYTYPE, {"type": type}
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> Page[_SaleShipmentproperty]:
        """List shipment properties matching a filter.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.shipmentproperty.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            Page[SaleShipmentproperty]

        Example:
            result = client.sale.shipmentproperty.list()
            result = await client.sale.shipmentproperty.list()  # AsyncBitrix24
        """
        return cast(
            "Page[_SaleShipmentproperty]",
            self._backend._invoke_page(
                _SALE_SHIPMENTPROPERTY_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int, fields: SaleShipmentpropertyUpdateFields
    ) -> SaleShipmentpropertyUpdateResult:
        """Change the name, flags or settings of a shipment property.

        REST method: ``sale.shipmentproperty.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-update.html

        Args:
            id: ID of the shipment property.
            fields: Fields to change, keyed by field name.

        Returns:
            SaleShipmentpropertyUpdateResult

        Example:
            result = client.sale.shipmentproperty.update(id=1, fields={"name": "Anna"})
            result = await client.sale.shipmentproperty.update(id=1, fields={"name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentpropertyUpdateResult",
            self._backend._invoke(
                _SALE_SHIPMENTPROPERTY_UPDATE, {"id": id, "fields": fields}
            ),
        )


class AsyncSaleShipmentproperty(Namespace):
    """Methods under ``sale.shipmentproperty`` (async)."""

    __slots__ = ()

    async def add(
        self, *, fields: SaleShipmentpropertyAddFields
    ) -> SaleShipmentpropertyAddResult:
        """Create a shipment property (an extra field of deliveries) for a payer type.

        REST method: ``sale.shipmentproperty.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-add.html

        Args:
            fields: Values of the new shipment property, keyed by field name.

        Returns:
            SaleShipmentpropertyAddResult

        Example:
            result = client.sale.shipmentproperty.add(fields={"personTypeId": 1, "propsGroupId": 1, "name": "Anna", "type": "example"})
            result = await client.sale.shipmentproperty.add(fields={"personTypeId": 1, "propsGroupId": 1, "name": "Anna", "type": "example"})  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentpropertyAddResult",
            await self._backend._invoke(_SALE_SHIPMENTPROPERTY_ADD, {"fields": fields}),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a shipment property.

        REST method: ``sale.shipmentproperty.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-delete.html

        Args:
            id: ID of the shipment property.

        Returns:
            bool

        Example:
            result = client.sale.shipmentproperty.delete(id=1)
            result = await client.sale.shipmentproperty.delete(id=1)  # AsyncBitrix24
        """
        return cast(
            bool, await self._backend._invoke(_SALE_SHIPMENTPROPERTY_DELETE, {"id": id})
        )

    async def get(self, *, id: int) -> SaleShipmentpropertyGetResult:
        """Read one shipment property with its type, flags and settings.

        REST method: ``sale.shipmentproperty.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-get.html

        Args:
            id: ID of the shipment property.

        Returns:
            SaleShipmentpropertyGetResult

        Example:
            result = client.sale.shipmentproperty.get(id=1)
            result = await client.sale.shipmentproperty.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentpropertyGetResult",
            await self._backend._invoke(_SALE_SHIPMENTPROPERTY_GET, {"id": id}),
        )

    async def getfieldsbytype(
        self, *, type: str
    ) -> SaleShipmentpropertyGetfieldsbytypeResult:
        """Describe the fields a shipment property of a given type accepts.

        REST method: ``sale.shipmentproperty.getfieldsbytype``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-get-fields-by-type.html

        Args:
            type: Property type: "STRING", "Y/N", "NUMBER", "ENUM", "FILE", "DATE", "LOCATION" or "ADDRESS".

        Returns:
            SaleShipmentpropertyGetfieldsbytypeResult

        Example:
            result = client.sale.shipmentproperty.getfieldsbytype(type="example")
            result = await client.sale.shipmentproperty.getfieldsbytype(type="example")  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentpropertyGetfieldsbytypeResult",
            await self._backend._invoke(
                _SALE_SHIPMENTPROPERTY_GETFIELDSBYTYPE, {"type": type}
            ),
        )

    async def list(
        self,
        *,
        select: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_SaleShipmentproperty]:
        """List shipment properties matching a filter.

        Pages hold 50 records; pass start to move through them.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``sale.shipmentproperty.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            AsyncPage[SaleShipmentproperty]

        Example:
            result = client.sale.shipmentproperty.list()
            result = await client.sale.shipmentproperty.list()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_SaleShipmentproperty]",
            await self._backend._invoke_page(
                _SALE_SHIPMENTPROPERTY_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    async def update(
        self, *, id: int, fields: SaleShipmentpropertyUpdateFields
    ) -> SaleShipmentpropertyUpdateResult:
        """Change the name, flags or settings of a shipment property.

        REST method: ``sale.shipmentproperty.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-update.html

        Args:
            id: ID of the shipment property.
            fields: Fields to change, keyed by field name.

        Returns:
            SaleShipmentpropertyUpdateResult

        Example:
            result = client.sale.shipmentproperty.update(id=1, fields={"name": "Anna"})
            result = await client.sale.shipmentproperty.update(id=1, fields={"name": "Anna"})  # AsyncBitrix24
        """
        return cast(
            "SaleShipmentpropertyUpdateResult",
            await self._backend._invoke(
                _SALE_SHIPMENTPROPERTY_UPDATE, {"id": id, "fields": fields}
            ),
        )


class BatchSaleShipmentproperty(Namespace):
    """Methods under ``sale.shipmentproperty`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self, *, fields: SaleShipmentpropertyAddFields | Ref
    ) -> BatchCommand[SaleShipmentpropertyAddResult]:
        """Create a shipment property (an extra field of deliveries) for a payer type.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipmentproperty.add``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-add.html

        Args:
            fields: Values of the new shipment property, keyed by field name.

        Returns:
            BatchCommand[SaleShipmentpropertyAddResult]

        Example:
            command = batch.sale.shipmentproperty.add(fields={"personTypeId": 1, "propsGroupId": 1, "name": "Anna", "type": "example"})
        """
        return cast(
            "BatchCommand[SaleShipmentpropertyAddResult]",
            self._backend._invoke(_SALE_SHIPMENTPROPERTY_ADD, {"fields": fields}),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a shipment property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipmentproperty.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-delete.html

        Args:
            id: ID of the shipment property.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.sale.shipmentproperty.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_SALE_SHIPMENTPROPERTY_DELETE, {"id": id}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[SaleShipmentpropertyGetResult]:
        """Read one shipment property with its type, flags and settings.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipmentproperty.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-get.html

        Args:
            id: ID of the shipment property.

        Returns:
            BatchCommand[SaleShipmentpropertyGetResult]

        Example:
            command = batch.sale.shipmentproperty.get(id=1)
        """
        return cast(
            "BatchCommand[SaleShipmentpropertyGetResult]",
            self._backend._invoke(_SALE_SHIPMENTPROPERTY_GET, {"id": id}),
        )

    def getfieldsbytype(
        self, *, type: str | Ref
    ) -> BatchCommand[SaleShipmentpropertyGetfieldsbytypeResult]:
        """Describe the fields a shipment property of a given type accepts.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipmentproperty.getfieldsbytype``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-get-fields-by-type.html

        Args:
            type: Property type: "STRING", "Y/N", "NUMBER", "ENUM", "FILE", "DATE", "LOCATION" or "ADDRESS".

        Returns:
            BatchCommand[SaleShipmentpropertyGetfieldsbytypeResult]

        Example:
            command = batch.sale.shipmentproperty.getfieldsbytype(type="example")
        """
        return cast(
            "BatchCommand[SaleShipmentpropertyGetfieldsbytypeResult]",
            self._backend._invoke(
                _SALE_SHIPMENTPROPERTY_GETFIELDSBYTYPE, {"type": type}
            ),
        )

    def list(
        self,
        *,
        select: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        order: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_SaleShipmentproperty]]:
        """List shipment properties matching a filter.

        Pages hold 50 records; pass start to move through them.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipmentproperty.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-list.html

        Args:
            select: Fields to return; omitted or empty returns every field.
            filter: Conditions as {field: value}; a key may carry a comparison prefix such as ">=", ">", "<=" or "<".
            order: Sort order as {field: "asc" | "desc"}.
            start: Offset of the first record; pages hold 50 records, so 50 asks for page two, 100 for page three.

        Returns:
            BatchCommand[list[SaleShipmentproperty]]

        Example:
            command = batch.sale.shipmentproperty.list()
        """
        return cast(
            "BatchCommand[builtins.list[_SaleShipmentproperty]]",
            self._backend._invoke_page(
                _SALE_SHIPMENTPROPERTY_LIST,
                {"select": select, "filter": filter, "order": order, "start": start},
            ),
        )

    def update(
        self, *, id: int | Ref, fields: SaleShipmentpropertyUpdateFields | Ref
    ) -> BatchCommand[SaleShipmentpropertyUpdateResult]:
        """Change the name, flags or settings of a shipment property.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sale.shipmentproperty.update``
        Docs: https://apidocs.bitrix24.com/api-reference/sale/shipment-property/sale-shipment-property-update.html

        Args:
            id: ID of the shipment property.
            fields: Fields to change, keyed by field name.

        Returns:
            BatchCommand[SaleShipmentpropertyUpdateResult]

        Example:
            command = batch.sale.shipmentproperty.update(id=1, fields={"name": "Anna"})
        """
        return cast(
            "BatchCommand[SaleShipmentpropertyUpdateResult]",
            self._backend._invoke(
                _SALE_SHIPMENTPROPERTY_UPDATE, {"id": id, "fields": fields}
            ),
        )
